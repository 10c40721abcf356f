import { EMPLOYER, type OrgId } from "../model/meeting";
import { blockLabelEnd, type SpeakerBlock } from "./blocks";
import {
  contrastClause,
  type DissentMarker,
  dissentHints,
  findDissent,
  isAgreement,
  isSupport,
  quotedDissentStart,
  tellsDissentElsewhere,
} from "./dissent";
import { isRefusingAnswer } from "./dissent-answer";
import { backgroundOfItem, pointsAtEarlierMinutes } from "./dissent-placed";
import { isDeliberatelyEmpty } from "./headings";
import { findParties, type PartyMention } from "./parties";
import { type Sentence, splitSentences } from "./sentences";
import { findSpeakers, openingParty, opensWithLabel, quotedRecordStart, type Speaker } from "./speakers";
import type { AnalysedDisagreement, AnalysedSection, AnalysedStatement } from "./types";
import { UNIONS_JOINTLY } from "./types";
import {
  AGENT_REACH,
  CONCERN_DETERMINERS,
  DISSENT_STATE,
  DISSENT_WITH,
  PASSIVE_AGENT,
  SHARED_CONCERNS,
  VIEW_OWNER_REACH,
} from "./words/dissent";
import { TO_MEMBERS } from "./words/saying";

/**
 * Statements and disagreements of the body paragraphs. A statement is the run of one party within one
 * paragraph: from the sentence where it starts speaking to where another party starts or the paragraph ends;
 * the same party speaking again continues it. Words referring back ("förbundet", "de", "hon") take the party
 * named before them in the same item, never across an item. In a speaker block ("Fackliga inspel") a
 * paragraph that names no party belongs to the block's party.
 */
export interface BodyParagraph {
  index: number;
  text: string;
  section: AnalysedSection | undefined;
  block: SpeakerBlock | null;
  /** How many crossheads of a press article stand above it: a reference does not reach across one. */
  passage?: number;
}

