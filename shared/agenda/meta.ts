import { dayOfWeek, isValidYmd, MONTHS, toIso, WEEKDAYS } from "../dates/calendar";
import { capitalised } from "../i18n/capitalised";

import type { IsoDate } from "../model/meeting";

type Weekday = (typeof WEEKDAYS)[number];

/**
 * The committee that meets and the date it meets, as an agenda's header shows them: "Socialnämnden",
 * "Barn- och utbildningsnämnden", "Farsta stadsdelsnämnd", "Nämnden för hälsa och åldrande" (also in the
 * genitive or inside a sentence); "Sammanträde 2024-02-20", "Tid: tisdagen den 23 april 2024 kl. 13.00".
 * A header names other bodies and dates too ("Remiss från Kommunstyrelsen", "Kallelsen skickades ut
 * 2024-02-26"): each candidate is weighed by the words around it.
 */
// Words of a header that are no part of a name after a body's kind.
const HEADER_WORD = String.raw`(?:Sammanträde|Sammanträder|Sammanträdet|Kallelse|Kallar|Dagordning|Föredragningslista|Protokoll|Tid|Plats|Datum|Ärenden|Möte|Mötet|Kl|Sida|(?:Mån|Tis|Ons|Tors|Fre|Lör|Sön)dag(?:en)?)(?![\p{L}])`;
// A word of direction that begins a district's name.
const DIRECTION = "(?:(?:Nord|Syd)(?:västra|östra)|Västra|Östra|Norra|Södra|Mellersta|Inre|Yttre)";
// A field of a body's name, maybe after an adjective: "folkhälsa", "regional tillväxt", "hållbar utveckling".
const FIELD = String.raw`(?:\p{Ll}+(?:al|ell|isk|ig|bar|iv)\s+)?\p{Ll}+`;
// A samverkan group's kind: "samverkansgrupp", Stockholm's "förvaltningsgrupp", a "skyddskommitté"; first as a
// compound's end or after an adjective, then opening a name.
const GROUP_KIND = "(?:samverkansgrupp|förvaltningsgrupp|skyddskommitté|samverkanskommitté)(?:en|n)?";
const GROUP_OPENING = "(?:Samverkansgrupp|Förvaltningsgrupp|Skyddskommitté|Samverkanskommitté)(?:en|n)?";
// The unit a group is of, after its kind: "Vård- och omsorgsförvaltningen", "för förskoleförvaltningen",
// "Tekniska förvaltningen", "Hemtjänst Norr" (capitalised words, none of the header's own).
const UNIT_NAME = String.raw`(?:\p{L}\p{Ll}+(?:ska|ala|ella)\s(?=\p{Ll}+(?:en|et)(?![\p{L}]))\p{Ll}+|\p{L}\p{Ll}+(?:-(?:,\s\p{Ll}+-)*\s(?:och|eller)\s\p{Ll}+)?)`;
// Or, after a group's full name, the administration in lower case, maybe after a comma: "(FSG) socialförvaltningen",
// "(FSG), vård- och omsorgsförvaltningen".
const UNIT_LOWER = String.raw`,?\s+(?:\p{Ll}+-\s(?:och|eller)\s)?\p{Ll}{2,}förvaltningen(?![\p{L}])`;
const UNIT_AFTER = String.raw`(?:\s+för\s+${UNIT_NAME}|\s+(?!${HEADER_WORD})(?=\p{Lu})${UNIT_NAME}(?:\s(?!${HEADER_WORD})\p{Lu}\p{Ll}+){0,2})`;
// A group's abbreviation: "FSG", "LSG", "CSG".
const GROUP_SHORT = String.raw`\p{Lu}{1,3}SG`;
const BARE_GROUP_SHORT = new RegExp(`^${GROUP_SHORT}$`, "u");
const COMMITTEE = new RegExp(
  [
    // A samverkan group, maybe with its abbreviation in brackets and the unit it is of: "Förvaltningssamverkansgrupp
    // (FSG) Vård- och omsorgsförvaltningen", "Centrala samverkansgruppen (CSG)", "Lokal samverkansgrupp för
    // hemtjänsten", "Förvaltningsgruppen", "Skyddskommittén"; by its abbreviation and unit: "LSG Hemtjänst Norr".
    String.raw`(?:\p{Lu}\p{Ll}+(?:a|e|l)\s+${GROUP_KIND}|\p{Lu}\p{Ll}*${GROUP_KIND}|${GROUP_OPENING})(?:\s*\(${GROUP_SHORT}\))?(?:${UNIT_LOWER}|${UNIT_AFTER})?`,
    // Not in brackets, where it stands for the name before it ("… förvaltningens samverkansgrupp (FSG)").
    String.raw`(?<!\(\s?)${GROUP_SHORT}(?![\p{L}])${UNIT_AFTER}?`,
    // "Kommunstyrelsens arbetsutskott", "Socialnämndens individutskott", "Tekniska nämndens arbetsutskott":
    // a committee's own committee, also by an adjective before its kind ("Kommunstyrelsens allmänna utskott").
    String.raw`(?:\p{Lu}\p{Ll}+(?:ala|ska|mma|lla|ra)\s+|\p{L}\p{Ll}*)(?:nämnden|styrelsen|direktionen)s\s+(?:\p{Ll}{2,30}a\s+)?\p{Ll}*utskott(?:et)?`,
    // A kind before its field, definite or not: "Nämnden för hälsa och åldrande", "Nämnd för folkhälsa och
    // sjukvård", "Utskottet för regional tillväxt", "Nämnd för arbetsmarknad, näringsliv och attraktivitet".
    String.raw`(?:Nämnd(?:en)?|Utskott(?:et)?)\s+för\s+${FIELD}(?:,\s+${FIELD}){0,2}(?:\s+och\s+${FIELD})?`,
    // A company's board or a federation's direktion: "Styrelsen för Kvarnbo Energi AB".
    String.raw`(?:Styrelsen|Direktionen|Förbundsdirektionen)\s+för\s+(?:AB\s+)?\p{Lu}[\p{L}-]*(?:\s(?:AB|\p{Lu}[\p{L}-]*))*`,
    // "Farsta stadsdelsnämnd", "Skärholmens stadsdelsnämnd", "Hässelby-Vällingby stadsdelsnämnd", with a word of direction before a district's
    // name ("Västra Söderorts stadsdelsnämnd"); not a capitalised preposition before it.
    String.raw`(?:${DIRECTION}\s+)?(?!(?:Inför|Till|Från|Om|Över|Efter|Vid|Med|Hos|Av|För|Under|Kallelse|Protokoll|Ärenden)\s)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){0,3}\s+stadsdelsnämnd(?:en)?`,
    // A district's committee with its name after the kind: "Stadsdelsnämnden Västra Åsen", up to a separator,
    // a date or the line's end (not a word of the header: "Stadsdelsnämnden Sammanträde 2025-02-11").
    String.raw`[Ss]tadsdelsnämnden(?:\s(?!${HEADER_WORD})\p{Lu}\p{Ll}+){1,3}(?=\s*(?:$|[•|,;:–—(]|\d)|\s\s)`,
    // A board and then, after a comma, the federation or company it is of: "Direktionen, Västra Dalens
    // Räddningstjänstförbund", "Styrelsen, Kvarnbo Energi AB".
    String.raw`(?:Direktionen|Förbundsdirektionen|Styrelsen),\s(?:\p{Lu}[\p{L}-]*\s){0,3}(?:\p{Lu}\p{Ll}*förbund(?:et)?|AB)(?![\p{L}])`,
    // A federation's or a company's board named by its kind alone: "Direktionen, måndag 12 juni 2023".
    "Direktionen|Styrelsen",
    // An adjective before the name: "Tekniska nämnden", "Regionala utvecklingsnämnden", "Gemensamma
    // patientnämnden" (not a word such as "Föredragningslista" before it).
    String.raw`\p{Lu}\p{Ll}+(?:ala|ska|mma|lla|ra)\s+\p{Ll}*(?:nämnden|styrelsen)`,
    // "Socialnämnden", "Barn- och utbildningsnämnden", "Barn-, utbildnings- och kulturnämnden",
    // "kommunstyrelsen", "Regionfullmäktige", a federation's "Förbundsdirektionen".
    String.raw`\p{L}\p{Ll}*(?:-(?:,\s\p{Ll}+-)*\s(?:och|eller)\s\p{Ll}+)?(?:nämnd(?:en)?|styrelse(?:n)?|fullmäktige|utskott(?:et)?|direktion(?:en)?)`,
  ]
    .map((form) => `(?:${form})`)
    .join("|"),
  "gu",
);
const COMMITTEE_AT = new RegExp(String.raw`(?<![\p{L}-])(${COMMITTEE.source})(s?)(?![\p{L}])`, "gu");
// The same forms in capitals ("KALLELSE TILL MILJÖ- OCH BYGGNADSNÄMNDEN"): case-insensitive, so \p{Lu} and
// \p{Ll} match either case; only names written wholly in capitals are taken from it.
const COMMITTEE_IN_CAPITALS = new RegExp(COMMITTEE_AT.source, "giu");

