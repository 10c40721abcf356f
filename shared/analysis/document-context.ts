import { EMPLOYER, type OrgId } from "../model/meeting";
import { SHARED_SHORT_FORMS } from "../unions/catalogue";
import { findOrgMentions, normaliseOrgName, resolvePartyId, shortFormsOfText } from "../unions/resolve";
import { isPersonName } from "./justering";
import { matchesOf } from "./matches";
import type { SourceParagraph } from "./paragraphs";
import type { KnownPerson, PartyContext } from "./parties";
import type { Structure } from "./structure";
import { NAMED_ORG } from "./types";

/** What the opening lines say about the text's author and its employer. */
const PREAMBLE_LINES = 6;
/** A union's own report to its members: "Vision informerar", "Rapport från FSG", "Till alla medlemmar". */
const REPORT = /informerar|rapport|nyhetsbrev|medlem/i;
/** The employer is a kommunalförbund ("Räddningstjänsten Åsby, kommunalförbund"), which calls itself "förbundet". */
const FORBUND_EMPLOYER = /kommunalförbund|förbundsdirektion|förbundschef|förbundsdirektör/i;

// Names in Latin letters, matched without the Unicode flag (several times faster over a long text).
const UPPER = "A-ZÀ-ÖØ-Þ";
const LOWER = "a-zß-öø-ÿ";
const NAME = `[${UPPER}][${LOWER}]+(?:[ -][${UPPER}][${LOWER}]+){1,2}`;
/** "Sara Ek (Vision)", "Per Lind, Kommunal,": a person introduced with the party, anywhere in the text. */
const INTRODUCED = new RegExp(`(${NAME})\\s*(?:\\(([^()]{2,40})\\)|,\\s+([^,.;]{2,40}),)`, "g");
/** "Från Vision deltog Anna Berg och Per Ek": attendance written as prose. */
const ATTENDED = new RegExp(
  `[Ff]rån\\s+([^,.;]{2,40}?)\\s+deltog\\s+(${NAME}(?:(?:,\\s*|\\s+och\\s+)${NAME})*)`,
  "g",
);

/**
 * "rektor Anders Vik", "Förvaltningschef Magnus Berg": a manager named with the role. Found from the role's
 * ending: a pattern that first took the whole word tried every shorter cut of each word in the text.
 */
const MANAGER = new RegExp(`(?:[Cc]hef|[Dd]irektör|[Rr]ektor|[Hh]erde)\\s+(${NAME})`, "g");
/**
 * "Maria Lind, ordförande för Vårdförbundet i regionen", "Per Ek, huvudskyddsombud för Kommunal på sjukhuset":
 * a person introduced with a union office ("för", "i", "inom" the union, also in the genitive and in a relative
 * clause: ", som är ordförande i Kommunals sektion"), as a press article does.
 */
const UNION_OFFICE = new RegExp(
  `(${NAME}),\\s+(?:som\\s+är\\s+)?(?:[${LOWER}-]+\\s+)?(?:ordförande|vice\\s+ordförande|ombud|ombudsman|skyddsombud|huvudskyddsombud|arbetsplatsombud|representant|företrädare|förtroendevald|sekreterare)\\s+(?:för|i|inom)\\s+([${UPPER}][^,.;]{1,40})`,
  "g",
);

/**
 * "Peter Ek, Kommunals sektionsordförande", "Lea Ås, som är Visions huvudskyddsombud": the office after the
 * union in the genitive, a compound of it too.
 */
const GENITIVE_OFFICE = new RegExp(
  `(${NAME}),\\s+(?:som\\s+är\\s+)?([${UPPER}][${LOWER}]*(?:\\s[${UPPER}][${LOWER}]*)?(?::s|s))\\s+[${LOWER}-]*(?:ordförande|ombud|ombudsman|representant|företrädare|sekreterare)(?![${LOWER}])`,
  "g",
);

/** The cheap test before `UNION_OFFICE` (it opens with a literal ", ", which is found fast). */
const OFFICE_AFTER_COMMA =
  /, (?:som är )?(?:[a-zåäö-]+ )?(?:ordförande|[a-zåäö]*ombud(?:sman)?|representant|företrädare|förtroendevald|sekreterare) (?:för|i|inom) /;

const OFFICE_WORD = /ordförande|ombud|representant|företrädare|sekreterare/;

/** "Petra Lind och Mohammed Ali från Sveriges Lärare": people from a party, in prose. */
const FROM_PARTY = new RegExp(
  `(${NAME}(?:(?:,\\s*|\\s+och\\s+)${NAME})*)\\s+från\\s+([^,.;]+?)(?=,|\\s+och\\s|\\.|;|$)`,
  "g",
);

/** The union that opens a phrase, by its longest name of up to four words: "Kommunal på sjukhuset". */
function unionOpening(phrase: string): OrgId | null {
  const words = phrase.split(/\s+/).slice(0, 4);
  for (let count = words.length; count > 0; count--) {
    const org = resolvePartyId(words.slice(0, count).join(" "));
    if (org) return org === EMPLOYER ? null : org;
  }
  return null;
}

