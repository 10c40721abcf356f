import type { MblClass } from "../model/meeting";
import { cleanText } from "./text";

/**
 * MBL classes. Agendas of the cooperation meetings group items under headings such as "Ärenden för
 * förhandling enligt MBL § 11" and "Information enligt MBL § 19"; a committee's agenda groups them as
 * "Beslutsärenden" / "Informationsärenden" / "Anmälningsärenden". Single items may carry the class in
 * brackets: "(MBL § 19)", "(Information)". § 11 is the duty to negotiate before a change, § 19 the duty to
 * inform. The class is a suggestion the user confirms.
 */
const MBL_REFERENCE = /\bMBL\s*§{0,2}\s*(11|19)\b|§{1,2}\s*(11|19)\s*MBL\b|\b(11|19)\s*§\s*MBL\b/i;

/** The MBL class a text refers to, or null when it names none. */
export function mblReference(text: string): MblClass {
  const match = MBL_REFERENCE.exec(text);
  const paragraph = match?.[1] ?? match?.[2] ?? match?.[3];
  if (paragraph === "11") return "mbl11";
  if (paragraph === "19") return "mbl19";
  return null;
}

const MBL_MARKER = String.raw`(?:enl(?:igt|\.)?\s*)?(?:MBL\s*§{0,2}\s*(?:11|19)|§{1,2}\s*(?:11|19)\s*MBL)`;
const WORD_MARKER = String.raw`(?:för\s+)?(?:information|info|informationsärende|kännedom|beslut|beslutsärende)`;
// "(MBL § 19)", "[MBL §11]", "(Information)", "(Förhandling enligt MBL § 11)", "– MBL § 11" at the end: an
// annotation, not part of the title.
const MARKER = new RegExp(
  // No leading \s*: retried from every space of a long run, it would make the scan quadratic.
  String.raw`(?:[([]\s*(?:${MBL_MARKER}|${WORD_MARKER})\s*[)\]]\s*$|[([]\s*${MBL_MARKER}\s*[)\]]|\([^()]{1,40}${MBL_MARKER}[^()]{0,20}\)\s*$|[–—-]\s*${MBL_MARKER}\s*$)`,
  "giu",
);

const markerClass = (marker: string): MblClass =>
  mblReference(marker) ?? (/info|kännedom/i.test(marker) ? "mbl19" : "mbl11");

/**
 * The class a table's class column gives an item ("Beslut", "Info", "Beslutsärende", "Formalia", "MBL § 19"):
 * null for a neutral word, undefined for a cell that says none.
 */
export function classOfCell(text: string): MblClass | undefined {
  const cell = cleanText(text);
  if (cell === "") return undefined;
  const group = groupHeading(cell);
  if (group) return group.mbl;
  const marker = takeMblMarker(`(${cell})`);
  return marker.title === "" ? marker.mbl : undefined;
}

/** An item's own class annotation and its title without it. */
export function takeMblMarker(title: string): { mbl: MblClass; title: string } {
  const found = title.match(MARKER);
  if (!found) return { mbl: null, title };
  return { mbl: markerClass(found[0]), title: cleanText(title.replace(MARKER, " ")) };
}

// Headings of groups whose items are decided (negotiated first, MBL § 11) or for information (MBL § 19),
// as the agenda-keys rules read them.
const DECISION =
  /^(?:beslutsärenden|ärenden för (?:beslut|förhandling|avgörande)|ärenden till (?:[\p{L}-]+,?\s(?:och\s)?){0,4}?\p{L}*(?:nämnden|styrelsen|fullmäktige|direktionen)|för beslut|förhandlingsärenden|samverkansärenden|beslut)$/iu;
const INFORMATION =
  /^(?:informationsärenden|ärenden för (?:information|kännedom)|för (?:information|kännedom)|information(?: från (?:förvaltningen|kontoret|ordföranden|presidiet))?|informationer|anmälningsärenden|anmälningar|anmälan|delegationsbeslut|meddelanden|delgivningar)$/iu;
// A section named by the kind of its cases, which says nothing of decision or information: "Ärenden som avser
// myndighetsutövning – sammanträdet stängt", "Ärenden med sekretess", "Sekretessärenden".
const SECTION_OF_KIND = String.raw`(?:ärenden\s(?:som\s(?:avser|rör|gäller)|avseende|gällande|rörande|med|inom|under)\s[\p{L}\s-]{3,50}|sekretessärenden|myndighetsutövning|individärenden)(?:\s[–—-]\s[\p{L}\s]{3,40})?`;
const NEUTRAL = new RegExp(
  `^(?:övriga (?:frågor|ärenden)|övrigt|inledning|inledande (?:ärenden|punkter)|avslutning|avslutande (?:ärenden|punkter)|formalia|formella ärenden|ärenden|tillägg till (?:föredragningslistan|dagordningen)|extra ärenden|${SECTION_OF_KIND})$`,
  "iu",
);
// Single words that are as often an item's title ("Delegationsbeslut", "Meddelanden") as a heading, and a
// kallelse's field of who gets it "för kännedom" (a list of recipients under it, no items).
const WEAK =
  /^(?:beslut|information|informationer|anmälningar|anmälan|delegationsbeslut|meddelanden|delgivningar|övriga frågor|övrigt|för (?:kännedom|information))$/iu;

export interface GroupHeading {
  mbl: MblClass;
  /** A word that is just as often an item's own title: a heading only where numbered items follow. */
  weak: boolean;
}

/**
 * A group heading seen as a heading, line or paragraph: the class its items take (null for a section that
 * gives none, as "Övriga frågor" or "Inledning"), or undefined for a line that is no group heading (too
 * long, or naming MBL only in passing).
 */
// "A. Beslutsärenden", "II Informationsärenden": a heading's own letter or numeral.
const HEADING_MARK = /^(?:[A-H]|[IVX]{1,4})[.)]?\s+(?=\p{Lu})/u;
// Two group words joined: "Delegationsbeslut och meddelanden", "Anmälningar/Information"; not the parts of a
// compound name ("barn- och utbildningsnämnden").
const JOINED = /(?<![-\s])\s*(?:,|\/|&|\s+och\s+|\s+samt\s+)\s*/iu;

function groupOf(part: string): MblClass | "none" | undefined {
  if (DECISION.test(part)) return "mbl11";
  if (INFORMATION.test(part)) return "mbl19";
  if (NEUTRAL.test(part)) return "none";
  return undefined;
}

export function groupHeading(text: string): GroupHeading | undefined {
  const heading = cleanText(text.replace(/[:.]$/, "").replace(HEADING_MARK, ""));
  if (heading.length > 90) return undefined;
  const reference = mblReference(heading);
  if (reference !== null) {
    const reads = /ärenden|information|förhandling|samverkan|samverkas|samverkade|punkter|frågor|beslut/i;
    return reads.test(heading) || /^\W*MBL/i.test(heading) ? { mbl: reference, weak: false } : undefined;
  }
  const parts = heading.split(JOINED);
  const groups = parts.map(groupOf);
  if (groups.some((group) => group === undefined)) return undefined;
  const [first] = groups;
  if (first === undefined || groups.some((group) => group !== first)) return undefined;
  const weak = parts.every((part) => WEAK.test(part));
  return { mbl: first === "none" ? null : first, weak };
}
