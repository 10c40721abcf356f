import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { AnswerKey } from "../../test/harness/minutes-scoring";
import { minutesSet } from "../../test/harness/minutes-sets";
import { analyseMinutes } from "../analysis/analyse";
import { reviewMinutes } from "./review";

const root = resolve(import.meta.dirname, "../..");
const fixture = (name: string) => readFileSync(resolve(root, "test/fixtures/minutes", name), "utf8");
const review = (text: string) =>
  reviewMinutes(analyseMinutes(text)).map((f) => [f.kind, f.section ?? null, f.message]);

const DISSENT_NOTE = /oenig|reserv|protokollsanteckning/i;
const JUSTERING_KINDS = ["disagreement-not-in-justering", "disagreement-without-justerare"];

/**
 * What the justering review must say by the hand-written key alone: each union the key has disagreeing
 * lacks a justerare (when the key names justerare with organisations), or lacks its note there, or neither.
 */
function expectedJusteringFindings(key: AnswerKey): string[] {
  const withOrg = key.justering.filter((j) => j.org !== null);
  const expected = new Set<string>();
  for (const disagreement of key.disagreements) {
    for (const org of disagreement.orgs) {
      const justerare = key.justering.find((j) => j.org === org);
      if (org === "fackliga" || withOrg.length === 0) continue;
      if (!justerare) expected.add(`disagreement-without-justerare ${org}`);
      else if (!justerare.note || !DISSENT_NOTE.test(justerare.note))
        expected.add(`disagreement-not-in-justering ${org}`);
    }
  }
  return [...expected].sort();
}

describe("the justering review on every keyed in-sample text, against its key", () => {
  it.each(minutesSet("insample").map((source) => [source.name, source]))("%s", (_, source) => {
    const key = JSON.parse(readFileSync(source.keyPath, "utf8")) as AnswerKey;
    const found = reviewMinutes(analyseMinutes(readFileSync(source.path, "utf8")))
      .filter((finding) => JUSTERING_KINDS.includes(finding.kind))
      .map((finding) => {
        const org = /^(?:Oenighet för )?(.+?)(?: under | har oenighet)/.exec(finding.message)?.[1] ?? "";
        return `${finding.kind} ${org}`;
      });
    const names: Record<string, string> = {
      kommunal: "Kommunal",
      vision: "Vision",
      vardforbundet: "Vårdförbundet",
      ssr: "Akademikerförbundet SSR",
      "sveriges-larare": "Sveriges Lärare",
      seko: "Seko",
      fysioterapeuterna: "Fysioterapeuterna",
      psykologforbundet: "Sveriges Psykologförbund",
      unionen: "Unionen",
      "sveriges-ingenjorer": "Sveriges Ingenjörer",
    };
    const expected = expectedJusteringFindings(key).map((line) => {
      const [kind, org] = line.split(" ");
      return `${kind} ${names[org!] ?? org}`;
    });
    expect([...new Set(found)].sort()).toEqual(expected.sort());
  });
});

describe("review of the invented minutes", () => {
  it("MBL negotiation: a disagreeing union without justerare, a placeholder, an absent union speaking", () => {
    expect(review(fixture("mbl-forhandling.txt"))).toEqual([
      [
        "disagreement-without-justerare",
        "Förhandlingens avslutande",
        "Vårdförbundet har oenighet under ”Förhandlingens avslutande” men ingen justerare.",
      ],
      ["placeholder", "Förhandlingsfråga", "Platshållaren ”{datum}” står kvar under ”Förhandlingsfråga”."],
      [
        "statement-from-absent-union",
        "Förhandlingsfråga",
        "Inspel tillskrivs Ledarna, som inte finns med bland de närvarande.",
      ],
    ]);
  });

  it("skyddskommitté: unnoted disagreement, empty item, empty block, wrong weekday", () => {
    expect(review(fixture("skyddskommitte.md"))).toEqual([
      [
        "disagreement-not-in-justering",
        "Bemanning på korttidsboendet",
        "Oenighet för Kommunal under ”Bemanning på korttidsboendet” nämns inte i justeringen.",
      ],
      ["empty-section", "Tillbud och arbetsskador", "Avsnittet ”Tillbud och arbetsskador” är tomt."],
      [
        "empty-block",
        "Bemanning på korttidsboendet",
        "”Fackliga inspel” under ”Bemanning på korttidsboendet” saknar innehåll.",
      ],
      ["weekday-mismatch", "Övriga frågor", "”fredagen den 20 mars”: den 20 mars 2025 är en torsdag."],
    ]);
  });

  it("wrapped PDF text: a reservation of a union without justerare, heading date against Datum, page date", () => {
    expect(review(fixture("wrapped-pdf.txt"))).toEqual([
      [
        "disagreement-without-justerare",
        "Ny rutin för hot och våld",
        "Vision har oenighet under ”Ny rutin för hot och våld” men ingen justerare.",
      ],
      [
        "date-mismatch",
        null,
        "Mötesdatumet i rubriken (13 mars 2025) stämmer inte med uppgiften om tidpunkt (12 mars 2025).",
      ],
      [
        "document-date-before-meeting",
        null,
        "Protokollet är daterat 10 mars 2025, före mötet (13 mars 2025).",
      ],
    ]);
  });

  it("items as 'Punkt N:', roster on one line: unnoted joint dissent, union without justerare", () => {
    expect(review(fixture("samverkansgrupp-punkter.txt"))).toEqual([
      [
        "disagreement-not-in-justering",
        "Ny organisation för fritidsgårdarna",
        "Oenighet för Vision under ”Ny organisation för fritidsgårdarna” nämns inte i justeringen.",
      ],
      ["union-without-justerare", null, "Sveriges Lärare deltar men har ingen justerare."],
    ]);
  });

  it("gives every finding a Swedish fix hint", () => {
    const findings = reviewMinutes(analyseMinutes(fixture("skyddskommitte.md")));
    for (const finding of findings) expect(finding.hint).toMatch(/^[A-ZÅÄÖ].+\.$/u);
  });
});