/** What `MANAGER` needs before the name: the role's ending ("hef", "irektör", "ektor", "erde"), no closure per text. */
const mayNameManager = (text: string) =>
  text.includes("hef") || text.includes("ektor") || text.includes("erde") || text.includes("irektör");

/** "Med Kommunal, Vision och …": a capitalised preposition opening a sentence opens no person's name. */
const PREPOSITION_FIRST = /^(?:Med|Från|För|Av|Enligt|Även|Till|Hos|Mot|Om|Vid|Under|Efter|Inför|Utan)\s/;

/** People the text introduces with their party outside the roster. */
function introducedPeople(paragraphs: readonly SourceParagraph[]): KnownPerson[] {
  const people: KnownPerson[] = [];
  for (const { text } of paragraphs) {
    // Cheap tests first, by plain search for what each pattern needs: most paragraphs introduce nobody.
    if (text.includes(",") || text.includes("(")) {
      for (const match of matchesOf(INTRODUCED, text)) {
        const org = resolvePartyId(match[2] ?? match[3] ?? "");
        if (org && isPersonName(match[1]!) && !PREPOSITION_FIRST.test(match[1]!))
          people.push({ name: match[1]!, org });
      }
    }
    if (OFFICE_AFTER_COMMA.test(text)) {
      for (const match of matchesOf(UNION_OFFICE, text)) {
        const union = unionOpening(match[2]!);
        if (union) people.push({ name: match[1]!, org: union });
      }
    }
    if (text.includes("s ") && OFFICE_WORD.test(text)) {
      for (const match of matchesOf(GENITIVE_OFFICE, text)) {
        const union = resolvePartyId(match[2]!);
        if (union && union !== EMPLOYER) people.push({ name: match[1]!, org: union });
      }
    }
    if (mayNameManager(text)) {
      for (const match of matchesOf(MANAGER, text)) people.push({ name: match[1]!, org: EMPLOYER });
    }
    if (!text.includes("från")) continue;
    for (const match of matchesOf(FROM_PARTY, text)) {
      const org = resolvePartyId(match[2]!);
      if (org) for (const name of match[1]!.split(/,\s*|\s+och\s+/)) people.push({ name, org });
    }
    for (const match of matchesOf(ATTENDED, text)) {
      const org = resolvePartyId(match[1]!);
      if (!org) continue;
      for (const name of match[2]!.split(/,\s*|\s+och\s+/)) people.push({ name, org });
    }
  }
  return people;
}

/** The people of the roster and the justering, so a statement by name is attributed to its side. */
function knownPeople(structure: Structure, introduced: readonly KnownPerson[]): KnownPerson[] {
  const people: KnownPerson[] = structure.roster.employer.map((p) => ({ name: p.name, org: EMPLOYER }));
  for (const union of structure.roster.unions) {
    for (const person of union.people) people.push({ name: person.name, org: union.org });
  }
  for (const entry of structure.justering) if (entry.org) people.push({ name: entry.name, org: entry.org });
  const known = new Set(people.map((person) => person.name));
  for (const person of introduced) if (!known.has(person.name)) people.push(person);
  return [...people, ...shortNames(people)];
}

/**
 * Minutes name people by first name or surname once the roster has them in full ("Lena berättade …"): each
 * part of a name that belongs to one party only is a name of that party.
 */
function shortNames(people: readonly KnownPerson[]): KnownPerson[] {
  // Each part's one party, or null once a second party has it: no set of parties made for each part.
  const partyOf = new Map<string, OrgId | null>();
  const add = (short: string, org: OrgId) => {
    const known = partyOf.get(short);
    if (known === undefined) partyOf.set(short, org);
    else if (known !== org) partyOf.set(short, null);
  };
  for (const person of people) {
    const parts = person.name.split(/\s+/);
    for (const part of parts) if (part.length >= 3) add(part, person.org);
    // "Kim S", "Ylva S.": notes write the first name and the surname's initial.
    if (parts.length > 1) add(`${parts[0]} ${parts.at(-1)!.charAt(0)}`, person.org);
  }
  const full = new Set(people.map((person) => person.name));
  const result: KnownPerson[] = [];
  for (const [part, org] of partyOf) if (org !== null && !full.has(part)) result.push({ name: part, org });
  return result;
}

const unionsIn = (line: string) => [
  ...new Set(
    findOrgMentions(line)
      .map((mention) => mention.org)
      .filter((org) => org.side === "union"),
  ),
];

/**
 * The union whose report this is: the one union a line of reporting names ("Vision informerar"), else the
 * first union the opening lines name when one of them reports ("Vision Västerfors" over "Medlemsinformation").
 */
function authorOf(opening: readonly string[], paragraphs: readonly SourceParagraph[]): string | null {
  if (!opening.some((line) => REPORT.test(line))) return null;
  for (const line of opening) {
    const unions = unionsIn(line);
    if (REPORT.test(line) && unions.length === 1) return unions[0]!.id;
  }
  return opening.map(unionsIn).find((unions) => unions.length > 0)?.[0]?.id ?? unitNamed(paragraphs);
}