// The body in the meeting's own words, whatever its noun: "sammanträde med direktionen", "Kallelse till
// pensionärsrådet", "Pensionärsrådet kallas till sammanträde", "Demokratiberedningen sammanträder": a definite
// noun, an adjective before it (not the meeting itself: "Kallelse till sammanträdet"). Before the verb, the
// noun is its subject only where it begins the clause (a line, after a separator or "att"): in "så att
// ersättare kan kallas" the word before is the verb's auxiliary, the subject before that.
const CALLED_NOUN = String.raw`(?:\p{L}\p{Ll}+(?:ala|ska|mma|lla|ra)\s+)?\p{L}\p{Ll}*(?:en|et|n)`;
// Tried only where a word starts, so the look back over spaces stays linear in a long run of them.
const CLAUSE_START = String.raw`(?<![\p{L}-])(?=\p{L})(?<=(?:^|[\n.!?:;•|–—(]|\s\s|(?<![\p{L}])(?:att|och)\s)\s*)`;
// The look back over "\s+" is tried only where a letter follows (the noun's first), never inside a run of spaces,
// where it would scan the run back from every position (a megabyte of spaces took minutes).
const CALLED_BODY = new RegExp(
  String.raw`(?=\p{L})(?<=(?:(?:[Ss]ammanträde|[Mm]öte)t?\s+(?:med|för)|[Kk]allelse\s+till)\s+)(?!(?:sammanträde|möte)t?\s)(${CALLED_NOUN})(?![\p{L}-])|${CLAUSE_START}(${CALLED_NOUN})(?=\s+(?:kallas|sammanträder)(?![\p{L}]))`,
  "gu",
);

