import { describe, expect, it } from "vitest";
import { hasExamples } from "../../test/harness/examples";
import { type Kind, type KindScore, precision, recall } from "../../test/harness/minutes-scoring";
import {
  KINDS,
  type MinutesSetName,
  minutesSet,
  minutesTotals,
  scoreMinutes,
} from "../../test/harness/minutes-sets";

// The analysis against the hand-written keys, per set and never mixed: in-sample (the public examples when
// they are beside the clone, and the invented minutes the rules were written from) and blind (written and
// keyed by a helper that had not read the analysis; see test/fixtures/answers/README.md for when it was
// looked at). The third blind set and the held-out set were read after they were scored (round 2): they are
// in-sample now, held to what the rules reach on them; so is the fourth blind set since round 3 and the fifth
// since round 4, the sixth since round 5, the seventh since round 6, the eighth since round 7, the ninth
// since round 8, the tenth since round 9 and the eleventh since round 10 (issue 12), the later ones since the
// round that read them (blinds 15, 17 and 18 held at the end of this file since round 15, blind 19 since round
// 16). The newest blind set is scored by the lead only.
if (!hasExamples)
  console.info("accuracy: in-sample without the public examples (../shared/examples/minutes is not here)");
const round = (value: number) => Math.round(value * 1000) / 1000;

function scored(name: MinutesSetName) {
  const files = scoreMinutes(minutesSet(name));
  return { files, totals: minutesTotals(files) };
}

function table(name: string, { files, totals }: ReturnType<typeof scored>) {
  console.info(`minutes analysis, ${name} (${files.length} texts)`);
  console.table(
    Object.fromEntries(
      KINDS.map((kind: Kind) => {
        const s: KindScore = totals[kind];
        return [
          kind,
          {
            expected: s.expected,
            found: s.found,
            matched: s.matched,
            precision: round(precision(s)),
            recall: round(recall(s)),
            "placed right": round(s.matched === 0 ? 1 : s.placed / s.matched),
          },
        ];
      }),
    ),
  );
  console.table({ traps: totals.traps });
}

type Totals = ReturnType<typeof scored>["totals"];
const placedShare = (kind: KindScore) => (kind.matched === 0 ? 1 : kind.placed / kind.matched);

/** Statements found with at least this precision and recall, and (when given) this share under their item. */
function expectStatements(totals: Totals, least: { precision: number; recall: number; placed?: number }) {
  expect(precision(totals.statements)).toBeGreaterThanOrEqual(least.precision);
  expect(recall(totals.statements)).toBeGreaterThanOrEqual(least.recall);
  if (least.placed !== undefined) expect(placedShare(totals.statements)).toBeGreaterThanOrEqual(least.placed);
}

/** Every disagreement found, no false oenighet, and (when asked) every one under its item. */
function expectEveryDisagreement(totals: Totals, placed: boolean) {
  expect(recall(totals.disagreements)).toBe(1);
  expect(totals.traps.falseDisagreements).toBe(0);
  if (placed) expect(totals.disagreements.placed).toBe(totals.disagreements.matched);
}

function expectEveryJusterare(totals: Totals) {
  expect(recall(totals.justering)).toBe(1);
  expect(precision(totals.justering)).toBe(1);
  expect(totals.justering.placed).toBe(totals.justering.matched);
}

/**
 * A set held in full: its table, statements at the given precision, recall and placement, every disagreement
 * and nothing else under its item, every justerare with its annotation; the sections are the caller's.
 */
function heldInFull(
  name: MinutesSetName,
  count: number,
  least: { precision: number; recall: number; placed: number },
) {
  const { files, totals } = scored(name);

  it("reports precision and recall per kind", () => {
    table(name, { files, totals });
    expect(files.length).toBe(count);
  });

  it(`finds statements with precision ${least.precision} and recall ${least.recall}, ${least.placed} of them under the right item`, () => {
    expectStatements(totals, least);
  });

  it("finds every disagreement and nothing else, under its item, and no agreement as oenighet", () => {
    expectEveryDisagreement(totals, true);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads every justerare with its organisation and annotation", () => {
    expectEveryJusterare(totals);
  });
  return totals;
}

describe("analysis against the in-sample keys", () => {
  const { files, totals } = scored("insample");

  it("reports precision and recall per kind", () => {
    table("in-sample", { files, totals });
    expect(files.length).toBeGreaterThanOrEqual(hasExamples ? 16 : 11);
  });

  it("finds statements with precision and recall of at least 0.9, at least 0.9 of them under the right item", () => {
    expectStatements(totals, { precision: 0.9, recall: 0.9, placed: 0.9 });
  });

  it("finds every disagreement, under its item, and no false oenighet", () => {
    expectEveryDisagreement(totals, true);
  });

  it("reads every justerare with its organisation and annotation", () => {
    expectEveryJusterare(totals);
  });

  it("recovers the sections", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.9);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.9);
  });
});