/** "Visions sektion", "Kommunal avdelning 7", "Unionenklubben": a union named with its local unit. */
const UNIT = /^(?::?s)?[\s-]*(?:sektion|avdelning|lokalavdelning|klubb|förening)/i;
const UNIT_WORD = /sektion|avdelning|klubb|förening/i;

/**
 * A report whose masthead names no union ("Medlemsnytt – sektionen i Åby") is the union the text names with
 * its local unit, the first one so named.
 */
function unitNamed(paragraphs: readonly SourceParagraph[]): OrgId | null {
  for (const { text } of paragraphs) {
    if (!UNIT_WORD.test(text)) continue;
    for (const mention of findOrgMentions(text))
      if (mention.org.side === "union" && UNIT.test(text.slice(mention.index + mention.text.length)))
        return mention.org.id;
  }
  return null;
}

/**
 * A short form two unions share ("Akademikerförbundet") means the one the attendance list holds, when it holds
 * exactly one of them, whatever else the text names ("… och inte Akademikerförbundet SSR").
 */
function withAttending(shortForms: Map<string, OrgId>, attending: readonly OrgId[]): Map<string, OrgId> {
  for (const { name, candidates } of SHARED_SHORT_FORMS) {
    const present = candidates.filter((id) => attending.includes(id));
    if (present.length === 1) shortForms.set(normaliseOrgName(name), present[0]!);
  }
  return shortForms;
}

/**
 * The unions the text names above its first item, where it says who attended ("Med på mötet var Kommunal och
 * Naturvetarna"), each once in the order first named; read only where a collective asks.
 */
function namedUnions(paragraphs: readonly SourceParagraph[], firstItem: number): OrgId[] {
  const named = new Set<OrgId>();
  for (const { text } of paragraphs.slice(0, firstItem))
    for (const org of unionsIn(text)) if (!org.federation) named.add(org.id);
  return [...named];
}

/**
 * A union's short form in capitals the text gives right after its name: "Sveriges Ingenjörer (SI)",
 * "(Sveriges Ingenjörer, SI)". The form is the union's in this text where the catalogue has it for none other.
 */
const DEFINED_AFTER = /^\s*(?:\(|,\s*)([A-ZÅÄÖ]{2,5})\)/;
/** The cheap test: a paragraph with such a form at all. */
const MAY_DEFINE = /[(,]\s*[A-ZÅÄÖ]{2,5}\)/;

function definedShortForms(paragraphs: readonly SourceParagraph[]): Map<string, OrgId> {
  const forms = new Map<string, OrgId>();
  for (const { text } of paragraphs) {
    if (!MAY_DEFINE.test(text)) continue;
    for (const mention of findOrgMentions(text)) {
      if (mention.org.side !== "union") continue;
      const end = mention.index + mention.text.length;
      const form = DEFINED_AFTER.exec(text.slice(end, end + 12))?.[1];
      if (form && resolvePartyId(form) === null && !forms.has(form)) forms.set(form, mention.org.id);
    }
  }
  return forms;
}

/** The names this text gives organisations: the roster's unions outside the catalogue, and defined short forms. */
function namedOrgs(paragraphs: readonly SourceParagraph[], attending: readonly OrgId[]): Map<string, OrgId> {
  const names = definedShortForms(paragraphs);
  for (const org of attending) if (org.startsWith(NAMED_ORG)) names.set(org.slice(NAMED_ORG.length), org);
  return names;
}

const once = <T>(compute: () => T): (() => T) => {
  let value: T | undefined;
  return () => {
    value ??= compute();
    return value;
  };
};

/** Whether the text names a union anywhere: the whole text is read once, on the first question only. */
function namedInText(paragraphs: readonly SourceParagraph[]): (org: OrgId) => boolean {
  let named: Set<OrgId> | undefined;
  return (org) => {
    named ??= new Set(paragraphs.flatMap((p) => findOrgMentions(p.text).map((mention) => mention.org.id)));
    return named.has(org);
  };
}

/** What the whole text tells the reading of each sentence: its people, short forms, attendance, author. */
export function documentContext(paragraphs: readonly SourceParagraph[], structure: Structure): PartyContext {
  const attending = structure.roster.unions.map((union) => union.org);
  const opening = paragraphs.slice(0, PREAMBLE_LINES).map((p) => p.text);
  return {
    people: knownPeople(structure, introducedPeople(paragraphs)),
    shortForms: withAttending(shortFormsOfText(paragraphs.map((p) => p.text)), attending),
    attending,
    federationMembers: structure.federationMembers,
    namedUnions: once(() => namedUnions(paragraphs, structure.sections[0]?.paragraph ?? paragraphs.length)),
    employerIsForbund: paragraphs.some((p) => FORBUND_EMPLOYER.test(p.text)),
    author: authorOf(opening, paragraphs),
    namedOrgs: namedOrgs(paragraphs, attending),
    unionNamed: namedInText(paragraphs),
  };
}
