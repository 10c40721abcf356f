import type { ItemCategory, MeetingType } from "../model/meeting";

/**
 * A template is data: the add-in renders it into Word, the CLI prints it, an organisation exports, edits and
 * imports its own as JSON. `{placeholders}` in texts are filled from the meeting (see `fillPlaceholders`).
 */
export const TEMPLATE_FORMAT_VERSION = 1;

export type JusteringStyle =
  /** "X justerar protokollet för Akademikerförbundet SSR, Y för Kommunal och Z för arbetsgivaren." */
  | "sentence"
  /** "Justeras (digitalt)" followed by one line per party: "Charlotte Andersson för Kommunal (oenighet under …)". */
  | "list";

export type SectionKind =
  /** A heading that groups items (Information / Dialog / Beslut, "Ärenden till nämnden"). */
  | "group"
  /** An ordinary item with a heading and a body. */
  | "item"
  /** Where clipped agenda items of the committee are inserted; `mbl` narrows it to §11 or §19 items. */
  | "agenda"
  /** The roster (Närvarande, Förhinder), rendered from meeting data. */
  | "roster"
  /** "Val av justerare": the chosen justerare, rendered from meeting data. */
  | "justerare"
  /** The closing justering block, rewritten from roster + disagreements. */
  | "justering";

export const JUSTERING_STYLES: readonly JusteringStyle[] = ["sentence", "list"];

export const SECTION_KINDS: readonly SectionKind[] = [
  "group",
  "item",
  "agenda",
  "roster",
  "justerare",
  "justering",
];

export interface TemplateSection {
  /** Stable within the template; used in content-control tags and for agenda targeting. */
  id: string;
  /** May hold `{placeholders}`, e.g. "Föredragningslistan {nämnd}". */
  title: string;
  kind: SectionKind;
  /** Numbering as the template writes it ("1", "§ 1"); absent for unnumbered minutes. */
  number?: string;
  category?: ItemCategory;
  /** Who usually presents the item, written after the heading in some minutes ("HR-chef", "FC"). */
  presenter?: string;
  /** Fixed body text, e.g. "Dagordningen godkändes." — may hold `{placeholders}`. */
  body?: string;
  /** Does this section collect union statements ("Fackliga inspel")? */
  holdsStatements?: boolean;
  /** For `agenda` sections: which MBL class of clipped items goes here (null: all). */
  mbl?: "mbl11" | "mbl19" | null;
  children?: TemplateSection[];
}

export interface Template {
  formatVersion: typeof TEMPLATE_FORMAT_VERSION;
  id: string;
  name: string;
  /** One sentence on when to use it, shown when choosing a template (no-break spaces hold "MBL § 11" together). */
  description?: string;
  meetingType: MeetingType;
  /** Title line, e.g. "Protokoll från förvaltningsgruppen den {datum}". */
  title: string;
  /** Lines under the title (date/place/protocol number), with `{placeholders}`. */
  headerLines: string[];
  /** Heading of the statements block inside an item, e.g. "Fackliga inspel". */
  statementsHeading: string;
  justering: {
    style: JusteringStyle;
    /** Heading above a list-style block, e.g. "Justeras (digitalt)". */
    heading?: string;
    /**
     * A fixed note for a party that disagreed, instead of "(oenighet under <the sections>)": a negotiation
     * protocol has one question, so "(oenighet i förhandlingsfrågan)".
     */
    disagreementNote?: string;
    /**
     * What the sentence style says the first justerare approves, as the document calls itself:
     * "minnesanteckningarna" (default "protokollet").
     */
    document?: string;
  };
  sections: TemplateSection[];
}
