import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPLOYER } from "../model/meeting";
import { orgById } from "../unions/resolve";
import { analyseMinutes } from "./analyse";
import { UNIONS_JOINTLY } from "./types";

const fragments = [
  "\n",
  "\n\n",
  " \n",
  "## ",
  "**",
  "*",
  "- ",
  "3. ",
  "§ 4 ",
  "Information:",
  "Fackliga inspel",
  "Justeras",
  "Närvarande:",
  "Tidpunkt:",
  "SSR",
  "Kommunal:",
  "Sveriges Lärare",
  "Arbetsgivaren",
  "HR-chef",
  "de fackliga",
  " menar att ",
  " tog upp ",
  ", menar FC.",
  " håller med ",
  "oenighet",
  " reserverar sig ",
  "Anna Berg för Vision (oenighet under punkt 3)",
  "valdes som justerare.",
  "torsdagen den 15 januari",
  "den 31 februari 2024",
  "2024-13-45",
  "{namn}",
  "[",
  "(",
  "Protokoll från gruppen den 13 februari 2024",
  ".",
  " ",
  "ö",
];
const minutesLike = fc
  .array(fc.constantFrom(...fragments), { maxLength: 200 })
  .map((parts) => parts.join(""));

function checkInvariants(text: string) {
  const analysis = analyseMinutes(text);
  for (const statement of analysis.statements) {
    expect(statement.paragraphText).toContain(statement.text);
    expect(analysis.paragraphs[statement.paragraph]?.text).toBe(statement.paragraphText);
    expect(
      statement.org === EMPLOYER || statement.org === UNIONS_JOINTLY || orgById(statement.org) !== null,
    ).toBe(true);
  }
  for (const disagreement of analysis.disagreements) expect(disagreement.orgs.length).toBeGreaterThan(0);
  for (const date of analysis.dates) expect(date.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
}

describe("analyseMinutes on hostile input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 3000 }), (text) => {
        analyseMinutes(text);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps its invariants on text built from minutes fragments", () => {
    fc.assert(fc.property(minutesLike, checkInvariants), { numRuns: 400 });
  });

  it("accepts what is not a string as empty", () => {
    expect(analyseMinutes(undefined as unknown as string).sections).toEqual([]);
  });
});

describe("analyseMinutes on longer texts", () => {
  it("finds as many statements in minutes repeated five times as five copies hold", () => {
    const text = readFileSync(
      resolve(import.meta.dirname, "../../test/fixtures/minutes/samverkansgrupp-punkter.txt"),
      "utf8",
    );
    const once = analyseMinutes(text);
    const five = analyseMinutes(Array.from({ length: 5 }, () => text).join("\n \n"));
    expect(five.statements).toHaveLength(once.statements.length * 5);
    // The same justerare named five times are one each.
    expect(five.justering).toEqual(once.justering);
  });
});
