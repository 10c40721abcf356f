import type { FoundDnr } from "../dnr";

/**
 * The case numbers of a field whose name says it holds them ("caseNumber", "diarienummer", "arendenummer"),
 * read by shape where no family of `dnr.ts` knows the registry's form ("26RK12", "RS.0412.25"): each listed
 * value with a digit and a letter or separator in it. A database key ("48211"), a date, a file's name or a
 * word ("saknas") is none.
 */
const CASE_TOKEN = /^(?=[^\d]*\d)(?=.*[\p{L}/.:-])[\p{L}\d][\p{L}\d/.:-]{2,29}$/u;
const DATE = /^(?:19|20)\d{2}-\d{2}-\d{2}/;
const FILE = /\.[A-Za-z]{2,4}$/;
// Between the values of one field: "A, B", "A; B", "A och B".
const SEPARATOR = /\s*[,;]\s*|\s+(?:och|samt)\s+/u;

export function namedFieldDnr(text: string): FoundDnr[] {
  const found: FoundDnr[] = [];
  let from = 0;
  for (const token of text.trim().slice(0, 400).split(SEPARATOR)) {
    const start = text.indexOf(token, from);
    from = start + token.length;
    if (!CASE_TOKEN.test(token) || DATE.test(token) || FILE.test(token)) continue;
    found.push({
      dnr: token,
      family: "bare",
      prefix: /^\p{Lu}+/u.exec(token)?.[0] ?? null,
      foreign: false,
      referred: false,
      labelled: true,
      start,
      end: from,
    });
  }
  return found;
}
