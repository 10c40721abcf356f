import { describe, expect, it } from "vitest";
import { installWordDouble } from "../../test/double/word-double/install";
import { createWordOps } from "./create-word-ops";
import { userMessageFor } from "./errors";

const STEPS = [
  "Tomt dokument",
  "Nytt protokoll: FSG/VSG – minnesanteckningar",
  "Nytt protokoll: Samverkansgrupp – protokoll",
  "Nytt protokoll: MBL-förhandling – protokoll",
  "Nytt protokoll: Skyddskommitté – protokoll",
  "Nytt protokoll: Förvaltningsgrupp – protokoll",
  "Markering inne i en punkt",
  "Markering på punktens sista rad",
  "Markering utanför punkterna",
  "Markering i en tabell",
  "Index",
  "Justeringen skrivs om två gånger",
  "Föredragningslista: infoga och uppdatera",
  "Text inne i ett ärendes ruta",
  "Mötesuppgifter: spara och läs tillbaka",
  "Spårade ändringar",
  "Städning",
];

describe("Självtest on the Word double", () => {
  it.each([
    ["1.4", "pass"],
    ["1.3", "skipped"],
  ] as const)("passes every step with WordApi %s and leaves the document empty", async (wordApi, tracked) => {
    const word = installWordDouble(globalThis, { wordApi, version: "16.0.17928.20114" });
    try {
      const seen: string[] = [];
      const report = await createWordOps().selfTest((step) => seen.push(step.name));
      expect(report.steps.map((step) => step.name)).toEqual(STEPS);
      expect(seen).toEqual(STEPS);
      expect(report.steps.map((step) => step.outcome)).toEqual(
        STEPS.map((name) => (name === "Spårade ändringar" ? tracked : "pass")),
      );
      expect(report).toMatchObject({ host: "Word", version: "16.0.17928.20114", platform: "OfficeOnline" });
      expect(report.requirementSets).toEqual([
        { name: "WordApi 1.1", supported: true },
        { name: "WordApi 1.2", supported: true },
        { name: "WordApi 1.3", supported: true },
        { name: "WordApi 1.4", supported: wordApi === "1.4" },
      ]);
      expect(word.text()).toBe("");
      expect(word.contentControls()).toEqual([]);
      expect(word.customXmlParts()).toEqual([]);
      expect(word.settings()).toEqual({});
    } finally {
      word.uninstall();
    }
  });

  it("refuses a document that is not empty before running a step, with the reason", async () => {
    const word = installWordDouble(globalThis);
    try {
      word.setParagraphs(["Ett protokoll som redan finns."]);
      const steps: string[] = [];
      const error = await createWordOps()
        .selfTest((step) => steps.push(step.name))
        .catch((e: unknown) => e);
      expect(userMessageFor(error)).toBe(
        "Självtestet skriver och tar bort text. Öppna ett nytt, tomt dokument och kör det där.",
      );
      expect(steps).toEqual([]);
      expect(word.text()).toBe("Ett protokoll som redan finns.");
    } finally {
      word.uninstall();
    }
  });

  it("reports a failing step with Office's error code and goes on", async () => {
    const word = installWordDouble(globalThis);
    try {
      const ops = createWordOps();
      ops.readIndex = async () => {
        throw Object.assign(new Error("Något hände"), { code: "GeneralException" });
      };
      const report = await ops.selfTest();
      expect(report.steps.find((step) => step.name === "Index")).toEqual({
        name: "Index",
        outcome: "fail",
        code: "GeneralException",
        detail:
          "Word kunde inte slutföra åtgärden. Försök igen; om felet kvarstår, spara dokumentet och starta om Word.",
      });
      expect(report.steps.at(-1)).toEqual({ name: "Städning", outcome: "pass" });
    } finally {
      word.uninstall();
    }
  });
});
