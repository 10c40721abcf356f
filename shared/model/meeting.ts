/**
 * The domain model of one samverkan meeting and its minutes. Plain data only: it crosses from the pane
 * into the CustomXmlPart, into JSON exports and through the CLI unchanged.
 */

/** Canonical id of an organisation from the unions catalogue (`shared/unions`), e.g. "kommunal". */
export type OrgId = string;

/** The employer side always has this id; it is not a union but takes part in statements and justering. */
export const EMPLOYER: OrgId = "arbetsgivaren";

export type MeetingType =
  | "fsg-vsg" // FSG/VSG minnesanteckningar
  | "forvaltningsgrupp"
  | "samverkansgrupp"
  | "mbl-forhandling"
  | "skyddskommitte";

export const MEETING_TYPES: readonly MeetingType[] = [
  "fsg-vsg",
  "forvaltningsgrupp",
  "samverkansgrupp",
  "mbl-forhandling",
  "skyddskommitte",
];

/** ISO calendar date, "2024-02-13". */
export type IsoDate = string;
/** 24-hour clock time, "13:00". */
export type ClockTime = string;

export interface Person {
  name: string;
  /** Employer side: the role as the minutes write it, e.g. "avdelningschef HR och kommunikation", "HR-chef". */
  title?: string;
}

export interface UnionDelegation {
  org: OrgId;
  people: Person[];
}

export interface Roster {
  employer: Person[];
  unions: UnionDelegation[];
  /** Organisations (or people) that sent their apologies ("Förhinder"). */
  absent: { org?: OrgId; name?: string }[];
}

/** The person who approves the minutes for one party. */
export interface Justerare {
  org: OrgId;
  name: string;
  /** The organisation's name as this group writes it (e.g. "SACO"); defaults to the catalogue's display name. */
  label?: string;
}

export type ItemCategory = "information" | "dialog" | "beslut" | "mbl11" | "mbl19" | "ovrigt";

export const ITEM_CATEGORIES: readonly ItemCategory[] = [
  "information",
  "dialog",
  "beslut",
  "mbl11",
  "mbl19",
  "ovrigt",
];

export interface Meeting {
  type: MeetingType;
  date: IsoDate;
  time?: ClockTime;
  place?: string;
  /** As written in the header, e.g. "Bilaga till protokoll 4/2019". */
  protocolNumber?: string;
  /** The administration, e.g. "Socialförvaltningen". */
  forvaltning?: string;
  /** The group's own name when it differs from the type, e.g. "FSG/VSG – Socialförvaltningen". */
  groupName?: string;
  /** The political committee whose agenda is discussed, e.g. "Socialnämnden". */
  committee?: string;
  chair?: Person;
  secretary?: Person;
  roster: Roster;
  justerare: Justerare[];
  /** When and how the justering takes place ("fredagen den 16 februari", "digitalt"). */
  justeringDate?: IsoDate;
  justeringDigital?: boolean;
  /** The last day (and time) to send comments on the draft before the justering, as the minutes announce it. */
  commentsDueDate?: IsoDate;
  commentsDueTime?: ClockTime;
  /** MBL negotiations only: the day the negotiation was declared ended, and in what. */
  negotiation?: NegotiationOutcome;
}

export interface NegotiationOutcome {
  endedOn: IsoDate;
  result: "enighet" | "oenighet";
}

/** One section or item of the minutes as the template and the document see it. */
export interface Section {
  id: string;
  title: string;
  /** "3", "§ 12" — as the template numbers it; absent for unnumbered minutes. */
  number?: string;
  category?: ItemCategory;
  /** Who presents it, e.g. "HR-chef", "FC". */
  presenter?: string;
}

export interface Statement {
  id: string;
  org: OrgId;
  /** Id of the section the statement belongs to (nearest heading), if any. */
  sectionId?: string;
  sectionTitle?: string;
  text: string;
}

export interface Disagreement {
  id: string;
  orgs: OrgId[];
  sectionId?: string;
  sectionTitle?: string;
  /** The section is an item of the committee's agenda: its title is the committee's, named as written. */
  agendaItem?: boolean;
  text: string;
}

export type MblClass = "mbl11" | "mbl19" | null;

export interface AgendaLink {
  text: string;
  href: string;
}

/** One item of the committee's agenda (föredragningslista), as clipped or parsed. */
export interface AgendaItem {
  /** As written: "7", "7 a", "§ 12". Null when the source has no number. */
  number: string | null;
  title: string;
  /** Every diarienummer of the committee's own case, in the order written; empty when there is none. */
  dnr: string[];
  /** The samverkan class the source suggests (by its group heading or a marker); the user confirms it. */
  mbl: MblClass;
  /** A formal item of the meeting ("Val av justerare", "Godkännande av dagordningen"), not a case. */
  procedural: boolean;
  links: AgendaLink[];
}

/**
 * Something the reader of an agenda should know about what was read: pages or items left out, parts of a
 * page that could not be read. A catalogue key and its parameters, so it is shown in the user's language.
 */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
}

export interface Agenda {
  items: AgendaItem[];
  committee: string | null;
  meetingDate: IsoDate | null;
  sourceUrl?: string;
  /** What the reader left out or could not read; absent when everything was read. */
  notices?: Notice[];
}
