/**
 * What a line of an agenda is when it is not an item: a labelled line that belongs to the item above
 * ("Föredragande: …", "Förslag till beslut"), the start of the minutes that follow the agenda, a sentence
 * of prose, a portal's button text, a table's header row.
 */

// "Förvaltningens förslag till beslut", "Förslag till yttrande": a proposal's label; not the agenda's own heading
// ("Förslag till föredragningslista").
const PROPOSAL_LABEL = String.raw`(?:\p{L}+s\s+)?(?:förslag till beslut|förslag|beslutsförslag)(?:\s+till\s+(?!föredragningslist|dagordning|ärendelist)\p{L}+)?`;

// Labels of what follows an item's title: presenter, documents, the proposed decision (the proposal's forms,
// "Förvaltningens förslag", "Förslag till justerare", all in `PROPOSAL_LABEL`).
const LABEL = new RegExp(
  String.raw`^(?:${PROPOSAL_LABEL}|beredning|beredd av|berett av|beredande organ|tidigare behandlad|behandlad i|föredragande|föredras av|presenteras av|ansvarig|kontaktperson|handläggare|handlingar|bilaga|bilagor|underlag|beslutsunderlag|beslut|sammanfattning|ärendebeskrivning|bakgrund|yrkanden|till justerare föreslås|justerare|ersättare|tid för justering|dnr|diarienummer|diarienr)\b\s*(?:[:.–-]|$)`,
  "iu",
);

// Labels after which a numbered list is the label's own (decision points, documents), not agenda items.
const LIST_LABEL = new RegExp(
  String.raw`^(?:${PROPOSAL_LABEL}|handlingar|bilaga|bilagor|underlag|beslutsunderlag|beslut)\b\s*(?:[:.–-]|$)`,
  "iu",
);

// A line naming the body that prepared the item, without a colon: "Beredd av AU 2025-02-03", "Berett av
// arbetsutskottet 2025-03-18 § 12", "Behandlad i TNAU 2025-03-18". Capitalised, so a title's wrapped "… beredd
// av" / "arbetsutskottet …" goes on.
const PREPARED =
  /^(?:Beredd|Berett|Beredning|Behandlad|Behandlat|Tidigare behandlad)(?:\s+(?:av|i|på|inom))?\s+(?:\p{Lu}{2,}(?![\p{Ll}])|\p{L}{0,30}(?:utskott|nämnd|styrelse)\p{Ll}{0,12}(?![\p{L}]))[^\n]{0,60}$/u;
// A body by its name, ending in its kind: "kultur- och fritidsnämnden", "regionstyrelsens arbetsutskott".
const BODY_NAME = String.raw`(?:[\p{L}-]{1,30}\s){0,3}?\p{L}{0,30}(?:utskott|nämnd|styrelse|fullmäktige|direktion)\p{Ll}{0,12}(?![\p{L}])`;
// A meeting of it: its letters, date and paragraph, each may be left out ("KFN 2024-05-02 § 40", "2024-05-02, § 40").
const MEETING = String.raw`(?:\s\p{Lu}[\p{Lu}-]{1,9})?(?:\s(?:19|20)\d{2}-\d{2}-\d{2})?(?:,?\s?§\s?\d{1,4})?`;
// A line naming the body that already decided the item, and nothing else but its meeting: "Beslut i kultur- och
// fritidsnämnden KFN 2024-05-02 § 40", "Beslutat av regionstyrelsens arbetsutskott 2025-02-04 § 9". Not an item
// about a decision ("Beslut i kommunfullmäktige om ny taxa").
const DECIDED = new RegExp(
  String.raw`^(?:Beslut|Beslutad|Beslutat|Tidigare beslut)\s(?:i|av)\s(?:\p{Lu}{2,}(?![\p{Ll}])|${BODY_NAME})${MEETING}$`,
  "u",
);
// A body's meeting alone, by the body's name and the meeting's date: "Hälso- och sjukvårdsnämnden 2024-10-15 § 88".
const BODY_MEETING = new RegExp(
  String.raw`^(?=\p{Lu})${BODY_NAME}\s(?:19|20)\d{2}-\d{2}-\d{2}(?:,?\s?§\s?\d{1,4})?$`,
  "u",
);