describe("analysis against the blind keys", () => {
  const { files, totals } = scored("blind");

  it("reports precision and recall per kind", () => {
    table("blind", { files, totals });
    expect(files.length).toBe(16);
  });

  it("finds statements with precision and recall of at least 0.85", () => {
    expectStatements(totals, { precision: 0.85, recall: 0.85 });
  });

  it("finds every disagreement and no false oenighet", () => {
    expectEveryDisagreement(totals, false);
  });

  it("reads every justerare with its organisation", () => {
    expect(precision(totals.justering)).toBe(1);
    expect(recall(totals.justering)).toBe(1);
  });
});

describe("analysis against the third blind set's keys (in-sample since round 2)", () => {
  const totals = heldInFull("blind3", 21, { precision: 0.97, recall: 0.97, placed: 0.98 });

  it("recovers the sections with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.99);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.93);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.98);
  });
});

describe("analysis against the held-out keys (in-sample since round 1)", () => {
  const { files, totals } = scored("holdout");

  it("reports precision and recall per kind", () => {
    table("holdout", { files, totals });
    expect(files.length).toBe(10);
  });

  it("finds statements with precision of at least 0.96 and recall of at least 0.93", () => {
    expectStatements(totals, { precision: 0.96, recall: 0.93 });
  });

  it("finds every disagreement, under its item, and no false oenighet", () => {
    expectEveryDisagreement(totals, true);
  });
});

describe("analysis against the fourth blind set's keys (in-sample since round 3)", () => {
  const { files, totals } = scored("blind4");

  it("reports precision and recall per kind", () => {
    table("blind4", { files, totals });
    expect(files.length).toBe(21);
  });

  it("finds statements with precision of at least 0.99 and recall of at least 0.96, 0.95 under the right item", () => {
    expectStatements(totals, { precision: 0.99, recall: 0.96, placed: 0.95 });
  });

  it("finds no false oenighet and all but one disagreement, 0.88 of them under the right item", () => {
    expect(totals.traps.falseDisagreements).toBe(0);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.disagreements.matched).toBeGreaterThanOrEqual(totals.disagreements.expected - 1);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.88);
  });

  it("reads the justerare with precision of at least 0.94 and recall of at least 0.9", () => {
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.94);
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.9);
  });

  it("recovers the sections with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.94);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.92);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.95);
  });
});

describe("analysis against the fifth blind set's keys (in-sample since round 4)", () => {
  const { files, totals } = scored("blind5");

  it("reports precision and recall per kind", () => {
    table("blind5", { files, totals });
    expect(files.length).toBe(13);
  });

  it("finds statements with precision and recall of at least 0.99, 0.99 of them under the right item", () => {
    expectStatements(totals, { precision: 0.99, recall: 0.99, placed: 0.99 });
  });

  it("finds every disagreement and nothing else, under its item, and no agreement or trap as oenighet", () => {
    expectEveryDisagreement(totals, true);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(totals.traps.trapsTaken).toBe(0);
  });

  it("reads every justerare with its organisation, 0.96 of them with their annotation", () => {
    expect(precision(totals.justering)).toBe(1);
    expect(recall(totals.justering)).toBe(1);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.96);
  });

  it("recovers the sections with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.99);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.99);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.99);
  });
});

describe("analysis against the sixth blind set's keys (in-sample since round 5)", () => {
  const { files, totals } = scored("blind6");

  it("reports precision and recall per kind", () => {
    table("blind6", { files, totals });
    expect(files.length).toBe(15);
  });

  it("finds statements with precision and recall of at least 0.95, 0.99 of them under the right item", () => {
    expectStatements(totals, { precision: 0.95, recall: 0.95, placed: 0.99 });
  });

  // Since round 8 the press account's lede "Förhandlingen … slutade i oenighet" is Kommunal's too: the
  // paragraph describes the union by whom it organises ("Fackförbundet som organiserar … undersköterskorna").
  it("finds every disagreement, 0.96 of them under their items, and no agreement as oenighet", () => {
    expectEveryDisagreement(totals, false);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.96);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads every justerare with its organisation", () => {
    expect(precision(totals.justering)).toBe(1);
    expect(recall(totals.justering)).toBe(1);
  });

  it("recovers the sections with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.99);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.99);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.87);
  });
});

describe("analysis against the seventh blind set's keys (in-sample since round 6)", () => {
  const { files, totals } = scored("blind7");

  it("reports precision and recall per kind", () => {
    table("blind7", { files, totals });
    expect(files.length).toBe(15);
  });

  it("finds statements with precision 0.93 and recall 0.91, 0.99 of them under the right item", () => {
    expectStatements(totals, { precision: 0.93, recall: 0.91, placed: 0.99 });
  });

  it("finds every disagreement and nothing else, under its item, and no agreement as oenighet", () => {
    expectEveryDisagreement(totals, true);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads the justerare with precision 0.96 and recall 1", () => {
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.96);
    expect(recall(totals.justering)).toBe(1);
  });

  it("recovers the sections with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.99);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.85);
  });
});

