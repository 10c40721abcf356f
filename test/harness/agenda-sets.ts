import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { agendaFromFile } from "../../shared/cli/agenda";
import type { Agenda } from "../../shared/model/meeting";
import {
  type AgendaKey,
  type AgendaScore,
  addCounts,
  type Count,
  f1,
  precision,
  recall,
  scoreAgenda,
} from "./agenda-scoring";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/agenda");

/**
 * The keyed agenda sets: in-sample (the fixture set), the blind sets 1 to 8 (each measured blind, then read
 * and in-sample: blind2 and blind3 since issue 13's fourth round, blind4 since its fifth, blind5 since its
 * sixth, blind6 since its seventh, blind7 since its eighth, blind8 since its ninth), and the held-out set
 * (scored once at the end of issue 13's second round, read and in-sample since its third). blind9 to
 * blind15 are read by the tenth to fifteenth rounds and in-sample since; blind16 and blind17 (scored before and
 * after the fifteenth) are read by the sixteenth; blind18 (scored before and after the sixteenth) by the
 * seventeenth; blind19 (scored before and after the seventeenth) by the eighteenth; blind20 and blind21 by the nineteenth; blind22 by the
 * twentieth; blind23 by the
 * twenty-first; blind24 by the
 * twenty-second; blind25 by the
 * twenty-third; blind26 by the twenty-fourth; blind27 and blind28 by the twenty-fifth; blind29 and blind30 by the twenty-sixth; blind31 and blind32 by the twenty-seventh; blind33 and blind34 by the twenty-eighth; blind35, blind36 and blind37 (scored before and after the twenty-seventh, not read) by the twenty-eighth of 2026-12-03; blind38 to blind41 are scored by the lead only.
 */
export const AGENDA_SETS = {
  fixtures: ["set-web", "set-documents", "set-round4"],
  blind: ["blind"],
  blind2: ["blind2"],
  blind3: ["blind3"],
  blind4: ["blind4"],
  blind5: ["blind5"],
  blind6: ["blind6"],
  blind7: ["blind7"],
  blind8: ["blind8"],
  blind9: ["blind9"],
  blind10: ["blind10"],
  blind11: ["blind11"],
  blind12: ["blind12"],
  blind13: ["blind13"],
  blind14: ["blind14"],
  blind15: ["blind15"],
  blind16: ["blind16"],
  blind17: ["blind17"],
  blind18: ["blind18"],
  blind19: ["blind19"],
  blind20: ["blind20"],
  blind21: ["blind21"],
  blind22: ["blind22"],
  blind23: ["blind23"],
  blind24: ["blind24"],
  blind25: ["blind25"],
  blind26: ["blind26"],
  blind27: ["blind27"],
  blind28: ["blind28"],
  blind29: ["blind29"],
  blind30: ["blind30"],
  blind31: ["blind31"],
  blind32: ["blind32"],
  blind33: ["blind33"],
  blind34: ["blind34"],
  blind35: ["blind35"],
  blind36: ["blind36"],
  blind37: ["blind37"],
  blind38: ["blind38"],
  blind39: ["blind39"],
  blind40: ["blind40"],
  blind41: ["blind41"],
  holdout: ["holdout"],
} as const;

export interface ScoredDocument {
  folder: string;
  key: AgendaKey;
  score: AgendaScore;
  /** The Swedish refusal, when the product could not read the document at all. */
  refused: string | null;
}

/** Reads every document of the folders as the CLI does, and scores it against its key. */
export async function scoreFolders(folders: readonly string[]): Promise<ScoredDocument[]> {
  const out: ScoredDocument[] = [];
  for (const folder of folders) {
    const dir = join(FIXTURES, folder);
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith(".key.json"))
      .sort()) {
      const key = JSON.parse(readFileSync(join(dir, name), "utf8")) as AgendaKey;
      let agenda: Agenda = { items: [], committee: null, meetingDate: null };
      let refused: string | null = null;
      try {
        agenda = await agendaFromFile(join(dir, key.source), key.url);
      } catch (error) {
        refused = error instanceof Error ? error.message : String(error);
      }
      out.push({ folder, key, score: scoreAgenda(agenda, key), refused });
    }
  }
  return out;
}

export interface Totals {
  documents: number;
  items: Count;
  dnr: Count;
  classRight: number;
  proceduralRight: number;
  committeeRight: number;
  dateRight: number;
}

export function totals(documents: readonly ScoredDocument[]): Totals {
  const zero: Count = { expected: 0, found: 0, matched: 0 };
  return documents.reduce<Totals>(
    (sum, { score }) => ({
      documents: sum.documents + 1,
      items: addCounts(sum.items, score.items),
      dnr: addCounts(sum.dnr, score.dnr),
      classRight: sum.classRight + score.classRight,
      proceduralRight: sum.proceduralRight + score.proceduralRight,
      committeeRight: sum.committeeRight + (score.committeeRight ? 1 : 0),
      dateRight: sum.dateRight + (score.dateRight ? 1 : 0),
    }),
    {
      documents: 0,
      items: zero,
      dnr: zero,
      classRight: 0,
      proceduralRight: 0,
      committeeRight: 0,
      dateRight: 0,
    },
  );
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** One row of the printed tables. */
export function row(t: Totals) {
  return {
    docs: t.documents,
    "items P": round(precision(t.items)),
    "items R": round(recall(t.items)),
    "items F1": round(f1(t.items)),
    "dnr P": round(precision(t.dnr)),
    "dnr R": round(recall(t.dnr)),
    "dnr F1": round(f1(t.dnr)),
    class: t.items.matched ? round(t.classRight / t.items.matched) : 1,
    procedural: t.items.matched ? round(t.proceduralRight / t.items.matched) : 1,
    committee: `${t.committeeRight}/${t.documents}`,
    date: `${t.dateRight}/${t.documents}`,
  };
}

/** Totals per test class a document's key lists (a document counts under each of its classes). */
export function perClass(documents: readonly ScoredDocument[]): Record<string, Totals> {
  const classes = [...new Set(documents.flatMap((doc) => doc.key.classes))].sort();
  return Object.fromEntries(
    classes.map((name) => [name, totals(documents.filter((doc) => doc.key.classes.includes(name)))]),
  );
}

/** Totals per document format (html, text, pdf, docx, json), the split issue 13's targets are set in. */
export function perFormat(documents: readonly ScoredDocument[]): Record<string, Totals> {
  const formats = [...new Set(documents.map((doc) => doc.key.format))].sort();
  return Object.fromEntries(
    formats.map((name) => [name, totals(documents.filter((doc) => doc.key.format === name))]),
  );
}