/**
 * A line that is only a body's meeting, where the item was decided before ("Kommunstyrelsen 2025-02-03 § 14"):
 * under a title, a reference, not its rest. In a list it may be an item of its own (a protocol reported), so it
 * is no label.
 */
export const isBodyMeeting = (text: string): boolean => BODY_MEETING.test(text);

export const isLabelLine = (text: string): boolean =>
  LABEL.test(text) || PREPARED.test(text) || DECIDED.test(text);

// Any short field written "Label: value" ("Behandlad i: AU § 12", "Kontakt: Lena Ek"), unless items follow
// the colon ("Ärenden: 1. Upprop 2. …").
const FIELD = /^\p{Lu}\p{Ll}{2,}(?:\s\p{Ll}+){0,2}:\s+(?!(?:punkt\s|ärende\s|§\s?)?\d)\S/u;

/** A "Label: value" line of an item's facts, for lines under an item that are no list entry or heading. */
export const isFieldLine = (text: string): boolean => FIELD.test(text);
export const opensList = (text: string): boolean => LIST_LABEL.test(text);

/** The minutes (protokoll) that follow an agenda in the same file or on the same page. */
export function isProtocolStart(text: string): boolean {
  return (
    /^PROTOKOLL\b/u.test(text) ||
    /^(?:sammanträdes)?protokoll(?:\s+(?:nr\b.*|fört\b.*|\d.*))?$/iu.test(text) ||
    /^paragrafer\s+§§/iu.test(text)
  );
}

// Abbreviations a title may end with: the final period is no end of a sentence.
const ABBREVIATION_END = /(?:m\.m|m\.fl|etc|f\.d|bl\.a|t\.ex|resp|ca|kap|nr)\.$/iu;
/** A text ending in an abbreviation's full stop ("m.fl.", "etc."), not a sentence's. */
export const endsWithAbbreviation = (text: string): boolean => ABBREVIATION_END.test(text);
// The committee deciding or a verb of decision after a subject: a decision point, not a title.
const DECISION_VERB =
  /^(?:\S+\s+){0,4}(?:beslutar|beslutade|godkänner|godkänns|fastställer|fastställs|antar|antas|föreslår|föreslås|uppdrar|uppdras|överlämnar|noterar|noteras|läggs|lägger|beviljar|beviljas|avslår|tillstyrker|får i uppdrag|ger\s+\S+\s+i uppdrag)\b/iu;

/** Prose rather than a title: a sentence ending in a period, or a decision ("Nämnden beslutar att …"). */
export function isSentence(text: string): boolean {
  if (DECISION_VERB.test(text)) return true;
  const words = text.split(/\s+/).length;
  return words >= 5 && /[.!?]$/.test(text) && !ABBREVIATION_END.test(text);
}

// The words that close a kallelse or an e-mail: greetings, a call to report absence, the sender's sign-off.
const CLOSING =
  /^(?:(?:hjärtligt\s+|varmt\s+)?välkomna|välkommen|(?:med\s+)?vänlig(?:a)?\s+hälsning(?:ar)?|hälsningar|mvh|vänligen|tack\b|på\s+uppdrag\s+av|enligt\s+uppdrag|anmäl\s+(?:eventuellt\s+)?förhinder|förhinder\s+anmäls|kallade|ledamöter\s+och\s+ersättare)/iu;
// A signature's name: two or three capitalised words ("Karin Holm", "Anna-Lena Ek Berg").
const NAME_LINE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}$/u;

// A presenter's label and name: "Föredragande: Mats Eriksson, förbundschef", "Presenteras av Per Ek".
const PRESENTER_NAME =
  /^(?:[Ff]öredragande|FÖREDRAGANDE|[Ff]öredras av|[Pp]resenteras av)\s*[:.–-]?\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?=\s*(?:$|,|\(|–))/u;

/** The names the agenda's presenter lines give, for telling such a name alone under a title. */
export function presenterNames(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    const name = PRESENTER_NAME.exec(text)?.[1];
    if (name) names.add(name);
  }
  return names;
}

/**
 * Whether a line is one of `names`, alone, with a role after a comma ("Karin Lund, ekonomichef") or with
 * one role word before it ("Ekonomichef Karin Lund").
 */
