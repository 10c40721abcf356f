import { describe, expect, it } from "vitest";
import { minutesBlocks } from "../document/content";
import type { Meeting } from "../model/meeting";
import { templateById } from "./registry";
import type { Template } from "./types";

/** The minutes a template writes, as the paragraphs' texts in document order (marks opened up). */
function documentLines(template: Template, meeting: Meeting): string[] {
  return minutesBlocks(template, meeting)
    .flatMap((block) => (block.type === "paragraph" ? [block] : block.paragraphs))
    .map((paragraph) => paragraph.runs.map((run) => run.text).join(""));
}

// The meeting of example 004, as the secretary enters it in the Möte form.
const meeting004: Meeting = {
  type: "forvaltningsgrupp",
  date: "2024-02-13",
  time: "13:00",
  place: "Mötesrum Paddan plan 10 samt via Zoom",
  chair: { name: "Lee Orberon" },
  roster: {
    employer: [{ name: "Lee Orberon", title: "stadsdelsdirektör" }],
    unions: [
      { org: "vision", people: [{ name: "Mimmi Petrini" }] },
      { org: "kommunal", people: [{ name: "Charlotte Andersson" }, { name: "Piero Cima" }] },
      { org: "ssr", people: [{ name: "Liselotte Näslund" }, { name: "Malin Nordqvist" }] },
    ],
    absent: [{ org: "ledarna" }],
  },
  justerare: [
    { org: "arbetsgivaren", name: "Lars Wennberg" },
    { org: "kommunal", name: "Charlotte Andersson" },
  ],
  justeringDate: "2024-02-16",
  commentsDueDate: "2024-02-15",
  commentsDueTime: "13:00",
};

describe("förvaltningsgrupp minutes (example 004)", () => {
  const lines = documentLines(templateById("forvaltningsgrupp")!, meeting004);

  it("lists each union's delegation on one line, in the order entered", () => {
    const start = lines.indexOf("Fackliga företrädare");
    expect(lines.slice(start + 1, start + 4)).toEqual([
      "Vision: Mimmi Petrini",
      "Kommunal: Charlotte Andersson, Piero Cima",
      "Akademikerförbundet SSR: Liselotte Näslund, Malin Nordqvist",
    ]);
  });

  it("announces when and how the justering happens, filled from the meeting", () => {
    expect(lines).toContain(
      "Justering sker fredagen den 16 februari. Synpunkter ska ha inkommit till arbetsgivaren senast torsdagen den 15 februari kl. 13:00. Justering sker digitalt.",
    );
  });

  it("writes no statements heading under its items, and no placeholder is left", () => {
    expect(lines).not.toContain("Fackliga inspel");
    expect(lines.filter((line) => line.includes("{"))).toEqual([]);
  });
});

describe("MBL negotiation minutes", () => {
  const template = templateById("mbl-forhandling")!;
  const meeting: Meeting = {
    ...meeting004,
    type: "mbl-forhandling",
    forvaltning: "Socialförvaltningen",
    negotiation: { endedOn: "2024-02-13", result: "oenighet" },
  };
  const lines = documentLines(template, meeting);

  it("does not repeat the unions' section heading underneath it", () => {
    const at = lines.indexOf("§ 4 Arbetstagarorganisationernas synpunkter");
    expect(at).toBeGreaterThan(-1);
    expect(lines.filter((line) => line.endsWith("Arbetstagarorganisationernas synpunkter"))).toHaveLength(1);
    expect(lines[at + 1]).toBe("");
  });

  it("records how and when the negotiation ended", () => {
    expect(lines).toContain("Förhandlingen förklaras avslutad i oenighet den 13 februari 2024.");
  });
});
