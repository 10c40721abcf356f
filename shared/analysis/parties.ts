import { EMPLOYER, type OrgId } from "../model/meeting";
import { findOrgMentions } from "../unions/resolve";
import { UNIONS_JOINTLY } from "./types";

/**
 * Who speaks in a sentence of the minutes. A party is a union (through the unions catalogue), the unions
 * jointly ("Fackliga", "de fackliga representanterna") or the employer side (arbetsgivaren, or a manager's
 * role: "HR-chef", "FC", "VC BUF"). The chair is not a party: in some groups the chair is the employer, in
 * others it alternates.
 */
export interface PartyMention {
  org: OrgId;
  start: number;
  end: number;
}

const L = "\\p{L}\\p{N}";
const JOINT =
  "(?:(?:de|samtliga|alla)\\s+)?(?:fackliga(?:\\s+(?:representanterna|organisationerna|parterna|företrädarna|ombuden))?|facken|facket|fackförbunden|arbetstagarsidan|arbetstagarparten|arbetstagarorganisationerna|arbetstagarföreträdarna)";

const ROLE_WORDS = [
  "arbetsgivaren",
  "arbetsgivarsidan",
  "arbetsgivarparten",
  "arbetsgivarens representanter",
  "arbetsgivarens företrädare",
  "förvaltningen",
  "förvaltningsledningen",
  "hr[- ]?chef(?:en)?",
  "hr[- ]?direktör(?:en)?",
  "hr[- ]?konsult(?:en|erna)?",
  "hr[- ]?specialist(?:en)?",
  "hr[- ]?enheten",
  "hr[- ]?avdelningen",
  "personalchef(?:en)?",
  "förvaltningschef(?:en)?",
  "förvaltningsdirektör(?:en)?",
  "stadsdelsdirektör(?:en)?",
  "socialdirektör(?:en)?",
  "verksamhetschef(?:en)?",
  "avdelningschef(?:en)?",
  "enhetschef(?:en)?",
  "sektionschef(?:en)?",
  "ekonomichef(?:en)?",
  "kvalitetschef(?:en)?",
  "kommunikationschef(?:en)?",
];
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Unions come from the one organisation scanner, `findOrgMentions` (the catalogue's names, genitive allowed,
 * not the first half of a suspended compound "Fastighets- och …"); one more case-insensitive pass finds
 * the unions jointly and employer roles, with the word-start check once before its alternation.
 */
// The scan runs on the lower-cased text without the Unicode flag, which makes it several times faster; a
// letter is a Latin letter or digit (Swedish minutes), and case is checked on the original text afterwards.
const W = "a-z0-9\\u00df-\\u024f";
const SCAN = new RegExp(
  `(?<![${W}-])(?:(${JOINT})(?![${W}])|(${ROLE_WORDS.join("|")})(?![${W}-])|(hr|fc|vc|ec|sc|ac)(?![${W}-]))`,
  "g",
);
// For text whose lower case changes its length (rare letters), the same scan with Unicode case folding.
const SCAN_UNICODE = new RegExp(SCAN.source.replaceAll(W, L), "giu");

/** A person of the roster or the justering, so "Jonas Sund redogjorde …" is the employer speaking. */
export interface KnownPerson {
  name: string;
  org: OrgId;
}

/** A party finder that also knows the people of this meeting. */
export function partyFinder(people: readonly KnownPerson[]): (text: string) => PartyMention[] {
  const names = [...new Set(people.map((p) => p.name))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return findParties;
  const orgOf = new Map(people.map((p) => [p.name, p.org]));
  const pattern = new RegExp(`(?<![${L}])(?:${names.map(escapeRegExp).join("|")})(?![${L}])`, "gu");
  return (text) => {
    const extra: PartyMention[] = [];
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      extra.push({ org: orgOf.get(match[0])!, start, end: start + match[0].length });
    }
    return findParties(text, extra);
  };
}

