import { ACCEPTANCE_STARTS, ANSWER_VERBS, ASKING_VERBS } from "./words/dissent";

const WORD = /[\p{L}\p{N}]+/gu;
const wordsOf = (text: string): string[] => text.toLocaleLowerCase("sv").match(WORD) ?? [];
/** An answer without "nej" refuses nothing: most sentences are passed over before they are cut into words. */
const NEJ = /nej/i;

/**
 * Whether `answer` refuses by a bare "nej" what `question` asks a party to accept: "Ordföranden frågar om
 * Vision kan godta förslaget. Eva Ek svarar nej." (blind 22). The answer alone names no dissent; with the
 * question before it, it is the answering party's refusal.
 */
export function isRefusingAnswer(question: string, answer: string): boolean {
  if (!NEJ.test(answer)) return false;
  const said = wordsOf(answer);
  const verb = said.findIndex((word) => ANSWER_VERBS.includes(word));
  if (verb < 0 || said[verb + 1] !== "nej") return false;
  const asked = wordsOf(question);
  const om = asked.indexOf("om");
  if (om < 1 || !ASKING_VERBS.includes(asked[om - 1]!)) return false;
  return asked.slice(om + 1).some((word) => ACCEPTANCE_STARTS.some((start) => word.startsWith(start)));
}