const isUnion = (org: OrgId) => org !== EMPLOYER;
const QUOTE = /["”“]/g;

/** A run cut where the next speaker starts may end on "och", "samt", "men" or a comma: those go. */
const TRAILING_JOIN = /\s+(?:och|samt|men)$/i;
const TRAILING_MARK = /[,;]$/;
/** The patterns look at the end only: anchored at the end, a pattern still tries every start of its input. */
const TAIL = 8;

function cutEnd(text: string, pattern: RegExp): string {
  const tail = text.slice(-TAIL);
  const match = pattern.exec(tail);
  return match ? text.slice(0, text.length - tail.length + match.index).trimEnd() : text;
}

function tidy(text: string): string {
  return cutEnd(cutEnd(text.trimEnd(), TRAILING_JOIN), TRAILING_MARK).trim();
}

/** What the item has named so far, for words referring back. */
interface ItemMemory {
  section: string | undefined;
  passage: number | undefined;
  /** The unions that spoke (or were named) last. */
  unions: OrgId[];
  /** The party that spoke last, whoever it was. */
  speaker: OrgId[];
}

/**
 * Gives a word referring back the party it stands for: a union named earlier in the same sentence, else the
 * one the item named last ("Enligt Fysioterapeuterna … och förbundet har inga synpunkter"); else, for
 * "förbundet" in a kommunalförbund's minutes, the employer, in a union's own report the union. Drops it when
 * none is known.
 */
function resolveReferences(
  parties: readonly PartyMention[],
  memory: ItemMemory,
  employerIsForbund: boolean,
  author: OrgId | null,
): PartyMention[] {
  const resolved: PartyMention[] = [];
  for (const party of parties) {
    if (!party.reference) {
      resolved.push(party);
      continue;
    }
    const earlier = resolved.filter((p) => !p.genitive && isUnion(p.org)).at(-1);
    if (earlier && party.reference !== "person") {
      resolved.push({ ...party, org: earlier.org, ...(earlier.members ? { members: earlier.members } : {}) });
      continue;
    }
    // "förbundet" with no union named before it: in a kommunalförbund's minutes the employer, in a union's own
    // report the union.
    const unnamedForbund = party.reference === "union" && memory.unions.length === 0;
    if (unnamedForbund && (employerIsForbund || (author !== null && party.ownName))) {
      resolved.push({ ...party, org: employerIsForbund ? EMPLOYER : author! });
      continue;
    }
    const orgs =
      party.reference === "union"
        ? memory.unions.length === 1
          ? memory.unions
          : []
        : party.reference === "plural"
          ? memory.unions
          : memory.speaker.length === 1
            ? memory.speaker
            : [];
    if (orgs.length === 0) continue;
    resolved.push({ ...party, org: orgs[0]!, ...(orgs.length > 1 ? { members: [...orgs] } : {}) });
  }
  return resolved;
}

/** "”Det är bra. Vi stöttar det”, sa Lars Ek": a quote attributed at its end starts where the quote opens. */
function quoteStart(paragraph: string, sentenceStart: number, sentence: string): number {
  if (/^[–-]\s/.test(paragraph)) return 0;
  if ((sentence.match(QUOTE)?.length ?? 0) % 2 === 0) return sentenceStart;
  const opening = Math.max(
    paragraph.lastIndexOf("”", sentenceStart),
    paragraph.lastIndexOf('"', sentenceStart),
    paragraph.lastIndexOf("“", sentenceStart),
  );
  return opening >= 0 ? opening : sentenceStart;
}

/**
 * The unions a sentence of dissent is about: the subject of the clause that dissents ("Arbetsgivaren
 * konstaterar att Vision är oenig"), else its speakers, else the unions it names, else its paragraph's
 * outside the sentences that record agreement ("Med Kommunal avslutas förhandlingen i enighet").
 */
function dissentingUnions(
  clause: readonly OrgId[],
  speakers: readonly Speaker[],
  sentenceParties: readonly PartyMention[],
  paragraphParties: readonly PartyMention[],
  running: readonly OrgId[],
  agreeingIn: () => ReadonlySet<PartyMention>,
  firstPerson: OrgId | null,
): OrgId[] {
  const unions = (orgs: OrgId[]) => [...new Set(orgs.filter(isUnion))];
  const named = (parties: readonly PartyMention[]) => unions(parties.flatMap((p) => p.members ?? [p.org]));
  // In order, each read only when those before it name no union.
  const candidates = [
    () => unions([...clause]),
    () => unions(speakers.flatMap((speaker) => speaker.orgs)),
    () => named(sentenceParties),
    // "Kommunen är inte överens med oss": in a union's own report its first person is the dissenting side.
    () => (firstPerson ? [firstPerson] : []),
    () => {
      const agreeing = agreeingIn();
      return named(paragraphParties.filter((p) => !p.reference && !agreeing.has(p)));
    },
    () => unions([...running]),
  ];
  for (const candidate of candidates) {
    const orgs = candidate();
    if (orgs.length > 0) return orgs;
  }
  return [];
}

/** The unions named between a clause's "att" and the dissent in it: "… att Vision och SSR är oeniga". */
function clauseSubject(sentence: string, marker: number, parties: readonly PartyMention[]): OrgId[] {
  const clause = sentence.slice(0, marker).search(/\batt\s+[^,]*$/);
  if (clause < 0) return [];
  return parties
    .filter((p) => p.start >= clause && p.end <= marker && !p.genitive && isUnion(p.org))
    .flatMap((p) => p.members ?? [p.org]);
}

/** The unions named in a dissent's own clause, where the sentence contrasts clauses; else none. */
function contrastedUnions(
  sentence: string,
  marker: DissentMarker,
  parties: readonly PartyMention[],
): OrgId[] {
  const own = contrastClause(sentence, marker.index, marker.index + marker.text.length);
  if (own.start === 0 && own.end === sentence.length) return [];
  return parties
    .filter((p) => p.start >= own.start && p.end <= own.end && !p.genitive && !p.reference && isUnion(p.org))
    .flatMap((p) => p.members ?? [p.org]);
}

const WITH = new RegExp(DISSENT_WITH, "iu");
const LIST_GAP = /^\s*(?:,|och|samt)\s*$/;
/** How far before a party "i oenighet med" is looked for. */
const WITH_REACH = 40;

/** The unions named right after "i oenighet med", "inte överens med": "… i oenighet med Seko och ST". */
function unionsDissentingWith(sentence: string, parties: readonly PartyMention[]): OrgId[] {
  const unions: OrgId[] = [];
  let chained = false;
  let last = 0;
  for (const party of parties) {
    const after = WITH.test(sentence.slice(Math.max(0, party.start - WITH_REACH), party.start));
    chained = after || (chained && LIST_GAP.test(sentence.slice(last, party.start)));
    if (chained && isUnion(party.org) && !party.genitive) unions.push(...(party.members ?? [party.org]));
    last = party.end;
  }
  return [...new Set(unions)];
}

/** Whether one of a sentence's speakers is the party (a sentence has a speaker or two: no set is built). */
const speaks = (speakers: readonly Speaker[], org: OrgId) =>
  speakers.some((speaker) => speaker.orgs.includes(org));

/** The state of reading one paragraph: who is speaking since where, and the runs that have ended. */
class Runs {
  private readonly running = new Map<OrgId, number>();
  private readonly ended: { org: OrgId; start: number; end: number }[] = [];

  orgs(): OrgId[] {
    return [...this.running.keys()];
  }

  /**
   * A sentence's speakers: those not yet speaking start (at the sentence, or where their quote opens),
   * the others stop where the first of them starts.
   */
  take(speakers: readonly Speaker[], paragraph: string, sentence: Sentence): void {
    const fresh = speakers.filter((speaker) => speaker.orgs.some((org) => !this.running.has(org)));
    // "Seko och Unionen välkomnade … Ali Berg (Seko) framhöll …": one of a joint subject speaking on alone
    // ends the other's statement.
    if (fresh.length === 0) {
      for (const org of this.orgs()) if (!speaks(speakers, org)) this.end(org, sentence.start);
      return;
    }
    const starts = fresh.map((speaker) =>
      speaker.inverted
        ? quoteStart(paragraph, sentence.start, sentence.text)
        : sentence.start + speaker.start,
    );
    const takeover = Math.max(sentence.start, Math.min(...starts));
    for (const org of this.orgs()) if (!speaks(speakers, org)) this.end(org, takeover);
    fresh.forEach((speaker, i) => {
      for (const org of speaker.orgs) if (!this.running.has(org)) this.running.set(org, starts[i]!);
    });
  }

  private end(org: OrgId, at: number): void {
    this.ended.push({ org, start: this.running.get(org)!, end: at });
    this.running.delete(org);
  }

  /** After `close`: the union whose run holds the offset, if one does ("– … vi inte …, säger hon"). */
  unionAt(at: number): OrgId | undefined {
    return this.ended.find(
      (run) => run.start <= at && at < run.end && isUnion(run.org) && run.org !== UNIONS_JOINTLY,
    )?.org;
  }

  /** The paragraph's statements, in order: every run still going ends with it. */
  close(paragraph: string): { org: OrgId; text: string }[] {
    for (const org of this.orgs()) this.end(org, paragraph.length);
    this.ended.sort((a, b) => a.start - b.start);
    return this.ended
      .map((run) => ({ org: run.org, text: tidy(paragraph.slice(run.start, run.end)) }))
      .filter((run) => run.text !== "");
  }
}

/** The parties of one sentence, with offsets into it, from the paragraph's (both in text order). */
function partiesOfSentence(all: readonly PartyMention[], from: number, sentence: Sentence): PartyMention[] {
  const end = sentence.start + sentence.text.length;
  const inSentence: PartyMention[] = [];
  for (let k = from; k < all.length && all[k]!.start < end; k++) {
    const party = all[k]!;
    if (party.end > end) continue;
    // The first sentence has the paragraph's offsets: its parties need no copy.
    inSentence.push(
      sentence.start === 0
        ? party
        : { ...party, start: party.start - sentence.start, end: party.end - sentence.start },
    );
  }
  return inSentence;
}

/** The item's memory after a sentence: the unions that spoke (else were named) and the last speaker. */
function remember(memory: ItemMemory, speakers: readonly Speaker[], parties: readonly PartyMention[]): void {
  // Plain loops: this runs for every sentence naming a party, and flatMap is slow in V8.
  const speaking = new Set<OrgId>();
  for (const speaker of speakers) for (const org of speaker.orgs) if (isUnion(org)) speaking.add(org);
  if (speaking.size > 0) memory.unions = [...speaking];
  else {
    const named = new Set<OrgId>();
    for (const p of parties)
      if (!p.genitive && isUnion(p.org)) for (const org of p.members ?? [p.org]) named.add(org);
    if (named.size > 0) memory.unions = [...named];
  }
  const last = speakers[speakers.length - 1];
  if (last) memory.speaker = last.orgs;
}

/**
 * What a union's report says to its members ("hör av dig", "Här är det viktigaste …"): no statement. Read
 * before the first "att": "Vi påminde om att du kan höra av dig" is what the union said.
 */
const TO_MEMBERS_PATTERN = new RegExp(TO_MEMBERS, "i");
const isToMembers = (sentence: string) => TO_MEMBERS_PATTERN.test(sentence.split(/\satt\s/, 1)[0]!);

export function findStatements(
  paragraphs: readonly BodyParagraph[],
  partiesIn: (text: string) => PartyMention[] = findParties,
  employerIsForbund = false,
  author: OrgId | null = null,
): { statements: AnalysedStatement[]; disagreements: AnalysedDisagreement[] } {
  const statements: AnalysedStatement[] = [];
  const disagreements: AnalysedDisagreement[] = [];
  // A block ends where the other side answers ("Fackliga inspel" … "Arbetsgivaren håller med …").
  const answered = new Set<SpeakerBlock>();
  const isOtherSide = (block: SpeakerBlock, orgs: readonly OrgId[]) =>
    orgs.some((org) => (org === EMPLOYER) !== (block.org === EMPLOYER));
  const memory: ItemMemory = { section: undefined, passage: undefined, unions: [], speaker: [] };
  const unnamed: [AnalysedDisagreement, number][] = [];
  // Whether an item's heading makes its dissent background, read once per item and only where dissent may be.
  const backgrounds = new Map<string, ReturnType<typeof backgroundOfItem>>();
  const backgroundOf = (section: AnalysedSection | undefined) => {
    if (section === undefined) return null;
    const known = backgrounds.get(section.id);
    if (known !== undefined) return known;
    const background = backgroundOfItem(section.title);
    backgrounds.set(section.id, background);
    return background;
  };
  for (const paragraph of paragraphs) {
    const { section, block, passage } = paragraph;
    const { text, allParties } = ownText(paragraph.text, partiesIn);
    if (memory.section !== section?.id || memory.passage !== passage)
      Object.assign(memory, { section: section?.id, passage, unions: [], speaker: [] });
    const voice = voiceOf(text, allParties, author);
    const hints = dissentHints(text);
    const dissentHere = hints.length > 0;
    const opening = openingParty(text, allParties, dissentHere);
    // The block's party speaks in a paragraph that names no party, or opens in its own voice ("Vi kan inte …").
    const blockSpeaks = block !== null && opensUnnamed(text, allParties) && !answered.has(block);
    // A paragraph naming no party, in no speaking block and without dissent has nothing to read.
    if (allParties.length === 0 && !blockSpeaks && !dissentHere) continue;
    const where = placeOf(paragraph);
    const runs = new Runs();
    let agreeing: (() => ReadonlySet<PartyMention>) | undefined;
    let nextParty = 0;
    const ofParagraph: AnalysedDisagreement[] = [];
    let previous = "";
    for (const sentence of splitSentences(text)) {
      const question = previous;
      previous = sentence.text;
      while (nextParty < allParties.length && allParties[nextParty]!.start < sentence.start) nextParty++;
      const inSentence = partiesOfSentence(allParties, nextParty, sentence);
      const parties =
        inSentence.length > 0 ? resolveReferences(inSentence, memory, employerIsForbund, author) : [];
      // The writer's words to the members name the union as "vi" without it speaking: nobody to refer back to.
      const toMembers = author !== null && isToMembers(sentence.text);
      const speakers =
        parties.length > 0 && !toMembers
          ? findSpeakers(
              sentence.text,
              parties,
              sentence.start === 0 ? parties[0]?.org === opening : opensWithLabel(sentence.text, parties),
            )
          : [];
      const end = sentence.start + sentence.text.length;
      const hinted = dissentHere && hints.some((at) => at >= sentence.start && at < end);
      if (hinted) withoutEmployerBesideUnion(sentence.text, speakers, firstPersonOf(sentence.text, voice));
      // "Där anmälde Vision oenighet …": background of another forum, nobody speaking here.
      if (hinted && tellsDissentElsewhere(sentence.text)) speakers.length = 0;
      if (block && speakers.some((speaker) => isOtherSide(block, speaker.orgs))) answered.add(block);
      if (blockSpeaks && sentence.start === 0 && !(dissentHere && isAgreement(sentence.text))) {
        speakers.push({ orgs: [block.org], start: 0, inverted: false });
      }
      if (speakers.length > 0) runs.take(speakers, text, sentence);
      if (!toMembers && (speakers.length > 0 || parties.length > 0)) remember(memory, speakers, parties);
      let found: ReturnType<typeof dissentOf> = null;
      const background = hinted ? backgroundOf(section) : null;
      const localItem =
        background === "item" || (background === "minutes" && pointsAtEarlierMinutes(sentence.text));
      if (hinted && !localItem) {
        agreeing ??= agreementOf(text, allParties);
        found = dissentOf(sentence.text, { parties, speakers, allParties, runs, agreeing, author: voice });
      }
      // "… frågar om Vision kan godta förslaget. Eva Ek svarar nej.": the answering union refuses.
      if (!found && hinted && !localItem && isRefusingAnswer(question, sentence.text)) {
        const union = speakers.flatMap((speaker) => speaker.orgs).find(isUnion);
        if (union) found = { orgs: [union] };
      }
      if (!found) continue;
      // "Av protokollet framgår följande: ”Seko reserverade sig …”": the record from where its quote opens.
      const quote = parties.length > 0 ? quotedRecordStart(sentence.text, parties[0]!.start) : 0;
      const disagreement = { orgs: found.orgs, text: sentence.text.slice(quote).trim(), ...where };
      disagreements.push(disagreement);
      ofParagraph.push(disagreement);
      // A note quoting its own dissent ("… protokollsanteckning: ”Seko står inte bakom …”") records it twice.
      const quoted = quote === 0 ? quotedDissentStart(sentence.text) : -1;
      if (quoted > 0) {
        const inWords = { orgs: found.orgs, text: sentence.text.slice(quoted).trim(), ...where };
        disagreements.push(inWords);
        ofParagraph.push(inWords);
      }
      if (found.orgs[0] === UNIONS_JOINTLY && parties.length === 0)
        unnamed.push([disagreement, sentence.start]);
    }
    const closed = runs.close(text);
    // Not `{ ...run, ...where }`: V8 copies a second spread into the literal on its slow path, the costliest line here.
    for (const run of closed) statements.push(Object.assign({ org: run.org, text: run.text }, where));
    // Dissent naming no union inside a quote whose speaker is named at its end: the speaker's union.
    for (const [disagreement, at] of unnamed) {
      const union = runs.unionAt(at);
      if (union) disagreement.orgs = [union];
    }
    unnamed.length = 0;
    // "– Vi kan inte ställa oss bakom …, säger hon": dissent still unnamed is the one union speaking here.
    const speaking = [...new Set(closed.map((run) => run.org))];
    if (speaking.length === 1 && isUnion(speaking[0]!) && speaking[0] !== UNIONS_JOINTLY) {
      for (const d of ofParagraph)
        if (d.orgs.length === 1 && d.orgs[0] === UNIONS_JOINTLY) d.orgs = [...speaking];
    }
  }
  return { statements, disagreements };
}

const FIRST_PERSON = /(?:^|[^a-zåäö])(?:vi|oss|vår|vårt|våra)(?![a-zåäö])/i;
/** The first person the party scan reads as the report's union ("oss" it does not read). */
const AUTHOR_WORDS = /(?:^|[^a-zåäö])(?:vi|vår|vårt|våra)(?![a-zåäö])/i;

/** The union a sentence of its own report speaks for as "vi"/"oss", or null. */
const firstPersonOf = (sentence: string, author: OrgId | null) =>
  author !== null && FIRST_PERSON.test(sentence) ? author : null;

/**
 * The report's union as the voice of a paragraph's first person, or null where that is another's: in a quote
 * attributed to another party ("– Vi ställer oss inte bakom det. Medlemmarna …, säger Kommunals ordförande")
 * the party scan gave "vi" no party, so neither may the dissent of its sentences.
 */
function voiceOf(text: string, parties: readonly PartyMention[], author: OrgId | null): OrgId | null {
  if (author === null) return null;
  const quotedOther = AUTHOR_WORDS.test(text) && !parties.some((party) => party.org === author);
  return quotedOther ? null : author;
}

/**
 * "Seko och arbetsgivaren är inte överens": with a union as one subject of dissent, the employer is the other
 * side of it, not a speaker; so too in a union's report where the union is "oss" ("Kommunen är inte överens med
 * oss"), where the dissent is a state, not the employer's act.
 */
function withoutEmployerBesideUnion(sentence: string, speakers: Speaker[], firstPerson: OrgId | null): void {
  if (firstPerson && speakers.every((speaker) => speaker.orgs.every((org) => org === EMPLOYER))) {
    const marker = findDissent(sentence);
    if (marker && STATE.test(marker.text)) speakers.length = 0;
    return;
  }
  for (const speaker of speakers) {
    if (speaker.orgs.length < 2 || !speaker.orgs.includes(EMPLOYER) || !speaker.orgs.some(isUnion)) continue;
    if (findDissent(sentence)) speaker.orgs.splice(speaker.orgs.indexOf(EMPLOYER), 1);
  }
}

/** Whether the paragraph names no party, or its first sentence names none and speaks as "vi". */
function opensUnnamed(text: string, parties: readonly PartyMention[]): boolean {
  if (parties.length === 0) return true;
  const first = splitSentences(text.slice(0, parties[0]!.start + 1))[0];
  return (
    first !== undefined &&
    first.start + first.text.length <= parties[0]!.start &&
    FIRST_PERSON.test(first.text)
  );
}

/**
 * The paragraph's parties of agreement or support, read once when dissent first asks. Made only for a paragraph
 * with dissent: a named closure per paragraph costs its naming under tsx (`__name`) on every paragraph.
 */
function agreementOf(text: string, parties: readonly PartyMention[]): () => ReadonlySet<PartyMention> {
  let agreeing: Set<PartyMention> | undefined;
  return () => (agreeing ??= partiesAgreeing(text, parties));
}

/** The parties named in the paragraph's sentences of agreement or support (read only when dissent asks). */
function partiesAgreeing(text: string, parties: readonly PartyMention[]): Set<PartyMention> {
  const agreeing = new Set<PartyMention>();
  for (const sentence of splitSentences(text)) {
    const end = sentence.start + sentence.text.length;
    const inside = parties.filter((p) => p.start >= sentence.start && p.start < end);
    if (inside.length > 0 && isSupport(sentence.text)) for (const p of inside) agreeing.add(p);
  }
  return agreeing;
}

/**
 * "Fackliga synpunkter: Kommunal delar inte …": where a paragraph opens with a block's label and then names
 * its party, the party speaks from its own words, not the label's; otherwise the label is the speaker's.
 */
function ownText(
  paragraph: string,
  partiesIn: (text: string) => PartyMention[],
): { text: string; allParties: PartyMention[] } {
  const from = blockLabelEnd(paragraph);
  // "Arbetsgivarens inspel: Inga.": the block's label over nothing said.
  if (from > 0 && isDeliberatelyEmpty(paragraph.slice(from))) return { text: "", allParties: [] };
  if (from > 0) {
    const text = paragraph.slice(from);
    const allParties = partiesIn(text);
    if (allParties.some((party) => !party.reference)) return { text, allParties };
  }
  return { text: paragraph, allParties: partiesIn(paragraph) };
}

/** Where a finding stands: its item and paragraph (built only for paragraphs that are read). */
function placeOf({ section, index, text }: BodyParagraph) {
  return section
    ? { sectionId: section.id, sectionTitle: section.title, paragraph: index, paragraphText: text }
    : { paragraph: index, paragraphText: text };
}

/**
 * The unions a sentence records dissent for ("fackliga" when it names none), or null when it records none.
 * Called only for sentences the paragraph's `dissentHints` point into.
 */
function dissentOf(
  sentence: string,
  read: {
    parties: PartyMention[];
    speakers: Speaker[];
    allParties: PartyMention[];
    runs: Runs;
    agreeing: () => ReadonlySet<PartyMention>;
    author: OrgId | null;
  },
): { orgs: OrgId[] } | null {
  const marker = findDissent(sentence);
  if (!marker) return null;
  const { parties, speakers, allParties, runs } = read;
  if (marker.sharesView && isAnotherUnionsView(marker.index + marker.text.length, parties)) return null;
  if (marker.sharesView && isSharedConcern(sentence.slice(marker.index + marker.text.length))) return null;
  if (isEmployersAct(marker, parties)) return null;
  // "– Men vi står fast vid att förändringen behövs, säger hon" (the employer's): a view is held by who holds it.
  if (marker.restates && speakers.length > 0 && !speakers.some((s) => s.orgs.some(isUnion))) return null;
  if (marker.needsAgent && !parties.some((party) => isUnion(party.org) && !party.genitive)) return null;
  if (PASSIVE_AGENT.test(marker.text)) return agentOf(marker.index + marker.text.length, parties);
  const recordedWith = unionsDissentingWith(sentence, parties);
  const subject = clauseSubject(sentence, marker.index, parties);
  // "Vision tillstyrker förslaget men Kommunal avstyrker": the unions of the dissent's own clause.
  const clause = subject.length > 0 ? subject : contrastedUnions(sentence, marker, parties);
  const orgs =
    recordedWith.length > 0
      ? recordedWith
      : dissentingUnions(
          clause,
          speakers,
          parties,
          allParties,
          runs.orgs(),
          read.agreeing,
          firstPersonOf(sentence, read.author),
        );
  if (marker.needsUnion && orgs.length === 0) return null;
  return { orgs: orgs.length > 0 ? orgs : [UNIONS_JOINTLY] };
}

const STATE = new RegExp(DISSENT_STATE, "i");

/** "Förslaget accepteras inte av Vision": the union right after "av" dissents; no union, no dissent. */
function agentOf(after: number, parties: readonly PartyMention[]): { orgs: OrgId[] } | null {
  const agent = parties.find((party) => party.start >= after);
  if (!agent || agent.start - after > AGENT_REACH || !isUnion(agent.org)) return null;
  return { orgs: agent.members ?? [agent.org] };
}

/**
 * "Arbetsgivarparten … avvisar förslaget", "HR-chefen avstyrker förbundens förslag": an act of dissent whose
 * only party before it is the employer, in a sentence naming no union, is the employer's, no union's.
 */
function isEmployersAct(marker: DissentMarker, parties: readonly PartyMention[]): boolean {
  if (STATE.test(marker.text)) return false;
  let employerBefore = false;
  for (const party of parties) {
    if (isUnion(party.org) && !party.genitive) return false;
    if (party.org === EMPLOYER && party.start < marker.index) employerBefore = true;
  }
  return employerBefore;
}

/** "Kommunal delar inte oron", "delar inte Visions farhågor": a concern not shared, the object right after. */
function isSharedConcern(after: string): boolean {
  const words =
    after
      .slice(0, CONCERN_REACH)
      .toLowerCase()
      .match(/[\p{L}]+/gu) ?? [];
  let at = 0;
  while (at < words.length && CONCERN_DETERMINERS.includes(words[at]!)) at++;
  // A genitive owner before the concern: "Visions oro", "förbundens farhågor".
  if (words[at]?.endsWith("s") && SHARED_CONCERNS.includes(words[at + 1] ?? "")) return true;
  return SHARED_CONCERNS.includes(words[at] ?? "");
}
const CONCERN_REACH = 60;

/** "Ledarna delar inte Fastighets bedömning": the view not shared, right after the denial, is a union's. */
function isAnotherUnionsView(after: number, parties: readonly PartyMention[]): boolean {
  const owner = parties.find((party) => party.start >= after);
  return owner !== undefined && owner.start - after <= VIEW_OWNER_REACH && isUnion(owner.org);
}
