import type { IsoDate, OrgId } from "../model/meeting";
import { datesInParagraph, findWrittenDates, mayHoldDate, resolveWrittenDate } from "./dates-in-text";
import { isCourtJudgment } from "./dissent-placed";
import { documentContext } from "./document-context";
import { toParagraphs } from "./paragraphs";
import { type KnownPerson, partyFinder } from "./parties";
import { findPlaceholders } from "./placeholders";
import { withDefinedShortForms } from "./short-forms";
import { withStateCouncil } from "./state-council";
import { type BodyParagraph, findStatements } from "./statements";
import { analyseStructure, type Structure } from "./structure";
import { type Analysis, type DateMention, type DateRole, type JusteringEntry, UNIONS_JOINTLY } from "./types";

const MEETING_LABELS = new Set(["tidpunkt", "datum", "mötesdatum", "tid"]);

/**
 * Reads minutes written without the add-in's marks: sections with their groups, the statements of each
 * party, disagreements, justering lines, the roster, dates and left placeholders. Never throws; the cost is
 * linear in the length of the text.
 */
export function analyseMinutes(text: string): Analysis {
  const source = toParagraphs(typeof text === "string" ? text : "");
  const structure = withDefinedShortForms(
    analyseStructure(source),
    source.map((p) => p.text),
  );
  const body: BodyParagraph[] = [];
  let passage = 0;
  for (let i = 0; i < source.length; i++) {
    while (passage < structure.crossheads.length && structure.crossheads[passage]! < i) passage++;
    if (structure.kinds[i] !== "body") continue;
    const section = structure.sections[structure.sectionOf[i]!];
    body.push({ index: i, text: source[i]!.text, section, block: structure.blockOf[i] ?? null, passage });
  }
  const context = documentContext(source, structure);
  const found = findStatements(body, partyFinder(context), context.employerIsForbund, context.author);
  const dates = collectDates(
    source.map((p) => p.text),
    structure,
  );
  const sectionTitleOf = (i: number) => structure.sections[structure.sectionOf[i]!]?.title;

  const placeholders: Analysis["placeholders"] = [];
  for (let i = 0; i < source.length; i++) {
    for (const found of findPlaceholders(source[i]!.text)) {
      const sectionTitle = sectionTitleOf(i);
      placeholders.push({ text: found, paragraph: i, ...(sectionTitle ? { sectionTitle } : {}) });
    }
  }

  return withStateCouncil(
    {
      title: structure.title,
      sections: structure.sections,
      statements: found.statements,
      // A heading is never a disagreement, a press article's headline as little as a crosshead ("Oenighet om
      // bemanningen", "Fortsatt oenighet"): the sentences under it are read on their own (the lead's convention of
      // 2026-12-02).
      // A labour court's judgment tells negotiations held before it: no dissent of its own (blinds 27, 30, 33).
      disagreements: isCourtJudgment(source)
        ? []
        : withoutEarlierDissent(found.disagreements, dates.reference),
      justering: mergeJustering(structure.justering, context.people),
      roster: structure.roster,
      rosterFound: structure.rosterFound,
      dates: dates.mentions,
      placeholders,
      emptyBlocks: emptyBlocks(structure),
      paragraphs: source.map((p, i) => ({ text: p.text, line: p.line, kind: structure.kinds[i]! })),
    },
    source.map((p) => p.text),
  );
}

/**
 * Minutes often name the justerare twice (at "Val av justerare" and in the signature list): keep one each.
 * A justerare named without a party takes it from the people the text names with theirs (roster first).
 */
