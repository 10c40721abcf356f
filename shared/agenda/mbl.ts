import type { MblClass } from "../model/meeting";
import { cleanText } from "./text";

/**
 * MBL classes. Agendas of the cooperation meetings group items under headings such as "Ärenden för
 * förhandling enligt MBL § 11" and "Information enligt MBL § 19"; single items may carry the class in
 * brackets, "(MBL § 19)". § 11 is the duty to negotiate before a change, § 19 the duty to inform.
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

// "(MBL § 19)", "[MBL §11]", "– MBL § 11" at the end: an annotation that is not part of the title.
const MARKER =
  /\s*(?:[([]\s*(?:enl(?:igt|\.)?\s*)?(?:MBL\s*§{0,2}\s*(?:11|19)|§{1,2}\s*(?:11|19)\s*MBL)\s*[)\]]|[–—-]\s*(?:enl(?:igt|\.)?\s*)?MBL\s*§{0,2}\s*(?:11|19)\s*$)/gi;

/** An item's own MBL annotation and its title without it. */
export function takeMblMarker(title: string): { mbl: MblClass; title: string } {
  const found = title.match(MARKER);
  if (!found) return { mbl: null, title };
  return { mbl: mblReference(found[0]), title: cleanText(title.replace(MARKER, " ")) };
}

const GROUP_WORDS = /ärenden|information|förhandling|samverkan|samverkas|punkter|frågor|övrigt|beslut/i;
// Section headings that name no MBL paragraph and so end an MBL group.
const PLAIN_SECTION =
  /^(?:övriga (?:frågor|ärenden)|övrigt|beslutsärenden|informationsärenden|anmälningsärenden|delegationsbeslut|ärenden till nämnden)\b/i;

/**
 * A group heading seen as a plain line or paragraph: the MBL class it opens, null for a section that
 * ends a group ("Övriga frågor"), undefined for a line that is no group heading (too long, or naming MBL
 * only in passing).
 */
export function groupHeading(text: string): MblClass | undefined {
  if (text.length > 90) return undefined;
  const reference = mblReference(text);
  if (reference !== null) return GROUP_WORDS.test(text) || /^\W*MBL/i.test(text) ? reference : undefined;
  return PLAIN_SECTION.test(text) ? null : undefined;
}
