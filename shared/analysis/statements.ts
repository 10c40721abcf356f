import { EMPLOYER, type OrgId } from "../model/meeting";
import type { SpeakerBlock } from "./blocks";
import { findParties, type PartyMention } from "./parties";
import { splitSentences } from "./sentences";
import { findSpeakers, openingUnion } from "./speakers";
import type { AnalysedDisagreement, AnalysedSection, AnalysedStatement } from "./types";
import { UNIONS_JOINTLY } from "./types";

/**
 * Statements and disagreements of the body paragraphs. A statement runs from where a party starts speaking
 * to where another party starts or the paragraph ends; the same party speaking again in the paragraph
 * continues it ("HR-chef informerar … HR-chef menar …"). In a speaker block ("Fackliga inspel") a paragraph
 * that names no speaker belongs to the block's party.
 */
export interface BodyParagraph {
  index: number;
  text: string;
  section: AnalysedSection | undefined;
  block: SpeakerBlock | null;
}

const DISAGREEMENT =
  /(?<![\p{L}])(?:oenig(?:a|het(?:en)?)?|(?:inte|ej)\s+(?:eniga?|överens)|reserverar\s+sig|reserverade\s+sig|reservation(?:en)?|protokollsanteckning(?:en|ar)?|motsätter\s+sig|(?:ställer|ställde)\s+sig\s+(?:inte|ej)\s+bakom|(?:inte|ej)\s+(?:ställa\s+sig|stå)\s+bakom|står\s+(?:inte|ej)\s+bakom|reservera\s+sig)(?![\p{L}])/iu;
// A cheap test per paragraph before the full pattern runs on each sentence.
const MAY_DISSENT = /enig|överens|reserv|protokollsanteckn|motsätter|bakom/i;
// A reservation or a protocol note records dissent only when a union makes it; "med reservation för att …"
// is a caveat.
const NEEDS_UNION = /^(?:reservation|protokollsanteckning)/i;

function sameOrgs(a: readonly OrgId[], b: readonly OrgId[]): boolean {
  return a.length === b.length && a.every((org) => b.includes(org));
}

function tidy(text: string): string {
  return text
    .replace(/\s+(?:och|samt|men)\s*$/i, "")
    .replace(/[,;]\s*$/, "")
    .trim();
}

export function findStatements(
  paragraphs: readonly BodyParagraph[],
  partiesIn: (text: string) => PartyMention[] = findParties,
): {
  statements: AnalysedStatement[];
  disagreements: AnalysedDisagreement[];
} {
  const statements: AnalysedStatement[] = [];
  const disagreements: AnalysedDisagreement[] = [];
  // A block ends where the other side answers ("Fackliga inspel" … "Arbetsgivaren håller med …").
  const answered = new Set<SpeakerBlock>();
  const isOtherSide = (block: SpeakerBlock, orgs: readonly OrgId[]) =>
    orgs.some((org) => (org === EMPLOYER) !== (block.org === EMPLOYER));
  for (const paragraph of paragraphs) {
    const { text, section } = paragraph;
    const where = {
      ...(section ? { sectionId: section.id, sectionTitle: section.title } : {}),
      paragraph: paragraph.index,
      paragraphText: text,
    };
    let current: { orgs: OrgId[]; start: number } | null = null;
    const emit = (end: number) => {
      if (!current) return;
      const body = tidy(text.slice(current.start, end));
      if (body !== "") for (const org of current.orgs) statements.push({ org, text: body, ...where });
      current = null;
    };
    const paragraphParties = partiesIn(text);
    const mayDissent = MAY_DISSENT.test(text);
    const opening = openingUnion(text, paragraphParties);
    let nextParty = 0;
    for (const sentence of splitSentences(text)) {
      // Parties and sentences are both in text order: one pointer keeps this linear in long paragraphs.
      const end = sentence.start + sentence.text.length;
      while (nextParty < paragraphParties.length && paragraphParties[nextParty]!.start < sentence.start)
        nextParty++;
      const parties: PartyMention[] = [];
      for (let k = nextParty; k < paragraphParties.length && paragraphParties[k]!.start < end; k++) {
        const party = paragraphParties[k]!;
        if (party.end <= end)
          parties.push({ ...party, start: party.start - sentence.start, end: party.end - sentence.start });
      }
      const speakers = findSpeakers(sentence.text, parties);
      if (sentence.start === 0 && opening && !speakers.some((s) => s.start === 0)) {
        speakers.unshift({ orgs: [opening], start: 0 });
      }
      const block = paragraph.block;
      if (block && speakers.some((speaker) => isOtherSide(block, speaker.orgs))) answered.add(block);
      // The block's party speaks only in a paragraph that names no party at all.
      if (sentence.start === 0 && paragraphParties.length === 0 && block && !answered.has(block)) {
        speakers.push({ orgs: [block.org], start: 0 });
      }
      for (const speaker of speakers) {
        const start = sentence.start + speaker.start;
        if (current && sameOrgs(current.orgs, speaker.orgs)) continue;
        emit(start);
        current = { orgs: speaker.orgs, start };
      }
      const marker = mayDissent ? DISAGREEMENT.exec(sentence.text) : null;
      if (marker) {
        const unionSpeakers = speakers.flatMap((s) => s.orgs).filter((org) => org !== EMPLOYER);
        const unionMentions = parties.map((p) => p.org).filter((org) => org !== EMPLOYER);
        const context = (current as { orgs: OrgId[] } | null)?.orgs.filter((org) => org !== EMPLOYER) ?? [];
        const named = unionSpeakers.length > 0 ? unionSpeakers : unionMentions;
        if (!(NEEDS_UNION.test(marker[0]) && named.length === 0 && context.length === 0)) {
          const orgs = [
            ...new Set(named.length > 0 ? named : context.length > 0 ? context : [UNIONS_JOINTLY]),
          ];
          disagreements.push({ orgs, text: sentence.text.trim(), ...where });
        }
      }
    }
    emit(text.length);
  }
  return { statements, disagreements };
}
