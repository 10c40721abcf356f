import { isLabelLine } from "./line-kinds";
import { splitLiteralBreaks, trimSeparators } from "./text";

/**
 * What a title's own text may carry beside its wording: a presenter or the documents, after a label or, for a
 * presenter, in brackets; in a portal's title field, on lines of their own under the title.
 */

// A presenter or documents written on the title's own line: "Budget 2025 – föredragande: Anna Ek", and after a
// dash without the colon, before a name ("– föredragande Karin Sjöholm", "— presenteras av Ola Berg, ekonom").
const INLINE_LABEL =
  /\s*(?:[–—,;(]\s*|\s)(?:föredragande|föredras av|presenteras av|handlingar|bilagor?|underlag)\s*:[^)]*\)?\s*$|\s*\((?:föredragande|föredras av)\b[^)]*\)\s*$|\s+[–—]\s*(?:föredragande|föredras av|presenteras av)\s+\p{Lu}[^–—()]{0,80}$/iu;

const NAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// A person named in brackets at the title's end (or alone on its wrapped line), without a label: "(Johan Åström)",
// "(Eva Lind-Berg, miljöchef)";
// or two or more, each maybe with a role, parted by commas, "och" or "&" ("(Eva Lind, Per Ek)", "(Eva Lind,
// miljöchef, och Per Ek)"). A role is in lower case and a name capitalised, so a comma parts them one way only.
// A role may open with letters ("HR-chef", "IT-strateg"); a bracket typed against the title ("… resurs(Eva
// Lind, HR-chef)", a space lost between two runs of a document) is one too.
const PERSON = String.raw`${NAME_WORD}(?:\s${NAME_WORD}){1,2}(?:,\s?(?:\p{Lu}{2,4}-)?\p{Ll}[\p{Ll}\s-]{0,40}?)?`;
const BRACKETED_NAME = new RegExp(
  String.raw`(?:^|\s|(?<=[\p{Ll}\d]))\(${PERSON}(?:(?:,\s?|,?\s(?:och|&)\s)${PERSON}){0,3}\)\s*$`,
  "u",
);
// Two capitalised words that name a body or a place, not a person: "(Region Gävleborg)", "(Västra
// Götalandsregionen)", "(Umeå Energi)", "(Sveriges Kommuner och Regioner)".
const BODY_NAME =
  /\((?:Region|Regionen|Landstinget|Länsstyrelsen|Kommunen|Staden|Västra|Östra|Norra|Södra|Mellersta|Stora|Nya|Svenska|Sveriges|Nordiska|Europeiska)\s|(?:region|regionen|kommun|kommunen|stad|staden|län|länet|nämnd|nämnden|styrelse|styrelsen|förbund|förbundet|bolag|bolaget|energi|vatten|kraft|bostäder|fastigheter|hamn|hamnen|universitet|högskola|verket|verken|myndigheten)[),]/iu;
// A title whose case is the person named belongs to it: a proposal's author ("Svar på medborgarförslag om
// parkbänkar (Lars Nilsson)"), a resignation or an election ("Avsägelse av uppdrag som ersättare (Lisa Holm)").
const PERSONS_CASE =
  /(?:motion|medborgarförslag|e-förslag|interpellation|fråga|avsägelse|entledigande|fyllnadsval|val|befrielse|avgång)(?![\p{L}])/iu;

// A note in brackets at a title's end on its papers, not its wording: "(bifogas)", "(bilaga 2)", "(handlingar
// skickas senare)", "(delas ut på mötet)".
const PAPERS_NOTE =
  /\s\((?:bifogas|bifogat|bifogade|bilaga(?:\s\d{1,2})?|bilagor|se bilaga(?:\s\d{1,2})?|(?:handlingar(?:na)?\s)?(?:bifogas|skickas senare|skickas ut senare|eftersänds|delas ut(?:\spå\s(?:mötet|sammanträdet))?))\)$/iu;

/** A title without the presenter or documents its line names after it. */
export function withoutInlineFacts(title: string): string {
  const labelled = title.replace(INLINE_LABEL, " ").replace(PAPERS_NOTE, "");
  const bracket = BRACKETED_NAME.exec(labelled);
  if (!bracket || BODY_NAME.test(bracket[0]) || PERSONS_CASE.test(labelled)) return labelled;
  return labelled.slice(0, bracket.index);
}

// A given name alone in brackets at a title's end ("… 2024 (Karin)"): presenters only where two titles or more end
// so and the document names someone of one of those first names in full, on a line that is only the name (a
// signature, a mail's "Från: Karin Berg <…>", "Karin Berg, förbundschef"); then every such name goes, as the
// document's way of naming presenters. One title alone, or names nobody bears in full: it may be a place
// ("(Grycksbo)").
const GIVEN_NAME_TAIL = /\s\((\p{Lu}\p{Ll}+)\)$/u;
const NAME_IN_FULL = new RegExp(
  String.raw`^(?:\p{L}+:\s?)?(\p{Lu}\p{Ll}+)\s${NAME_WORD}(?:\s<[^<>\s]{1,100}>|,\s?\p{Ll}[\p{Ll}\s-]{0,40})?$`,
  "u",
);

/** Titles without a presenter's given name in brackets at their end, where the document writes presenters so. */
export function withoutGivenNamePresenters(titles: readonly string[], texts: Iterable<string>): string[] {
  const tails = titles.map((title) => (PERSONS_CASE.test(title) ? null : GIVEN_NAME_TAIL.exec(title)));
  if (tails.filter(Boolean).length < 2) return [...titles];
  const named = new Set<string>();
  for (const text of texts) {
    const name = NAME_IN_FULL.exec(text.trim())?.[1];
    if (name) named.add(name);
  }
  if (!tails.some((tail) => tail?.[1] !== undefined && named.has(tail[1]))) return [...titles];
  return titles.map((title, index) => {
    const tail = tails[index];
    return tail ? trimSeparators(title.slice(0, tail.index)) : title;
  });
}

/**
 * A portal's title field without the lines of facts under the title ("Regional utvecklingsdirektören
 * informerar\nFöredragande: …", "…<br>Beslutsunderlag: …"): its lines up to the first labelled one.
 */
export function titleFieldLines(text: string): string {
  const lines = text.split(/\r\n|[\n\r]/).flatMap(splitLiteralBreaks);
  const facts = lines.findIndex((line, index) => index > 0 && isLabelLine(line.trim()));
  return (facts < 0 ? lines : lines.slice(0, facts)).join(" ");
}