function mergeJustering(
  entries: readonly JusteringEntry[],
  people: readonly KnownPerson[],
): JusteringEntry[] {
  const partyOf = new Map<string, OrgId>();
  for (const person of people) if (!partyOf.has(person.name)) partyOf.set(person.name, person.org);
  const merged: JusteringEntry[] = [];
  const byName = new Map<string, JusteringEntry[]>();
  for (const entry of entries) {
    const named = byName.get(entry.name) ?? [];
    const same = named.find((m) => m.org === entry.org || m.org === null || entry.org === null);
    if (!same) {
      const copy = { ...entry };
      merged.push(copy);
      byName.set(entry.name, [...named, copy]);
      continue;
    }
    same.org ??= entry.org;
    same.note ??= entry.note;
  }
  for (const entry of merged) entry.org ??= partyOf.get(entry.name) ?? null;
  return merged;
}

function emptyBlocks(structure: Structure): Analysis["emptyBlocks"] {
  const result: Analysis["emptyBlocks"] = [];
  for (const block of structure.blocks) {
    const next = structure.kinds[block.paragraph + 1];
    if (next === "body") continue;
    const sectionTitle = structure.sections[structure.sectionOf[block.paragraph]!]?.title;
    result.push({
      title: block.title,
      paragraph: block.paragraph,
      ...(sectionTitle ? { sectionTitle } : {}),
    });
  }
  return result;
}

/**
 * Dissent dated before the meeting that names no union is an earlier negotiation's background ("Den lokala
 * förhandlingen avslutades 2025-03-02 i oenighet"), not this meeting's record. Where it names the union
 * ("… avslutades i oenighet med Vårdförbundet") it still tells whose dissent the meeting carries on.
 */
function withoutEarlierDissent(
  disagreements: Analysis["disagreements"],
  meeting: IsoDate | null,
): Analysis["disagreements"] {
  if (!meeting) return disagreements;
  const isEarlier = (text: string) =>
    mayHoldDate(text) &&
    findWrittenDates(text).some((written) => {
      const date = resolveWrittenDate(written.text, meeting)?.date;
      return date !== undefined && date < meeting;
    });
  const namesNone = (orgs: readonly OrgId[]) => orgs.length === 1 && orgs[0] === UNIONS_JOINTLY;
  return disagreements.filter((d) => !(namesNone(d.orgs) && isEarlier(d.text)));
}

function collectDates(
  texts: readonly string[],
  structure: Structure,
): { mentions: DateMention[]; reference: IsoDate | null } {
  const found: { text: string; role: DateRole; paragraph: number }[] = [];
  const add = (text: string, paragraph: number, role: (index: number) => DateRole) => {
    for (const written of findWrittenDates(text))
      found.push({ text: written.text, paragraph, role: role(written.index) });
  };
  for (let i = 0; i < texts.length; i++) {
    const kind = structure.kinds[i];
    const text = texts[i]!;
    if (kind === "title") add(text, i, () => "title");
    else if (kind === "meta")
      add(text, i, () => (findWrittenDates(text).length === 1 && text.length < 40 ? "document" : "other"));
    else if ((kind === "body" || kind === "justering") && mayHoldDate(text)) {
      for (const date of datesInParagraph(text))
        found.push({ text: date.text, paragraph: i, role: date.role });
    }
  }
  for (const label of structure.labels) {
    if (MEETING_LABELS.has(label.name)) add(label.value, label.paragraph, () => "meeting");
  }
  const withYear = (role: DateRole): IsoDate | null => {
    for (const date of found) {
      if (date.role !== role) continue;
      const resolved = resolveWrittenDate(date.text, null);
      if (resolved) return resolved.date;
    }
    return null;
  };
  const reference = withYear("title") ?? withYear("meeting") ?? withYear("document");
  const mentions: DateMention[] = [];
  for (const date of found) {
    const resolved = resolveWrittenDate(date.text, reference);
    if (!resolved) continue;
    const sectionTitle = structure.sections[structure.sectionOf[date.paragraph]!]?.title;
    mentions.push({
      ...resolved,
      role: date.role,
      text: date.text,
      paragraph: date.paragraph,
      ...(sectionTitle ? { sectionTitle } : {}),
    });
  }
  return { mentions: mentions.sort((a, b) => a.paragraph - b.paragraph), reference };
}