/** Every party named in a text, in order, without overlaps (the longer name wins). */
export function findParties(text: string, extra: readonly PartyMention[] = []): PartyMention[] {
  const found: PartyMention[] = findOrgMentions(text).map(({ org, text: written, index }) => ({
    org: org.side === "employer" ? EMPLOYER : org.id,
    start: index,
    end: index + written.length,
  }));
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  for (const match of (sameLength ? lower : text).matchAll(sameLength ? SCAN : SCAN_UNICODE)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const written = text.slice(start, end);
    if (match[1] !== undefined) found.push({ org: UNIONS_JOINTLY, start, end });
    else if (match[2] !== undefined) found.push({ org: EMPLOYER, start, end });
    // Abbreviations count only in capitals, so the word "ec" or "sc" in running text never does.
    else if (written === written.toUpperCase()) found.push({ org: EMPLOYER, start, end });
  }
  found.push(...extra);
  // Where two start together the longer name wins ("arbetsgivarens representanter" over "arbetsgivaren").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: PartyMention[] = [];
  for (const mention of found) {
    const last = result[result.length - 1];
    if (last && mention.start < last.end) continue;
    result.push(mention);
  }
  return result;
}

/**
 * Verbs of saying, asking, proposing, informing and taking a stand, in the forms minutes use (present, past,
 * supine). Particles are matched separately ("tar upp", "håller med", "ställer sig").
 */
const VERB_FORMS = new Set(
  `menar menade menat anser ansåg ansett tycker tyckte tyckt framför framförde framfört framhåller framhöll
  framhållit påpekar påpekade påpekat poängterar poängterade poängterat betonar betonade betonat understryker
  underströk understrukit frågar frågade frågat undrar undrade undrat informerar informerade informerat
  meddelar meddelade meddelat redogör redogjorde redogjort instämmer instämde instämt önskar önskade önskat
  efterfrågar efterfrågade efterfrågat efterlyser efterlyste efterlyst föreslår föreslog föreslagit påminner
  påminde påmint säger sa sade sagt svarar svarade svarat responderar responderade responderat förklarar
  förklarade förklarat förtydligar förtydligade förtydligat klargör klargjorde klargjort belyser belyste belyst
  pålyser pålyste pålyst uppmärksammar uppmärksammade uppmärksammat noterar noterade noterat vill kräver krävde
  krävt yrkar yrkade yrkat befarar befarade befarat hänvisar hänvisade hänvisat återkommer återkom återkommit
  återkopplar återkopplade återkopplat beskriver beskrev beskrivit presenterar presenterade presenterat berättar
  berättade berättat nämner nämnde nämnt konstaterar konstaterade konstaterat bekräftar bekräftade bekräftat
  invänder invände invänt ifrågasätter ifrågasatte ifrågasatt delar delade välkomnar välkomnade välkomnat
  understödjer stödjer stöder stödde varnar varnade varnat reserverar reserverade reserverat lyfter lyfte lyft
  uttrycker uttryckte uttryckt tackar tackade redovisar redovisade redovisat
  mena anse tycka framföra framhålla påpeka poängtera betona understryka fråga undra informera meddela redogöra
  instämma önska efterfråga efterlysa föreslå påminna säga svara förklara förtydliga klargöra belysa
  uppmärksamma notera kräva yrka hänvisa återkomma återkoppla beskriva presentera berätta nämna konstatera
  bekräfta invända ifrågasätta varna reservera lyfta uttrycka redovisa`
    .split(/\s+/)
    .filter(Boolean),
);