describe("analysis against the eighth blind set's keys (in-sample since round 7)", () => {
  const { files, totals } = scored("blind8");

  it("reports precision and recall per kind", () => {
    table("blind8", { files, totals });
    expect(files.length).toBe(12);
  });

  it("finds statements with precision and recall of at least 0.96, 0.99 of them under the right item", () => {
    expectStatements(totals, { precision: 0.96, recall: 0.96, placed: 0.99 });
  });

  it("finds every disagreement and nothing else, under its item, and no agreement as oenighet", () => {
    expectEveryDisagreement(totals, true);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads every justerare with its organisation, 0.9 of them with their annotation", () => {
    expect(precision(totals.justering)).toBe(1);
    expect(recall(totals.justering)).toBe(1);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.9);
  });

  it("recovers the sections, 0.8 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.93);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.8);
  });
});

describe("analysis against the ninth blind set's keys (in-sample since round 8)", () => {
  const { files, totals } = scored("blind9");

  it("reports precision and recall per kind", () => {
    table("blind9", { files, totals });
    expect(files.length).toBe(10);
  });

  it("finds statements with precision 0.96 and recall 0.95, 0.95 of them under the right item", () => {
    expectStatements(totals, { precision: 0.96, recall: 0.95, placed: 0.95 });
  });

  // The press account's headline "Oenighet om Tallbackaskolan – …" is a disagreement since round 9.
  it("finds every disagreement under its item, no false oenighet and no agreement as oenighet", () => {
    expectEveryDisagreement(totals, true);
    expect(precision(totals.disagreements)).toBe(1);
    expect(placedShare(totals.disagreements)).toBe(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads every justerare with its organisation", () => {
    expect(precision(totals.justering)).toBe(1);
    expect(recall(totals.justering)).toBe(1);
  });

  it("recovers the sections with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.95);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.9);
  });
});

describe("analysis against the tenth blind set's keys (in-sample since round 9)", () => {
  const totals = heldInFull("blind10", 10, { precision: 0.96, recall: 0.96, placed: 0.99 });

  // Left: the MBL protocols' items, which this key places under no group though their titles name the part.
  it("recovers the sections, 0.7 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.96);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.7);
  });
});

describe("analysis against the eleventh blind set's keys (in-sample since round 10)", () => {
  const { files, totals } = scored("blind11");

  it("reports precision and recall per kind", () => {
    table("blind11", { files, totals });
    expect(files.length).toBe(10);
  });

  it("finds statements with precision 0.96 and recall 0.98, 0.99 of them under the right item", () => {
    expectStatements(totals, { precision: 0.96, recall: 0.98, placed: 0.99 });
  });

  // Left: the newsletter's "Den lokala förhandlingen avslutades i oenighet …, och vi begärde …", keyed for the
  // unions jointly though the keys' own rule makes "vi" the report's union (Vision): the scorer counts the one
  // read for Vision as false.
  it("finds the disagreements but one under their items, and no agreement as oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.94);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.94);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(1);
    expect(placedShare(totals.disagreements)).toBe(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads every justerare with its organisation", () => {
    expectEveryJusterare(totals);
  });

  // Left: the two MBL § 11 protocols' items, which this key places under no group (blind 3 to 5 key the same
  // layout under mbl11).
  it("recovers the sections, 0.74 of them with their groups", () => {
    expect(recall(totals.sections)).toBe(1);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.94);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.74);
  });
});

describe("analysis against the twelfth blind set's keys (in-sample since round 11)", () => {
  const { files, totals } = scored("blind12");

  it("reports precision and recall per kind", () => {
    table("blind12", { files, totals });
    expect(files.length).toBe(12);
  });

  it("finds statements with precision 0.96 and recall 0.95, all of them under the right item", () => {
    expectStatements(totals, { precision: 0.96, recall: 0.95, placed: 1 });
  });

  it("finds every disagreement under its item, and no false oenighet", () => {
    expect(recall(totals.disagreements)).toBe(1);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.falseDisagreements).toBe(0);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads every justerare with its organisation", () => {
    expectEveryJusterare(totals);
  });

  it("recovers the sections, 0.89 of them with their groups", () => {
    expect(recall(totals.sections)).toBe(1);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.89);
  });
});

describe("analysis against the thirteenth blind set's keys (in-sample since round 11)", () => {
  const { files, totals } = scored("blind13");

  it("reports precision and recall per kind", () => {
    table("blind13", { files, totals });
    expect(files.length).toBe(10);
  });

  it("finds statements with precision 0.95 and recall 0.91, 0.99 of them under the right item", () => {
    expectStatements(totals, { precision: 0.95, recall: 0.91, placed: 0.99 });
  });

  // Left: the press account's "Göran Nilsson säger att han respekterar att facken har en annan uppfattning",
  // the employer's account of the unions' view, which the key (borderline) records as no dissent. Missed since
  // round 22: the press article's crosshead "Avslutades i oenighet", keyed as dissent before the lead's convention
  // of 2026-12-02 made a crosshead never a disagreement (not re-keyed: for the lead).
  it("finds every disagreement but the crosshead, with one false oenighet at most", () => {
    expect(totals.disagreements.matched).toBeGreaterThanOrEqual(totals.disagreements.expected - 1);
    // 23 of 24 since analysis27 re-keyed an earlier meeting's dissent a trap (24 of 25 before: the same one false).
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.95);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(1);
    expect(placedShare(totals.disagreements)).toBe(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads every justerare", () => {
    expect(recall(totals.justering)).toBe(1);
    expect(precision(totals.justering)).toBe(1);
  });

  it("recovers the sections, 0.94 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.95);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.94);
  });
});

