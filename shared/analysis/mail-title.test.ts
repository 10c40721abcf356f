import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Blinds 20 to 22 showed the family: notes sent by e-mail, the subject line naming them, and a label of who took
// them ("Anteckningar: <name>") that reads like a title. Invented text, in other words.
const mail = [
  "Från: Per Holm <per.holm@exempel.se>",
  "Skickat: den 3 mars 2025 15:10",
  "Till: Enheten alla",
  "Ämne: Minnesanteckningar APT med samverkan Björken 2/3",
  "",
  "Hej! Här är anteckningarna.",
  "",
  "Närvarande: Per-Olof Holmberg (enhetschef), Lisa Ek (Kommunal)",
  "Anteckningar: Per-Olof Holmberg",
  "",
  "1. Schema",
  "- Lisa frågar om sommarschemat. Per-Olof svarar att det kommer i april.",
].join("\n");

describe("notes sent by e-mail", () => {
  it("takes the subject line for the title and the note-taker's label for no title", () => {
    const analysis = analyseMinutes(mail);
    expect(analysis.title).toBe("Ämne: Minnesanteckningar APT med samverkan Björken 2/3");
    expect(analysis.sections.map((s) => s.title)).toEqual(["Schema"]);
  });

  it("reads the attendance list above the note-taker's label", () => {
    expect(analyseMinutes(mail).roster).toEqual({
      employer: [{ name: "Per-Olof Holmberg", title: "enhetschef" }],
      unions: [{ org: "kommunal", people: [{ name: "Lisa Ek" }] }],
      absent: [],
    });
  });

  it("gives the first names in the items the parties of the attendance list", () => {
    expect(analyseMinutes(mail).statements.map((s) => s.org)).toEqual(["kommunal", "arbetsgivaren"]);
  });
});