/** Verbs that say something only with their particle: "tar upp", "håller med", "ställer sig", "bjuder in". */
const PARTICLE_VERBS: Record<string, readonly string[]> = {
  ta: ["upp", "med"],
  tar: ["upp", "med"],
  tog: ["upp", "med"],
  tagit: ["upp", "med"],
  hålla: ["med"],
  håller: ["med"],
  höll: ["med"],
  hållit: ["med"],
  stämma: ["in"],
  stämmer: ["in"],
  stämde: ["in"],
  ställa: ["sig"],
  ställer: ["sig"],
  ställde: ["sig"],
  ställt: ["sig"],
  bjuda: ["in"],
  bjuder: ["in"],
  bjöd: ["in"],
  bjudit: ["in"],
  föra: ["fram"],
  för: ["fram"],
  förde: ["fram"],
  fört: ["fram"],
  // "går igenom", "gick igenom": presents.
  gå: ["igenom"],
  går: ["igenom"],
  gick: ["igenom"],
  gått: ["igenom"],
};

/** "ger en kort redogörelse", "ger information": giving counts when what is given is said. */
const GIVE = new Set(["ger", "gav", "gett", "givit", "lämnar", "lämnade", "lämnat"]);
const SAID_NOUNS =
  /^(?:redogörelse|summering|sammanfattning|information|återkoppling|bakgrund|bild|uppdatering|svar|förslag|synpunkter|besked|protokollsanteckning|reservation)$/;

/** "SSR är bekymrade", "Vision är positiva": a stand taken. */
const STANCE = new Set(
  `bekymrade bekymrad oroliga orolig positiva positiv negativa negativ kritiska kritisk tveksamma tveksam
  frågande oeniga oenig eniga enig överens`
    .split(/\s+/)
    .filter(Boolean),
);

/** "Från Vision framfördes att …": the passive names its speaker after "från". */
const PASSIVE_SAYING = new Set(
  `framfördes framförs påpekades påpekas lyftes lyfts efterfrågades efterfrågas betonades betonas underströks
  framhölls framhålls uttrycktes uttrycks föreslogs föreslås önskades önskas ifrågasattes ifrågasätts
  poängterades poängteras framkom framkommer`
    .split(/\s+/)
    .filter(Boolean),
);

const REPRESENTATIVE = /^(?:representant|företrädare|ombud|ledamot|ordförande)(?:en|erna|et|en|na)?$/;

const OBJECT_PREPOSITIONS = new Set(
  `med till från för om av hos mot på åt enligt inför under via bland mellan utan genom kring än`
    .split(/\s+/)
    .filter(Boolean),
);

interface Token {
  word: string;
  start: number;
}

const TOKEN = new RegExp(`[${W}][${W}-]*|[.,;:!?–]`, "g");
const TOKEN_UNICODE = /[\p{L}\p{N}][\p{L}\p{N}-]*|[.,;:!?–]/gu;

/** Lower-case words and punctuation with their offsets (see SCAN for why the text is lower-cased first). */
function tokens(text: string): Token[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const result: Token[] = [];
  for (const match of (sameLength ? lower : text).matchAll(sameLength ? TOKEN : TOKEN_UNICODE)) {
    result.push({ word: sameLength ? match[0] : match[0].toLowerCase(), start: match.index ?? 0 });
  }
  return result;
}

/** Whether the word at `index` (with what follows) is a verb of saying. */
function isSayingAt(words: readonly Token[], index: number): boolean {
  const word = words[index]?.word;
  if (!word) return false;
  if (VERB_FORMS.has(word) || STANCE.has(word)) return true;
  const particles = PARTICLE_VERBS[word];
  if (particles) return particles.includes(words[index + 1]?.word ?? "");
  if (GIVE.has(word)) {
    for (let k = index + 1; k <= index + 4 && k < words.length; k++) {
      if (SAID_NOUNS.test(words[k]!.word)) return true;
    }
  }
  return false;
}

const PUNCTUATION = /^[.,;:!?–]$/;
/** How many words may stand between a party and its verb: "Kommunal har tidigare tagit upp", "VC BUF stämmer in". */
const AFTER_WINDOW = 4;

export interface Speaker {
  orgs: OrgId[];
  /** Where the statement begins: at the party, or at the sentence start when the party follows its verb. */
  start: number;
}