describe("analysis against the fourteenth blind set's keys (in-sample since round 12)", () => {
  const { files, totals } = scored("blind14");

  it("reports precision and recall per kind", () => {
    table("blind14", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: press forms (the union named late, a quote attributed to a union unit's role), organisations that are
  // no union, and run segmentation (the folder's README lists each miss with its class).
  it("finds statements with precision 0.97 and recall 0.91, 0.94 of them under the right item", () => {
    expectStatements(totals, { precision: 0.97, recall: 0.91, placed: 0.94 });
  });

  it("finds every disagreement, and no false oenighet", () => {
    expect(recall(totals.disagreements)).toBe(1);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.falseDisagreements).toBe(0);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  // Left: the chair's "Ordförande: Name ……" under "Justering", read as a signature line.
  it("reads 0.96 of the justerare, none wrongly", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.96);
    expect(precision(totals.justering)).toBe(1);
  });

  // Left: a press article's crossheads, which this set keys as items and the reader does not.
  it("recovers 0.91 of the sections, 0.89 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.91);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.96);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.89);
  });
});

describe("analysis against the sixteenth blind set's keys (in-sample since round 14)", () => {
  const { files, totals } = scored("blind16");

  it("reports precision and recall per kind", () => {
    table("blind16", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: Roman group numbers over "III.1" items, a markdown roster table with the sides as its header, initials
  // as speakers, run segmentation in a union's report (the folder's README lists each miss with its class).
  it("finds statements with precision 0.92 and recall 0.86, 0.9 of them under the right item", () => {
    expectStatements(totals, { precision: 0.92, recall: 0.86, placed: 0.9 });
  });

  // Left: the central negotiation's "Parterna har inte kunnat enas …" and "Förhandlingen förklaras avslutad i
  // oenighet", whose paragraph names no union: read `fackliga` as minutes-keys.md says, keyed Vårdförbundet.
  it("finds every disagreement but two keyed against the convention, each under its item", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.88);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.88);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(2);
    expect(placedShare(totals.disagreements)).toBe(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads 0.89 of the justerare, 0.94 of them rightly", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.89);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.94);
  });

  it("recovers 0.92 of the sections, 0.91 of them with their groups, with Roman sub-items left as items", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.92);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.86);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.91);
  });
});

describe("analysis against the fifteenth blind set's keys (in-sample since round 13)", () => {
  const { files, totals } = scored("blind15");

  it("reports precision and recall per kind", () => {
    table("blind15", { files, totals });
    expect(files.length).toBe(11);
  });

  // Left: the press forms and run segmentation the folder's README lists with their classes.
  it("finds statements with precision 0.95 and recall 0.91, 0.89 of them under the right item", () => {
    expectStatements(totals, { precision: 0.95, recall: 0.91, placed: 0.89 });
  });

  // Left: a press headline's "Facket sa nej – men …", no sentence of the body.
  it("finds every disagreement but a headline's, and no false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.95);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.falseDisagreements).toBe(0);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
  });

  it("reads 0.86 of the justerare, 0.95 of them rightly", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.86);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.95);
  });

  it("recovers 0.81 of the sections, 0.86 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.81);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.97);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.86);
  });
});

describe("analysis against the seventeenth blind set's keys (in-sample since round 15)", () => {
  const { files, totals } = scored("blind17");

  it("reports precision and recall per kind", () => {
    table("blind17", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: a press article's quotes and politicians, a union's report's acts, bold labels (the folder's README
  // lists each miss with its class); under the wrong item, the report's "## Bakgrund", read as an item's part.
  it("finds statements with precision 0.91 and recall 0.91, 0.9 of them under the right item", () => {
    expectStatements(totals, { precision: 0.91, recall: 0.91, placed: 0.9 });
  });

  // 0.88 under the right item since round 22 re-keyed the local negotiation's outcome (two entries, both placed
  // right) as background.
  it("finds every disagreement and nothing else, 0.88 of them under the right item", () => {
    expect(recall(totals.disagreements)).toBe(1);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.falseDisagreements).toBe(0);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.88);
  });

  it("reads every justerare", () => {
    expect(recall(totals.justering)).toBe(1);
    expect(precision(totals.justering)).toBe(1);
  });

  // Left: a press article's crossheads, which this set keys as items, and colon headings over an item's parts.
  it("recovers 0.92 of the sections, 0.9 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.92);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.89);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.9);
  });
});

