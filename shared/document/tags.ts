import type { AgendaItem, OrgId } from "../model/meeting";

/**
 * Every mark in the document is a content control whose tag says what it is. The tag is the mark's identity:
 * the index, `removeMark` and `selectMark` all work with it, so nothing about a mark lives outside the document.
 *
 *   sp:punkt:<sectionId>            a template section
 *   sp:punkt:<sectionId>:<role>     a section the add-in fills from the meeting: "narvaro" (the roster) or
 *                                   "justerare" (Val av justerare), where no statement belongs
 *   sp:inspel:<org>:<id>            a statement of one organisation
 *   sp:oenighet:<org1>+<org2>:<id>  a disagreement of one or more unions
 *   sp:agenda:<key>                 an agenda item of the committee (key from dnr, or number and title)
 *   sp:justering                    the closing justering block
 */
const TAG_PREFIX = "sp:";

/** Fields (see `fields.ts`) are tagged `sp:falt:<name>`; they are not marks, so `parseTag` knows none. */
export const FIELD_TAG_PREFIX = `${TAG_PREFIX}falt:`;

/** The tag of a field: `sp:falt:` and the placeholder's name folded ("sp:falt:forvaltning"). */
export function fieldTag(name: string): string {
  return `${FIELD_TAG_PREFIX}${slug(name)}`;
}

/**
 * What a section anchor is besides an item: the roster and the justerare, written from the meeting data (marks
 * are refused there), or a group heading ("Information", "MBL § 11") whose items follow it (no item itself).
 */
export type SectionRole = "roster" | "justerare" | "group";

const ROLE_SEGMENTS: Record<SectionRole, string> = {
  roster: "narvaro",
  justerare: "justerare",
  group: "grupp",
};

export type Mark =
  | { kind: "section"; sectionId: string; role?: SectionRole }
  | { kind: "statement"; org: OrgId; id: string }
  | { kind: "disagreement"; orgs: OrgId[]; id: string }
  | { kind: "agenda"; key: string }
  | { kind: "justering" };

export type MarkKind = Mark["kind"];

// Segments are catalogue ids and generated ids: lower-case letters, digits and hyphens, so ":" and "+"
// stay free as separators. Word allows tags up to 255 characters; our longest stays far below.
const SEGMENT = /^[a-z0-9][a-z0-9-]{0,63}$/;
const KEY = /^[a-z0-9][a-z0-9-]{0,159}$/;

function checked(segment: string, pattern: RegExp = SEGMENT): string {
  if (!pattern.test(segment)) throw new Error(`Invalid tag segment: ${JSON.stringify(segment)}`);
  return segment;
}

export function formatTag(mark: Mark): string {
  switch (mark.kind) {
    case "section": {
      // Section ids come from templates an organisation may have edited by hand, so they are folded, not refused.
      const id = SEGMENT.test(mark.sectionId)
        ? mark.sectionId
        : checked(slug(mark.sectionId).slice(0, 64) || "x");
      return `${TAG_PREFIX}punkt:${id}${mark.role ? `:${ROLE_SEGMENTS[mark.role]}` : ""}`;
    }
    case "statement":
      return `${TAG_PREFIX}inspel:${checked(mark.org)}:${checked(mark.id)}`;
    case "disagreement":
      if (mark.orgs.length === 0) throw new Error("An oenighet needs at least one organisation");
      return `${TAG_PREFIX}oenighet:${mark.orgs.map((org) => checked(org)).join("+")}:${checked(mark.id)}`;
    case "agenda":
      return `${TAG_PREFIX}agenda:${checked(mark.key, KEY)}`;
    case "justering":
      return `${TAG_PREFIX}justering`;
  }
}

/** The mark a tag stands for, or null for anything else (other add-ins' tags, hand-edited tags). */
export function parseTag(tag: string): Mark | null {
  if (!tag.startsWith(TAG_PREFIX)) return null;
  const [kind, ...rest] = tag.slice(TAG_PREFIX.length).split(":");
  const valid = (segment: string | undefined, pattern: RegExp = SEGMENT): segment is string =>
    segment !== undefined && pattern.test(segment);
  switch (kind) {
    case "punkt": {
      if (!valid(rest[0]) || rest.length > 2) return null;
      if (rest.length === 1) return { kind: "section", sectionId: rest[0] };
      const role = (Object.keys(ROLE_SEGMENTS) as SectionRole[]).find((r) => ROLE_SEGMENTS[r] === rest[1]);
      return role ? { kind: "section", sectionId: rest[0], role } : null;
    }
    case "inspel":
      return rest.length === 2 && valid(rest[0]) && valid(rest[1])
        ? { kind: "statement", org: rest[0], id: rest[1] }
        : null;
    case "oenighet": {
      if (rest.length !== 2 || !valid(rest[1])) return null;
      const orgs = (rest[0] ?? "").split("+");
      return orgs.every((org) => valid(org)) ? { kind: "disagreement", orgs, id: rest[1] } : null;
    }
    case "agenda":
      return rest.length === 1 && valid(rest[0], KEY) ? { kind, key: rest[0] } : null;
    case "justering":
      return rest.length === 0 ? { kind } : null;
    default:
      return null;
  }
}

/** The section id a section tag names, whatever its role: how a template's section is found in a document. */
export function sectionIdOf(tag: string): string | null {
  const mark = parseTag(tag);
  return mark?.kind === "section" ? mark.sectionId : null;
}

/** Whether a tag anchors a group heading, which holds items rather than being one. */
export function isGroupTag(tag: string): boolean {
  const mark = parseTag(tag);
  return mark?.kind === "section" && mark.role === "group";
}

/** Folds text to a tag segment: lower case, Swedish letters to ASCII, everything else to single hyphens. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * The identity of an agenda item across clips: its diarienummer when it has one (the committee's own key),
 * else its number and title. Inserting the same item again therefore updates it instead of duplicating it.
 */
export function agendaItemKey(item: Pick<AgendaItem, "dnr" | "number" | "title">): string {
  const dnr = item.dnr.length > 0 ? slug(item.dnr[0]!) : "";
  const key = dnr ? `dnr-${dnr}` : `nr-${slug(item.number ?? "") || "x"}-${slug(item.title) || "x"}`;
  return key.slice(0, 160).replace(/-+$/, "");
}

/** A short random id for a new mark; collisions only matter within one document. */
export function newMarkId(random: () => number = Math.random): string {
  let id = "";
  for (let i = 0; i < 8; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
