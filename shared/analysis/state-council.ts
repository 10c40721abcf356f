import type { OrgId } from "../model/meeting";
import type { Analysis } from "./types";
import { COUNCIL_NAMES, STATE_EMPLOYER_EXCLUDED, STATE_EMPLOYER_WORDS } from "./words/parties";

/** How many paragraphs open a text: its letterhead, title and meta lines, where the employer is named. */
const OPENING_PARAGRAPHS = 8;
const COUNCIL = new RegExp(`(?<![\\p{L}])(?:${COUNCIL_NAMES.join("|")})(?![\\p{L}])`, "iu");

/**
 * Whether the opening of a text names a state employer: "MITTUNIVERSITETET", "Högskolan i …",
 * "Arkiv- och förvaltningsmyndigheten" (a word ending in "myndighet(en)"); not "Universitetssjukhuset" (a region's).
 */
export function opensAtStateEmployer(texts: readonly string[]): boolean {
  return texts
    .slice(0, OPENING_PARAGRAPHS)
    .some((text) =>
      (text.toLocaleLowerCase("sv").match(/\p{L}+/gu) ?? []).some(
        (word) =>
          STATE_EMPLOYER_WORDS.some((pattern) => pattern.test(word)) &&
          !STATE_EMPLOYER_EXCLUDED.some((part) => word.includes(part)),
      ),
    );
}

/**
 * "Saco-rådet" at a state employer (myndighet, universitet, högskola) is Saco-S, the council that negotiates for
 * the Saco unions there; at a municipality, a region or a company it is Saco (the lead's convention of
 * 2026-12-02). The catalogue reads the council's name as Saco: in a text that names the council and opens at a
 * state employer, every party read as Saco is Saco-S, in place. Blinds 27 and 28 showed it.
 */
export function withStateCouncil(analysis: Analysis, texts: readonly string[]): Analysis {
  if (!texts.some((text) => COUNCIL.test(text)) || !opensAtStateEmployer(texts)) return analysis;
  const meant = (org: OrgId): OrgId => (org === SACO ? SACO_S : org);
  for (const statement of analysis.statements) statement.org = meant(statement.org);
  for (const disagreement of analysis.disagreements) disagreement.orgs = disagreement.orgs.map(meant);
  for (const entry of analysis.justering) if (entry.org) entry.org = meant(entry.org);
  for (const union of analysis.roster.unions) union.org = meant(union.org);
  for (const absent of analysis.roster.absent) if (absent.org) absent.org = meant(absent.org);
  return analysis;
}

const SACO: OrgId = "saco";
const SACO_S: OrgId = "saco-s";