describe("analysis against the eighteenth blind set's keys (in-sample since round 15)", () => {
  const { files, totals } = scored("blind18");

  it("reports precision and recall per kind", () => {
    table("blind18", { files, totals });
    expect(files.length).toBe(10);
  });

  it("finds statements with precision 0.93 and recall 0.93, 0.89 of them under the right item", () => {
    expectStatements(totals, { precision: 0.93, recall: 0.93, placed: 0.89 });
  });

  // Left under the wrong item: a central record's "BAKGRUND", read as no heading (`headings.ts`).
  it("finds every disagreement and nothing else, 0.77 of them under the right item", () => {
    expect(recall(totals.disagreements)).toBe(1);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.falseDisagreements).toBe(0);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.77);
  });

  // Left: a markdown table with the parties as its header row (the grid whose note line is joined to the names
  // is read since round 17).
  it("reads 0.96 of the justerare, 0.99 of them rightly", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.96);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.99);
  });

  // Left: the MBL § 11 protocols' items, which this set keys with no group and blinds 9, 13, 14, 16 and the
  // holdout key `mbl11` (the folder's README), and groups keyed from the items' content.
  it("recovers 0.88 of the sections, 0.56 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.88);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.91);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.56);
  });
});

describe("analysis against the nineteenth blind set's keys (in-sample since round 16)", () => {
  const { files, totals } = scored("blind19");

  it("reports precision and recall per kind", () => {
    table("blind19", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: "Kommunal och arbetsgivaren är oense", keyed for the employer too, which blinds 3, 9, 12–14, 17 and 18
  // do not key (`statements.ts` drops the employer beside a union in dissent); a typo ("Unionnen:") and "AG ok."
  it("finds statements with precision 0.95 and recall 0.94, 0.98 of them under the right item", () => {
    expectStatements(totals, { precision: 0.95, recall: 0.94, placed: 0.98 });
  });

  // Left: "står fast vid sina ståndpunkter", keyed as dissent without a word of dissent (the key's note).
  it("finds 0.96 of the disagreements and nothing else, no false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.96);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.falseDisagreements).toBe(0);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.98);
  });

  it("reads every justerare, 0.95 of them with their party and note", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.99);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.99);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.95);
  });

  // Left: groups the set keys from an item's own note ("(info)", "(samverkas, MBL 11)", which blinds 6 and 17
  // key with no group) and from "Information från arbetsgivaren" over lettered items; "1. Inledning" over
  // numbered sub-items, keyed as a group heading.
  it("recovers 0.98 of the sections, 0.89 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.95);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.89);
  });
});

describe("analysis against the twentieth blind set's keys (in-sample since round 17)", () => {
  const { files, totals } = scored("blind20");

  it("reports precision and recall per kind", () => {
    table("blind20", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: "Saco-rådet" at a university, keyed `saco-s` here and `saco` by the catalogue's reading (a conflict of
  // keys), a press article's quotes after its mellanrubriker and speakers named by first name in an e-mail.
  it("finds statements with precision 0.87 and recall 0.83, 0.87 of them under the right item", () => {
    expectStatements(totals, { precision: 0.87, recall: 0.83, placed: 0.87 });
  });

  // Left: the Saco-rådet entries (the same conflict).
  it("finds 0.87 of the disagreements with precision 0.9, at most three false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.87);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.9);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(3);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.82);
  });

  // Since round 18 the signatures dated in a column beside the name are read; the Saco-rådet justerare among them
  // is the conflict of keys above (`saco` read, `saco-s` keyed), so precision is 0.9 where it was 0.94.
  it("reads 0.9 of the justerare, 0.83 of them with their party and note", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.9);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.9);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.83);
  });

  it("recovers 0.92 of the sections, 0.82 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.92);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.95);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.82);
  });
});

describe("analysis against the twenty-first blind set's keys (in-sample since round 17)", () => {
  const { files, totals } = scored("blind21");

  it("reports precision and recall per kind", () => {
    table("blind21", { files, totals });
    expect(files.length).toBe(10);
  });

  it("finds statements with precision 0.9 and recall 0.96, 0.97 of them under the right item", () => {
    expectStatements(totals, { precision: 0.9, recall: 0.96, placed: 0.97 });
  });

  // Left: a local negotiation's dissent in a central negotiation's background, which the set does not key and
  // the insample set, blinds 9, 15, 17 and the holdout key (the dispute carried on).
  it("finds 0.9 of the disagreements with precision 0.95, at most one false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.9);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.95);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.99);
  });

  // Left: the chair's "Ordförande:" line keyed as a justerare.
  it("reads 0.95 of the justerare, 0.86 of them with their party and note", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.95);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.99);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.86);
  });

  it("recovers 0.98 of the sections, 0.9 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.98);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.9);
  });
});