export function isNameLine(text: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const name = text.split(",", 1)[0]?.trim() ?? "";
  return names.has(name) || names.has(name.replace(/^\p{Lu}\p{Ll}+\s+/u, ""));
}

/** A greeting or sign-off, or a signature's name line, that ends a kallelse's list of items. */
export const isClosingLine = (text: string): boolean => CLOSING.test(text) || NAME_LINE.test(text);

/** A portal's document bar or button read as text: "Download (0)", "Ladda ner (3)", "Visa handlingar". */
export const isWidgetText = (text: string): boolean =>
  /^(?:download|ladda ner|hämta|visa|öppna|dölj)(?:\s+\S+){0,2}(?:\s*\(\d+\))?$/iu.test(text);

export type ColumnRole = "number" | "title" | "dnr" | "documents" | "position" | "class" | "other";

/** The role of a table's column by its header ("Nr", "Ärende", "Diarienummer", "Handlingar", "Pos"). */
export function roleOfHeader(text: string): ColumnRole | null {
  const label = text.toLowerCase().replace(/[.:]$/, "").trim();
  if (/^(?:nr|nummer|punkt|p|§|ärendenr|ärende ?nr|ärende ?nummer|paragraf)$/.test(label)) return "number";
  if (/^(?:pos|position|ordning|#)$/.test(label)) return "position";
  if (/^(?:dnr|diarienr|diarienummer|diarie ?nr|ärendenummer)$/.test(label)) return "dnr";
  if (/^(?:handlingar|bilagor|underlag|dokument|filer)$/.test(label)) return "documents";
  // Each item's class: "Beslut", "Information", "Formalia", "MBL § 19".
  if (
    /^(?:typ|ärendetyp|ärendeslag|ärendekategori|kategori|klass|mbl|behandling|beslut\/information)$/.test(
      label,
    )
  )
    return "class";
  if (
    /^(?:ärende|ärenden|ärendemening|ärenderubrik|rubrik|titel|ämne|beskrivning|punkt|föredragningslista)$/.test(
      label,
    )
  )
    return "title";
  if (
    /^(?:föredragande|ansvarig|handläggare|kommentar|anteckning|beslut|förslag|tid|datum|kl|klockan)$/.test(
      label,
    )
  )
    return "other";
  return null;
}

/** A header row: two or more cells that are all column names, one of them the title or dnr column. */
export function headerRoles(cells: readonly string[]): ColumnRole[] | null {
  if (cells.length < 2) return null;
  const roles = cells.map(roleOfHeader);
  // A column the reader does not know ("Beslutsinstans") beside two it knows is just another column.
  const knownCount = roles.filter((role) => role !== null).length;
  const unknownNames = cells.every(
    (cell, at) => roles[at] !== null || /^\p{L}[\p{L} -]{0,29}$/u.test(cell.trim()),
  );
  if (knownCount < cells.length && (knownCount < 2 || !unknownNames)) return null;
  const known = roles.map((role) => role ?? "other");
  // "Ärende | Rubrik": where two columns are called a title, the first one numbers the cases.
  const first = known.indexOf("title");
  if (first >= 0 && known.indexOf("title", first + 1) > first && !known.includes("number"))
    known[first] = "number";
  return known.includes("title") || known.includes("dnr") ? withCaseColumn(known, cells) : null;
}

// A registry's other names for the case number's column: "Diarie-nr", "Ärende-id", "Beteckning", and
// "Ärendenummer" beside a number column of its own.
const CASE_HEADER =
  /^(?:diarie[\s-]?(?:nr|nummer)|ärende[\s-]?(?:nr|nummer|id|beteckning)|ärendebeteckning|beteckning|diarium|registreringsnummer|case ?(?:no|number|id))\.?:?$/iu;

/** The roles with the case-number column a header names otherwise, where no column is named "Dnr". */
function withCaseColumn(roles: ColumnRole[], texts: readonly string[]): ColumnRole[] {
  if (roles.includes("dnr")) return roles;
  const numberAt = roles.indexOf("number");
  const at = texts.findIndex(
    (text, index) => index !== numberAt && roles[index] !== "title" && CASE_HEADER.test(text.trim()),
  );
  return at < 0 ? roles : roles.map((role, index) => (index === at ? "dnr" : role));
}