interface NamedCommittee {
  name: string;
  index: number;
  genitive: boolean;
}

/** Every committee named in `text`, in order: as written, or from capitals in sentence case. */
function* committeesNamed(text: string): Generator<NamedCommittee> {
  for (const match of text.matchAll(COMMITTEE_AT))
    yield { name: capitalised(match[1] ?? ""), index: match.index, genitive: match[2] === "s" };
  for (const match of text.matchAll(CALLED_BODY))
    yield { name: capitalised(match[1] ?? match[2] ?? ""), index: match.index, genitive: false };
  if (!/NÄMND|STYRELSE|FULLMÄKTIGE|UTSKOTT|DIREKTION/u.test(text)) return;
  for (const match of text.matchAll(COMMITTEE_IN_CAPITALS)) {
    const name = match[1] ?? "";
    if (/\p{Ll}/u.test(name)) continue;
    yield {
      name: capitalised(name.toLocaleLowerCase("sv")),
      index: match.index,
      genitive: /S$/u.test(match[2] ?? ""),
    };
  }
}

/** The first committee named in `text`, or null. */
export function findCommittee(text: string): string | null {
  for (const { name } of committeesNamed(text)) return name.trim();
  return null;
}

const NUMERIC_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
// A month written out or abbreviated as tables and headers do ("feb.", "sept").
const WORDED_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:e|:[ae])?\\s+(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\\.?\\s+(\\d{4})(?!\\d)`,
  "gi",
);

// "onsdag 22 januari kl 13.00": a month written out and no year after it (an e-mail, a short kallelse).
const YEARLESS_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:e|:[ae])?\\s+(${MONTHS.join("|")})(?![\\p{L}])(?!\\.?\\s+\\d{4})`,
  "giu",
);