describe("analysis against the twenty-second blind set's keys (in-sample since round 18)", () => {
  const { files, totals } = scored("blind22");

  it("reports precision and recall per kind", () => {
    table("blind22", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: first-name speakers' blocks ("Maria Lindh, Sveriges Lärare:" over bullets) keyed from the label line,
  // "Saco-rådet" on a roster line wrapped over three lines (its members not read), a press article's quotes.
  it("finds statements with precision 0.92 and recall 0.92, 0.84 of them under the right item", () => {
    expectStatements(totals, { precision: 0.92, recall: 0.92, placed: 0.84 });
  });

  // Left: a local negotiation's dissent in a central negotiation's background and the local protocol's refusal,
  // which this set and blind 6 do not key and blinds 8, 9, 12, 16, 17 and 18 key (the dispute carried on); a
  // press article's crosshead, keyed as a section here and read as dissent since blind 11 keyed one so; the fact
  // box's line keyed both as dissent and as agreement.
  it("finds 0.96 of the disagreements with precision 0.92, at most two false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.96);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.92);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(2);
    expect(totals.traps.agreementsAsDisagreement).toBeLessThanOrEqual(1);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.79);
  });

  // Left: a union's report naming who will sign the official protocol, read as its justering.
  it("reads every justerare with precision 0.9, 0.94 of them with their party and note", () => {
    expect(recall(totals.justering)).toBe(1);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.9);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.94);
  });

  // Left: the press article's crossheads (keyed as sections here, not in blinds 9 and 16), bold lettered
  // sub-items run into their text ("**a) Julledighet** – …"), a sub-item numbered "4 b." and an item heading of
  // more than a hundred characters with its note in parentheses.
  it("recovers 0.89 of the sections, 0.85 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.89);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.99);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.85);
  });
});

describe("analysis against the twenty-third blind set's keys (in-sample since round 19)", () => {
  const { files, totals } = scored("blind23");

  it("reports precision and recall per kind", () => {
    table("blind23", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: speakers' opening words "X redogjorde för …" keyed as the employer's statements, a press article's quotes.
  it("finds statements with precision 0.88 and recall 0.9, 0.83 of them under the right item", () => {
    expectStatements(totals, { precision: 0.88, recall: 0.9, placed: 0.83 });
  });

  // Left: a central negotiation's call citing the local negotiation's dissent (keyed as background here and in
  // blinds 6, 21, 22, as the dispute carried on in blinds 8, 9, 12, 16, 17, 18), a restated stance ("I övrigt
  // vidhåller") and a decision taken "mot huvudskyddsombudets reservation".
  it("finds 0.84 of the disagreements with precision 0.95, at most one false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.84);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.95);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(1);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.9);
  });

  // Left: signature columns whose lines were joined ("Vid protokollet  Justeras" over names in two rows), a
  // signer's party taken from the roster where the key reads the grid.
  it("reads 0.7 of the justerare with precision 0.8, 0.82 of them with their party and note", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.7);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.8);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.82);
  });

  // Left: "PUNKT N | title" rows with "Typ:" lines, a roster in dotted columns and a press article's crossheads.
  it("recovers 0.83 of the sections with precision 0.77, 0.82 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.83);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.77);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.82);
  });
});

describe("analysis against the twenty-fourth blind set's keys (in-sample since round 19)", () => {
  const { files, totals } = scored("blind24");

  it("reports precision and recall per kind", () => {
    table("blind24", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: first-name speakers in a mailed note, federation councils keyed as their members, a press article's quotes.
  it("finds statements with precision 0.87 and recall 0.87, 0.85 of them under the right item", () => {
    expectStatements(totals, { precision: 0.87, recall: 0.87, placed: 0.85 });
  });

  // Left: the local negotiation's dissent in a central negotiation's first item (the key conflict above), a running
  // header joined to the heading "§ 6 Protokollsanteckning", a previous protocol's dissent said to stand.
  it("finds 0.96 of the disagreements with precision 0.9, at most three false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.96);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.9);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(3);
    expect(totals.traps.agreementsAsDisagreement).toBeLessThanOrEqual(1);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.86);
  });

  // Left: signers given the party of the wrong column ("För X" lines over names) or of no side (a skyddsombud read as
  // the employer's), a signature note's cell read as the party.
  // Round 21: one justerare more found, without its party (15 of 20 placed, 15 of 19 before).
  it("reads 0.86 of the justerare with precision 0.83, 0.75 of them with their party and note", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.86);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(0.83);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.75);
  });

  // Left: a meeting system's export read as items twice, a press article's crossheads, unnumbered skyddsrond headings.
  it("recovers 0.87 of the sections with precision 0.88, 0.74 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.87);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.88);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.74);
  });
});

describe("analysis against the twenty-fifth blind set's keys (in-sample since round 20)", () => {
  const { files, totals } = scored("blind25");

  it("reports precision and recall per kind", () => {
    table("blind25", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: decisions and the chair's closing line read as the employer's statements, a roster's names speaking for a
  // party other than their own, a press article's quotes of politicians.
  // Round 21: two statements more found, not under their item (126 placed of 160, 126 of 158 before).
  it("finds statements with precision 0.87 and recall 0.89, 0.78 of them under the right item", () => {
    expectStatements(totals, { precision: 0.87, recall: 0.89, placed: 0.78 });
  });

  // Left: a central negotiation's account of the local one's dissent (keyed there, not in blind 24), an employer's
  // respect for the unions' other view in a press quote, a press article's dissent in its crossheads' items.
  it("finds 0.92 of the disagreements with precision 0.92, at most two false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.92);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.92);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(2);
    expect(totals.traps.agreementsAsDisagreement).toBeLessThanOrEqual(1);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.84);
  });

  it("reads every justerare, 0.88 of them with their party and note", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(1);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(1);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.88);
  });

  // Left: "4a."/"4b." sub-items and "Rubrik:" fields kept in their titles, a press article's crossheads.
  it("recovers 0.81 of the sections with precision 0.92, 0.86 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.81);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.92);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.86);
  });
});

