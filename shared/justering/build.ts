import { t } from "../i18n/i18n";
import type { Disagreement, Justerare, OrgId } from "../model/meeting";
import type { Template } from "../templates/types";
import { orgDisplayName } from "../unions/resolve";

/**
 * The justering block at the end of the minutes, rebuilt from the chosen justerare and the marked
 * disagreements. The minutes are always written in Swedish, whatever the pane's language, so the texts are
 * taken from the catalogue's Swedish side.
 */
export interface JusteringText {
  /** "Justeras (digitalt)" above a list; null for the sentence style. */
  heading: string | null;
  lines: string[];
}

const sv = (key: Parameters<typeof t>[0], params?: Record<string, string>) => t(key, params, "sv");

/** "a", "a och b", "a, b och c". */
export function joinSwedish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} och ${parts.at(-1)}`;
}

/** A heading without its number: "7. Budget 2025" → "Budget 2025", "§ 12 Lokalplan" → "Lokalplan". */
function withoutNumber(title: string): string {
  return title.replace(/^\s*(?:§\s*)?\d+(?:\s?[a-z])?\.?\s+/i, "").trim();
}

/**
 * A section title as it reads inside a sentence: without its number, first letter in lower case
 * ("17. Föranmälda frågor" → "föranmälda frågor"), but acronyms kept ("MBL § 11").
 */
export function titleInSentence(title: string): string {
  const bare = withoutNumber(title);
  const firstWord = bare.split(/\s/)[0] ?? "";
  const isAcronym = firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase("sv");
  return isAcronym ? bare : bare.charAt(0).toLocaleLowerCase("sv") + bare.slice(1);
}

/** The sections (as they read in a sentence) where each organisation disagreed, in document order. */
function disagreementSections(disagreements: readonly Disagreement[]): Map<OrgId, string[]> {
  const sections = new Map<OrgId, string[]>();
  for (const disagreement of disagreements) {
    // The minutes' own items read as words of the sentence ("föranmälda frågor", as example 004 writes); a
    // committee's item is named by its case title as written, in quotation marks, since such titles hold
    // names and commas ("”Stockholms stads säkerhetsprogram, svar på remiss”").
    const heading = disagreement.sectionTitle ?? "";
    const title = !heading
      ? ""
      : disagreement.agendaItem
        ? `”${withoutNumber(heading)}”`
        : titleInSentence(heading);
    for (const org of disagreement.orgs) {
      const list = sections.get(org) ?? [];
      if (!list.includes(title)) list.push(title);
      sections.set(org, list);
    }
  }
  return sections;
}

function oenighetNote(titles: readonly string[] | undefined, fixed: string | undefined): string {
  if (!titles || titles.length === 0) return "";
  if (fixed) return ` ${fixed}`;
  const named = titles.filter((title) => title !== "");
  return named.length === 0
    ? ` ${sv("core.justering.oenighet")}`
    : ` ${sv("core.justering.oenighetUnder", { sections: joinSwedish(named) })}`;
}

function orgLabel(justerare: Justerare): string {
  return justerare.label?.trim() || orgDisplayName(justerare.org);
}

/**
 * Sentence: "Cecilia Cederström justerar protokollet för Akademikerförbundet SSR, Christina Gustafsson för
 * Kommunal och Dinah Åbinger för arbetsgivaren." List: the heading, then "Charlotte Andersson för Kommunal
 * (oenighet under föranmälda frågor)" per party. Parties keep the order in which the justerare were chosen.
 */
export function buildJustering(
  settings: Template["justering"],
  justerare: readonly Justerare[],
  disagreements: readonly Disagreement[],
): JusteringText {
  const notes = disagreementSections(disagreements);
  const parties = justerare.map((person) => ({
    name: person.name.trim(),
    org: orgLabel(person),
    note: oenighetNote(notes.get(person.org), settings.disagreementNote?.trim()),
  }));

  if (settings.style === "list") {
    return {
      heading: settings.heading?.trim() || sv("core.justering.heading"),
      lines: parties.map((p) => `${sv("core.justering.party", { name: p.name, org: p.org })}${p.note}`),
    };
  }
  if (parties.length === 0) return { heading: null, lines: [] };
  const [first, ...rest] = parties as [(typeof parties)[number], ...typeof parties];
  const document = settings.document?.trim() || sv("core.justering.document");
  const clauses = [
    `${sv("core.justering.firstParty", { name: first.name, org: first.org, document })}${first.note}`,
    ...rest.map((p) => `${sv("core.justering.party", { name: p.name, org: p.org })}${p.note}`),
  ];
  return { heading: null, lines: [`${joinSwedish(clauses)}.`] };
}