/**
 * The speakers of one sentence, in order. A party speaks when a verb of saying follows it within a few words
 * ("SSR menar", "Kommunal har tidigare tagit upp"), when it directly follows such a verb ("…, menar SSR",
 * "Vidare menar arbetsgivaren") or when it is coordinated with a speaker ("Kommunal och Vision menar").
 */
export function findSpeakers(sentence: string, parties = findParties(sentence)): Speaker[] {
  if (parties.length === 0) return [];
  const words = tokens(sentence);
  const firstWordAt = (offset: number) => {
    let low = 0;
    let high = words.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (words[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const speaking: boolean[] = parties.map(() => false);
  const inverted: boolean[] = parties.map(() => false);
  for (let p = parties.length - 1; p >= 0; p--) {
    const party = parties[p]!;
    const before = firstWordAt(party.start) - 1;
    const after = firstWordAt(party.end);
    const nextParty = parties[p + 1];
    const previousWord = words[before]?.word;
    // "Enligt Vision saknas …": the party's view, from the sentence start.
    if (previousWord === "enligt") {
      speaking[p] = true;
      inverted[p] = true;
      continue;
    }
    // "Representanten för Kommunal framförde …": the party speaks through its representative.
    const representative = previousWord === "för" && REPRESENTATIVE.test(words[before - 1]?.word ?? "");
    if (previousWord === "från") {
      const passive = [words[before - 1], words[after], words[after + 1]].some(
        (token) => token !== undefined && PASSIVE_SAYING.has(token.word),
      );
      if (passive) {
        speaking[p] = true;
        inverted[p] = true;
      }
      continue;
    }
    if (previousWord && OBJECT_PREPOSITIONS.has(previousWord) && !representative) continue;
    if (before >= 0 && isSayingAt(words, before)) {
      speaking[p] = true;
      inverted[p] = true;
      continue;
    }
    if (nextParty && speaking[p + 1]) {
      const between = sentence.slice(party.end, nextParty.start);
      if (/^\s*(?:,|och|samt)\s*$/.test(between) || /^\s*,\s*(?:och|samt)\s*$/.test(between)) {
        speaking[p] = true;
        continue;
      }
    }
    for (let k = after; k < after + AFTER_WINDOW && k < words.length; k++) {
      const token = words[k]!;
      if (PUNCTUATION.test(token.word) || (nextParty && token.start >= nextParty.start)) break;
      if (isSayingAt(words, k)) {
        speaking[p] = true;
        inverted[p] = representative;
        break;
      }
    }
  }
  const speakers: Speaker[] = [];
  for (let p = 0; p < parties.length; p++) {
    if (!speaking[p]) continue;
    const party = parties[p]!;
    const previous = speakers[speakers.length - 1];
    const coordinated =
      previous &&
      p > 0 &&
      speaking[p - 1] &&
      /^\s*(?:,|och|samt|,\s*och)\s*$/.test(sentence.slice(parties[p - 1]!.end, party.start));
    if (coordinated && previous) {
      if (!previous.orgs.includes(party.org)) previous.orgs.push(party.org);
      continue;
    }
    speakers.push({ orgs: [party.org], start: inverted[p] ? 0 : party.start });
  }
  return speakers;
}

/** "SSR: …", "Kommunal tycker …": a paragraph opening with a union is that union's contribution. */
export function openingUnion(paragraph: string, parties = findParties(paragraph)): OrgId | null {
  const first = parties[0];
  if (!first || first.org === EMPLOYER) return null;
  const lead = paragraph.slice(0, first.start);
  if (!/^(?:(?:de|både)\s+)?$/i.test(lead)) return null;
  const rest = paragraph.slice(first.end);
  if (/^\s*[:]\s*\S/.test(rest)) return first.org;
  return /^\s+\p{Ll}/u.test(rest) ? first.org : null;
}