describe("analysis against the twenty-sixth blind set's keys (in-sample since round 21)", () => {
  const { files, totals } = scored("blind26");

  it("reports precision and recall per kind", () => {
    table("blind26", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: a press article's quotes and crossheads' items, a union's report's call to its members, decisions read as
  // a union's statements.
  it("finds statements with precision 0.89 and recall 0.93, 0.9 of them under the right item", () => {
    expectStatements(totals, { precision: 0.89, recall: 0.93, placed: 0.9 });
  });

  // Left: an earlier negotiation's dissent told in this meeting, another workplace's, a press headline's and a
  // justering line's note read as dissent (the false oenighet below).
  it("finds 0.96 of the disagreements with precision 0.82, at most five false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.96);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.82);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(5);
    expect(totals.traps.agreementsAsDisagreement).toBeLessThanOrEqual(0);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.83);
  });

  // Left: signatures flattened to one line of names over one of notes, a list named on the line "Justerare: A, B".
  it("reads 0.72 of the justerare with precision 1, 0.87 of them with their party and note", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.72);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(1);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.87);
  });

  // Left: a press article's crossheads, unnumbered sub-headings of a skyddskommitté, a long "Samverkan: …" heading.
  it("recovers 0.89 of the sections with precision 0.93, 0.89 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.89);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.93);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.89);
  });
});

describe("analysis against the twenty-seventh blind set's keys (in-sample since round 22)", () => {
  const { files, totals } = scored("blind27");

  it("reports precision and recall per kind", () => {
    table("blind27", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: a labour court's judgment ("Förbundet har yrkat …" under its own headings), a press article's quotes and
  // "både X och Y" subjects, "Skyddsombuden" and "Huvudskyddsombudet" as the unions' voice, an e-mail thread.
  it("finds statements with precision 0.94 and recall 0.86, 0.94 of them under the right item", () => {
    expectStatements(totals, { precision: 0.94, recall: 0.86, placed: 0.94 });
  });

  // Left: the press article's "sa både Transport och Kommunal nej" and "båda de fackliga organisationer" (read as
  // the unions jointly), its "Förbundet" read for both unions of the sentence before; the union report's "Vision
  // valde att inte reservera sig men lämnar en protokollsanteckning" (keyed as no dissent); an e-mail's "Jag
  // godkänner också, med tillägget …"; "Reservationen redovisas i bilaga" referring back. Agreements as dissent:
  // sentences recording both ("i enighet med … och i oenighet med ST"), keyed in both lists.
  it("finds 0.8 of the disagreements with precision 0.87, at most three false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.8);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.87);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(3);
    expect(totals.traps.agreementsAsDisagreement).toBeLessThanOrEqual(3);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.95);
  });

  // Left: an e-mail thread's approvals ("Jag godkänner …") as its justering.
  it("reads 0.83 of the justerare with precision 1, 0.8 of them with their party and note", () => {
    expect(recall(totals.justering)).toBeGreaterThanOrEqual(0.83);
    expect(precision(totals.justering)).toBeGreaterThanOrEqual(1);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.8);
  });

  // Left: a labour court's headings, e-mail subject lines, a meta line "Mötestyp: …", a title hyphenated at a line end.
  it("recovers 0.93 of the sections with precision 0.85, 0.85 of them with their groups", () => {
    expect(recall(totals.sections)).toBeGreaterThanOrEqual(0.93);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.85);
    expect(placedShare(totals.sections)).toBeGreaterThanOrEqual(0.85);
  });
});

describe("analysis against the twenty-eighth blind set's keys (in-sample since round 22)", () => {
  const { files, totals } = scored("blind28");

  it("reports precision and recall per kind", () => {
    table("blind28", { files, totals });
    expect(files.length).toBe(3);
  });

  it("finds statements with precision 0.95 and recall 0.95, every one under the right item", () => {
    expectStatements(totals, { precision: 0.95, recall: 0.95, placed: 1 });
  });

  // Left: "Organisationerna står fast vid att …" and a held view the item records elsewhere (restated, as the
  // older sets key it), a protocol note's "ST anser att arbetsgivaren inte …" under its own heading.
  it("finds 0.8 of the disagreements and no false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.8);
    expect(precision(totals.disagreements)).toBe(1);
    expect(totals.traps.falseDisagreements).toBe(0);
    expect(totals.traps.agreementsAsDisagreement).toBeLessThanOrEqual(1);
    expect(placedShare(totals.disagreements)).toBe(1);
  });

  it("reads every justerare, 0.71 of them with their note", () => {
    expect(recall(totals.justering)).toBe(1);
    expect(precision(totals.justering)).toBe(1);
    expect(placedShare(totals.justering)).toBeGreaterThanOrEqual(0.71);
  });

  it("recovers every section with precision 0.95", () => {
    expect(recall(totals.sections)).toBe(1);
    expect(precision(totals.sections)).toBeGreaterThanOrEqual(0.95);
    expect(placedShare(totals.sections)).toBe(1);
  });
});

