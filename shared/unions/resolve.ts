import type { OrgId } from "../model/meeting";
import { ORGANISATIONS, type Organisation } from "./catalogue";

/** Folds case, diacritic-free punctuation and spacing so "Akademikerförbundet  SSR:" and "akademikerförbundet ssr" meet. */
export function normaliseOrgName(name: string): string {
  return name
    .normalize("NFC")
    .toLocaleLowerCase("sv")
    .replace(/[*_:;,.()"'’]/g, " ")
    .replace(/[-–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

const byName = new Map<string, Organisation>();
const byId = new Map<OrgId, Organisation>();
for (const org of ORGANISATIONS) {
  byId.set(org.id, org);
  for (const name of [org.id, org.displayName, org.shortName, ...org.aliases, ...(org.labelOnly ?? [])]) {
    byName.set(normaliseOrgName(name), org);
  }
}

/**
 * The one resolver: an organisation's name as written anywhere to its catalogue entry. Unknown names give
 * `null` so callers report them instead of guessing.
 */
export function resolveOrg(name: string): Organisation | null {
  const normalised = normaliseOrgName(name);
  const exact = byName.get(normalised);
  if (exact) return exact;
  // Genitive as running text writes it: "Sveriges Lärares ombud", "SSR:s förslag", "Kommunals fråga".
  const base = genitiveBase(normalised);
  return base === null ? null : (byName.get(base) ?? null);
}

/** The name without a genitive ending (normalised "ssr s" from "SSR:s", or a trailing "s"), or null. */
function genitiveBase(normalised: string): string | null {
  if (normalised.endsWith(" s")) return normalised.slice(0, -2);
  if (normalised.length > 3 && normalised.endsWith("s")) return normalised.slice(0, -1);
  return null;
}

export function orgById(id: OrgId): Organisation | null {
  return byId.get(id) ?? null;
}

/** Display name for any id; an unknown id (e.g. from an old document) is shown as it is. */
export function orgDisplayName(id: OrgId): string {
  return byId.get(id)?.displayName ?? id;
}

/**
 * All names that count in running text, longest first, so a shorter name never shadows a longer one.
 * `labelOnly` spellings are left out (see the catalogue).
 */
export function orgNamesLongestFirst(): { name: string; org: Organisation }[] {
  const entries: { name: string; org: Organisation }[] = [];
  for (const org of ORGANISATIONS) {
    for (const name of [org.displayName, org.shortName, ...org.aliases]) entries.push({ name, org });
  }
  return entries.sort((a, b) => b.name.length - a.name.length);
}

export interface OrgMention {
  org: Organisation;
  /** The text as written. */
  text: string;
  index: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Word boundaries are Unicode-aware so "Kommunalt" is not "Kommunal"; a genitive ("Sveriges Lärares",
// "SSR:s") still counts. A name before "- och"/"- eller" is the first half of a compound ("Fastighets- och
// säkerhetsansvarig"), not the union.
const mentionPattern = new RegExp(
  orgNamesLongestFirst()
    .map(
      ({ name }) =>
        `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?::s|s)?(?![\\p{L}\\p{N}])(?!-\\s*(?:och|eller|samt|,))`,
    )
    .join("|"),
  "giu",
);

// Short abbreviations ("LR", "AG", "DIK") count only when written exactly, so ordinary words never match.
const SHORT = 4;
const exactShortNames = new Set(
  orgNamesLongestFirst()
    .map(({ name }) => name)
    .filter((name) => name.length <= SHORT),
);

/** Every organisation named in a text, in order, resolved through the catalogue. */
export function findOrgMentions(text: string): OrgMention[] {
  const mentions: OrgMention[] = [];
  for (const match of text.matchAll(mentionPattern)) {
    const written = match[0];
    const bare = written.replace(/:?s$/, "");
    if (bare.length <= SHORT && !exactShortNames.has(bare)) continue;
    const org = resolveOrg(written);
    if (org) mentions.push({ org, text: written, index: match.index ?? 0 });
  }
  return mentions;
}