function isoIfValid(year: number, month: number, day: number): IsoDate | null {
  // Agendas are about meetings of this era; other years are numbers that only look like dates.
  if (year < 1900 || year > 2200 || !isValidYmd(year, month, day)) return null;
  return toIso(year, month, day);
}

const monthNumber = (word: string): number =>
  MONTHS.findIndex((name) => name.startsWith(word.toLowerCase().slice(0, 3))) + 1;

interface FoundDate {
  iso: IsoDate;
  index: number;
  end: number;
}

/** Every valid date of `text`, in order. */
function datesIn(text: string): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const iso = isoIfValid(Number(match[1]), Number(match[2]), Number(match[3]));
    if (iso) dates.push({ iso, index: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(WORDED_DATE)) {
    const month = monthNumber(match[2] ?? "");
    const iso = month ? isoIfValid(Number(match[3]), month, Number(match[1])) : null;
    if (iso) dates.push({ iso, index: match.index, end: match.index + match[0].length });
  }
  return dates.sort((a, b) => a.index - b.index);
}

/** The first valid date in `text` as an ISO date, or null. */
export function findDate(text: string): IsoDate | null {
  return datesIn(text)[0]?.iso ?? null;
}

// Words before a date that make it the meeting's, or the date the kallelse was sent, posted or changed.
const MEETING_WORDS =
  /(?:sammanträde(?!s?plan)|sammanträder|sammanträdes(?:datum|dag|tid)|möte(?:s(?:datum|dag|tid))?\b|datum och tid|\btid\b|kallas|äger rum|protokoll från)/iu;
// Sent, posted, printed, exported or changed; a deadline.
const OTHER_DATE_WORDS =
  /(?:utsän[dt]|\bsän[dt]|skickad|skickades|skickat|expedier|distribuer|publicer|anslag|anslogs|anslagen|upprättad|ändrad|uppdaterad|reviderad|utfärdad|utskick|daterad|kallelsedatum|kungörelse|justera|justering|utskri[vf]|skriven ut|exporter|genererad|skapad|inkom|inlämna|lämnas in|senast|sista dag|förhinder|beslutad|berett|beredd)/iu;