// Round 23 (sections25) read blinds 29 and 30 for the structure stages only: their statements and disagreements
// are held by the block the other tuner of that round adds. Left: the key's conventions that the older sets key
// otherwise (a protokollsanteckning's caption after the last item no section, "9. Övriga frågor" over "a)"
// sub-items no section, items of a whole document under MBL § 11 in no group), a court judgment's head
// ("KÄRANDE", "SVARANDE", "SAKEN") with no title found, a page's head wrapped otherwise than the first page's
// joined to the heading under it, a grid of names whose note line was joined to it.
describe("sections and justering of blinds 29 and 30", () => {
  const blind29 = scored("blind29").totals;
  const blind30 = scored("blind30").totals;

  it("recovers 0.98 of blind 29's sections with precision 0.92, 0.81 of them with their groups", () => {
    expect(recall(blind29.sections)).toBeGreaterThanOrEqual(0.98);
    expect(precision(blind29.sections)).toBeGreaterThanOrEqual(0.92);
    expect(placedShare(blind29.sections)).toBeGreaterThanOrEqual(0.81);
  });

  it("reads 0.96 of blind 29's justerare with precision 0.92, 0.95 of them with their note", () => {
    expect(recall(blind29.justering)).toBeGreaterThanOrEqual(0.96);
    expect(precision(blind29.justering)).toBeGreaterThanOrEqual(0.92);
    expect(placedShare(blind29.justering)).toBeGreaterThanOrEqual(0.95);
  });

  it("recovers 0.96 of blind 30's sections with precision 0.84, 0.87 of them with their groups", () => {
    expect(recall(blind30.sections)).toBeGreaterThanOrEqual(0.96);
    expect(precision(blind30.sections)).toBeGreaterThanOrEqual(0.84);
    expect(placedShare(blind30.sections)).toBeGreaterThanOrEqual(0.87);
  });

  it("reads 0.91 of blind 30's justerare with precision 0.91, 0.95 of them with their note", () => {
    expect(recall(blind30.justering)).toBeGreaterThanOrEqual(0.91);
    expect(precision(blind30.justering)).toBeGreaterThanOrEqual(0.91);
    expect(placedShare(blind30.justering)).toBeGreaterThanOrEqual(0.95);
  });
});

describe("analysis against the twenty-ninth blind set's keys (in-sample since round 23)", () => {
  const { files, totals } = scored("blind29");

  it("reports precision and recall per kind", () => {
    table("blind29", { files, totals });
    expect(files.length).toBe(10);
  });

  // Left: a press article's quotes of its named officials, a union's "Klubben" and "Föreningen" in an e-mail's protocol.
  it("finds statements with precision 0.9 and recall 0.9, 0.84 of them under the right item", () => {
    expectStatements(totals, { precision: 0.9, recall: 0.9, placed: 0.84 });
  });

  // Left: a cover e-mail's "En protokollsanteckning från X ligger sist" (the e-mail above the pasted protocol is read
  // as its first item), "X kan inte godta förslaget utan …" (a refusal naming what would lift it, read as a condition;
  // blind 18 keys it so), a signer's first name as the union's voice, dissent under a wrongly placed "Nästa möte".
  // Agreements as dissent: sentences keyed in both lists ("Samverkan avslutades i oenighet med X", the others agreeing).
  it("finds 0.9 of the disagreements with precision 0.96, at most one false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.9);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.96);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(1);
    expect(totals.traps.agreementsAsDisagreement).toBeLessThanOrEqual(2);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.7);
  });
});

describe("analysis against the thirtieth blind set's keys (in-sample since round 23)", () => {
  const { files, totals } = scored("blind30");

  it("reports precision and recall per kind", () => {
    table("blind30", { files, totals });
    expect(files.length).toBe(10);
  });

  it("finds statements with precision 0.91 and recall 0.86, 0.89 of them under the right item", () => {
    expectStatements(totals, { precision: 0.91, recall: 0.86, placed: 0.89 });
  });

  // Left: a labour court's account of the negotiations before it (background, read as this meeting's record), a
  // sub-heading "Fortsatt oenighet om …" read as a body line (structure), a union report's "Vi sa nej.", "X och Y
  // ansluter sig till Z:s protokollsanteckning".
  it("finds 0.92 of the disagreements with precision 0.88, at most three false oenighet", () => {
    expect(recall(totals.disagreements)).toBeGreaterThanOrEqual(0.92);
    expect(precision(totals.disagreements)).toBeGreaterThanOrEqual(0.88);
    expect(totals.traps.falseDisagreements).toBeLessThanOrEqual(3);
    expect(totals.traps.agreementsAsDisagreement).toBe(0);
    expect(placedShare(totals.disagreements)).toBeGreaterThanOrEqual(0.82);
  });
});
