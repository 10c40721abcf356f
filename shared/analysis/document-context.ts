import { EMPLOYER } from "../model/meeting";
import { findOrgMentions, shortFormsOfText } from "../unions/resolve";
import type { SourceParagraph } from "./paragraphs";
import type { KnownPerson, PartyContext } from "./parties";
import type { Structure } from "./structure";

/** What the opening lines say about the text's author and its employer. */
const PREAMBLE_LINES = 6;
/** A union's own report to its members: "Vision informerar", "Rapport från FSG", "Till alla medlemmar". */
const REPORT = /\b(?:informerar|rapport(?:erar)?|medlemsbrev|nyhetsbrev|medlemsinformation|medlemmar)\b/i;
/** The employer is a kommunalförbund ("Räddningstjänsten Åsby, kommunalförbund"), which calls itself "förbundet". */
const FORBUND_EMPLOYER = /kommunalförbund|förbundsdirektion|förbundschef|förbundsdirektör/i;

/** The people of the roster and the justering, so a statement by name is attributed to its side. */
function knownPeople(structure: Structure): KnownPerson[] {
  const people: KnownPerson[] = structure.roster.employer.map((p) => ({ name: p.name, org: EMPLOYER }));
  for (const union of structure.roster.unions) {
    for (const person of union.people) people.push({ name: person.name, org: union.org });
  }
  for (const entry of structure.justering) if (entry.org) people.push({ name: entry.name, org: entry.org });
  return people;
}

/** The union whose report this is: the one union its opening lines name, with a word of reporting. */
function authorOf(opening: readonly string[]): string | null {
  for (const line of opening) {
    if (!REPORT.test(line)) continue;
    const unions = [
      ...new Set(
        findOrgMentions(line)
          .map((m) => m.org)
          .filter((o) => o.side === "union"),
      ),
    ];
    if (unions.length === 1) return unions[0]!.id;
  }
  return null;
}

/** What the whole text tells the reading of each sentence: its people, short forms, attendance, author. */
export function documentContext(paragraphs: readonly SourceParagraph[], structure: Structure): PartyContext {
  const opening = paragraphs.slice(0, PREAMBLE_LINES).map((p) => p.text);
  const mentions = paragraphs.flatMap((p) => findOrgMentions(p.text));
  return {
    people: knownPeople(structure),
    shortForms: shortFormsOfText(mentions),
    attending: structure.roster.unions.map((union) => union.org),
    employerIsForbund: opening.some((line) => FORBUND_EMPLOYER.test(line)),
    author: authorOf(opening),
  };
}