// A mail's own header, pasted with its text: "Date: Mon, 12 Jan 2026 08:41", Outlook's "Sent: den 12 januari".
const MAIL_DATE = /(?<![\p{L}/])(?:date:\s*(?:mon|tue|wed|thu|fri|sat|sun)|sent:)/iu;
// An administration's name and then the date, nothing else on the line before it: the letterhead of the office
// that wrote the document ("Hägersten-Älvsjö stadsdelsförvaltning 2025-02-28", "Socialförvaltningen 2024-10-01").
const AFTER_OFFICE = /^[\p{L}\s-]{0,60}förvaltning(?:en)?\s*[,–-]?\s*$/iu;
// Another meeting of the body: the next one, the one before.
const OTHER_MEETING = /(?:nästa|kommande|föregående|förra|tidigare)\s+(?:sammanträde|möte)/iu;
const WEEKDAY = /(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s+(?:den\s+)?$/iu;
const TIME_AFTER = /^[,\s]*(?:kl\.?\s*|klockan\s*|\d{1,2}[.:]\d{2})/iu;

/** `from`: where the date before it in the text ends; the words before a date are its own since then. */
function dateScore(text: string, date: FoundDate, from: number): number {
  const before = text.slice(Math.max(from, date.index - 60), date.index);
  let score = 0;
  if (MEETING_WORDS.test(before)) score += 3;
  if (OTHER_DATE_WORDS.test(before) || MAIL_DATE.test(before)) score -= 4;
  if (from === 0 && date.index <= 80 && AFTER_OFFICE.test(text.slice(0, date.index))) score -= 2;
  if (OTHER_MEETING.test(before)) score -= 8;
  if (WEEKDAY.test(before)) score += 2;
  if (TIME_AFTER.test(text.slice(date.end, date.end + 20))) score += 2;
  return score;
}

// Words around a committee's name that make it the body that meets, or another body mentioned.
const MEETING_CONTEXT =
  /kallas|kallelse|sammanträde|sammanträder|föredragningslista|dagordning|ärendelista|\bmöte\b/iu;
const OTHER_BODY = /(?:från|till|av|hos|remiss|över|inför|samt)\s+$/iu;
// The body that prepared the cases, not the one that meets: "Arbetsutskottet berett ärendena 2025-01-08",
// "Direktionens arbetsutskott har berett ärendena", "utskottet som beredde …".
const PREPARING =
  /^\s{0,3}(?:(?:har|hade|som)\s+)?(?:berett|beredde|bereder|förberett|behandlat|behandlade)(?![\p{L}])/iu;

// A mail's sender and copy fields name bodies that send or are told, not the one that meets ("Kopia:
// Kommunstyrelsen"); its "Till:" is the members.
const COPY_FIELD = /^\s*(?:från|kopia(?:\s+till)?|hemlig\s+kopia|cc|bcc)\s*:/iu;
// "… till kultur- och fritidsnämndens sammanträde": the body whose meeting it is, after any preposition.
const OWN_MEETING = /^\s+(?:sammanträde|möte)/iu;

function committeeScore(text: string, index: number, name: string, genitive: boolean): number {
  let score = 0;
  const rest = text.slice(index + name.length + (genitive ? 1 : 0));
  const ownMeeting = genitive && OWN_MEETING.test(rest);
  if (text.trim().length <= name.length + 2) score += 3;
  if (MEETING_CONTEXT.test(text)) score += 2;
  if (!ownMeeting && OTHER_BODY.test(text.slice(Math.max(0, index - 20), index))) score -= 4;
  if (COPY_FIELD.test(text.slice(0, index))) score -= 4;
  if (genitive && !ownMeeting) score -= 1;
  if (PREPARING.test(rest)) score -= 4;
  // A group's abbreviation alone ("… som ska samverkas på FSG 17/9"): a weaker word for a body than its name.
  if (BARE_GROUP_SHORT.test(name)) score -= 1;
  return score;
}

interface Best<T> {
  value: T;
  score: number;
}

function pickBest<T>(candidates: Iterable<Best<T>>): T | null {
  let best: Best<T> | null = null;
  for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate;
  return best?.value ?? null;
}

/** "Stadsdelsnämnden" → "stadsdelsnämnd": a body's kind, for finding its full name. */
const kindOf = (name: string): string =>
  (name.split(/\s+/).at(-1) ?? "")
    .toLocaleLowerCase("sv")
    .replace(/(?<=nämnd|styrelse)n$|(?<=nämnd)en$/u, "");

/**
 * The body's full name where the best candidate is only its kind: a header calls it "stadsdelsnämnden"
 * and names it "Skärholmens stadsdelsnämnd" once, maybe in the genitive inside a sentence.
 */
function fullName(best: string | null, candidates: readonly Best<string>[]): string | null {
  if (best === null) return best;
  // A name written out further elsewhere: "Centrala samverkansgruppen" beside "Centrala samverkansgruppen
  // (CSG)"; an abbreviation beside the name it is written in brackets after ("FSG", "… (FSG) Grundskolan").
  const longer = candidates.find(
    (candidate) => candidate.value.startsWith(`${best} `) || candidate.value.includes(`(${best})`),
  );
  if (longer) return longer.value;
  if (/\s/.test(best)) return best;
  const kind = kindOf(best);
  const named = candidates.find(
    (candidate) => /\s/.test(candidate.value) && kindOf(candidate.value) === kind,
  );
  return named?.value ?? best;
}

function committeeOf(texts: readonly string[]): string | null {
  const candidates = [...committeesIn(texts)];
  return fullName(pickBest(candidates), candidates);
}

// A compound name broken after its "och" at a line's end, as a narrow column sets it: "Hälso- och" + "sjukvårdsnämnden".
const BROKEN_COMPOUND = /\p{Ll}-\s(?:och|eller)\s*$/u;
const COMPOUND_END = /^\s*\p{Ll}/u;

/** The texts, each one that ends inside a broken compound name joined to the next. */
function* joinedCompounds(texts: readonly string[]): Generator<string> {
  let pending = "";
  for (const text of texts) {
    if (pending && !COMPOUND_END.test(text)) {
      yield pending;
      pending = "";
    }
    const joined = pending ? `${pending} ${text.trim()}` : text;
    pending = "";
    if (BROKEN_COMPOUND.test(joined) && joined.length < 200) pending = joined;
    else yield joined;
  }
  if (pending) yield pending;
}

function* committeesIn(texts: readonly string[]): Generator<Best<string>> {
  for (const text of joinedCompounds(texts))
    for (const { name, index, genitive } of committeesNamed(text))
      yield { value: name, score: committeeScore(text, index, name, genitive) };
}

function* datesOf(texts: readonly string[]): Generator<Best<IsoDate>> {
  let year: IsoDate | null = null;
  for (const text of texts) {
    let from = 0;
    for (const date of datesIn(text)) {
      year ??= date.iso;
      yield { value: date.iso, score: dateScore(text, date, from) };
      from = date.end;
    }
  }
  if (year) yield* yearlessDates(texts, year);
}

/**
 * Dates without their year, with the year of the header's first full date (the next year where that would
 * put them more than half a year before it: sent in December for January), only where a weekday before or
 * a time after says they are the meeting's.
 */
function* yearlessDates(texts: readonly string[], reference: IsoDate): Generator<Best<IsoDate>> {
  const year = Number(reference.slice(0, 4));
  const month = Number(reference.slice(5, 7));
  for (const text of texts)
    for (const match of text.matchAll(YEARLESS_DATE)) {
      const found = monthNumber(match[2] ?? "");
      const day = Number(match[1]);
      const iso = found ? isoIfValid(found < month - 6 ? year + 1 : year, found, day) : null;
      if (!iso) continue;
      const date = { iso, index: match.index, end: match.index + match[0].length };
      const weekday = WEEKDAY.exec(text.slice(Math.max(0, date.index - 60), date.index))?.[1];
      // "fredag 17 februari" where the 17th that year is no Friday: the year is not the header's, so no date.
      if (weekday && dayOfWeek(iso) !== WEEKDAYS.indexOf(weekday.toLocaleLowerCase("sv") as Weekday))
        continue;
      const timed = TIME_AFTER.test(text.slice(date.end, date.end + 20));
      if (weekday || timed) yield { value: iso, score: dateScore(text, date, 0) };
    }
}

/**
 * Committee and date from the texts before the first item (the page title first), or from the texts after
 * the items when the header names none. The best-placed candidate wins; among equals, the first.
 */
export function findMeta(
  header: readonly string[],
  later: readonly string[] = [],
): { committee: string | null; meetingDate: IsoDate | null } {
  return {
    committee: committeeOf(header) ?? committeeOf(later),
    meetingDate: pickBest(datesOf(header)) ?? pickBest(datesOf(later)),
  };
}
