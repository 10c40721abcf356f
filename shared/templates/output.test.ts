import { describe, expect, it } from "vitest";
import { minutesBlocks } from "../document/content";
import type { Meeting } from "../model/meeting";
import { templateById } from "./registry";
import { header000 } from "./testing/example000";
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
  forvaltning: "Hägersten-Älvsjö stadsdelsförvaltning",
  committee: "Hägersten-Älvsjö stadsdelsnämnd",
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

// The meeting of example 000 (Helsingborg's FSG/VSG), as the secretary enters it in the Möte form.
const meeting000: Meeting = {
  ...header000,
  chair: { name: "Dinah Åbinger" },
  roster: {
    employer: [{ name: "Dinah Åbinger", title: "förvaltningschef" }],
    unions: [
      { org: "ssr", people: [{ name: "Cecilia Cederström" }] },
      { org: "kommunal", people: [{ name: "Christina Gustafsson" }] },
    ],
    absent: [],
  },
  justerare: [
    { org: "ssr", name: "Cecilia Cederström" },
    { org: "kommunal", name: "Christina Gustafsson" },
    { org: "arbetsgivaren", name: "Dinah Åbinger" },
  ],
};

describe("FSG/VSG minnesanteckningar (examples 000–003)", () => {
  const lines = documentLines(templateById("fsg-vsg")!, meeting000);

  it("says in the header when and where the group met", () => {
    expect(lines.slice(0, 4)).toEqual([
      "Minnesanteckningar från samverkansgrupp FSG/VSG – Socialförvaltningen den 29 april 2019",
      "Bilaga till protokoll 4/2019",
      "Datum: 29 april 2019 kl. 13:00",
      "Plats: Bredgatan 515",
    ]);
  });

  it("writes the standing items of the examples and no made-up ones to delete", () => {
    for (const standing of [
      "Föregående mötesanteckningar",
      "Föredragningslistan Socialnämnden",
      "Nytt inom arbetsmiljö",
      "Mål och ekonomi",
      "Uppdatering chefsrekryteringar",
    ]) {
      expect(lines).toContain(standing);
    }
    for (const dummy of ["Månadsrapport", "Dialogpunkt", "Beslutspunkt"]) expect(lines).not.toContain(dummy);
  });

  it("keeps one tense: the meeting is over when the notes are read", () => {
    expect(lines).toContain("Dinah Åbinger avslutade mötet.");
    expect(lines.filter((line) => /avslutar|öppnar/.test(line))).toEqual([]);
  });

  it("approves the notes by their own name", () => {
    expect(lines.at(-1)).toBe(
      "Cecilia Cederström justerar minnesanteckningarna för Akademikerförbundet SSR, Christina Gustafsson för Kommunal och Dinah Åbinger för arbetsgivaren.",
    );
  });

  it("leaves no placeholder when the meeting is filled in", () => {
    expect(lines.filter((line) => line.includes("{"))).toEqual([]);
  });
});

describe("minutes that name their secretary", () => {
  const secretary = { ...meeting004, secretary: { name: "Eva Berg" } };

  it.each(["mbl-forhandling", "skyddskommitte", "samverkansgrupp"])(
    "%s ends with Vid protokollet and the secretary, before the justering",
    (id) => {
      const lines = documentLines(templateById(id)!, secretary);
      const at = lines.indexOf("Vid protokollet");
      expect(at).toBeGreaterThan(-1);
      expect(lines[at + 1]).toBe("Eva Berg");
      expect(lines.indexOf("Justeras")).toBeGreaterThan(at);
    },
  );
});

describe("samverkansgrupp protokoll (a municipality's central group)", () => {
  const meeting: Meeting = {
    ...meeting004,
    type: "samverkansgrupp",
    groupName: "Centrala samverkansgruppen",
    protocolNumber: "2/2024",
    committee: "kommunstyrelsen",
    secretary: { name: "Eva Berg" },
  };
  const template = templateById("samverkansgrupp")!;
  const lines = documentLines(template, meeting);

  it("is the template for its meeting type, numbered in paragraphs", () => {
    expect(template.meetingType).toBe("samverkansgrupp");
    expect(lines.slice(0, 4)).toEqual([
      "Protokoll från Centrala samverkansgruppen den 13 februari 2024",
      "Protokoll nr 2/2024",
      "Tid: 13 februari 2024 kl. 13:00",
      "Plats: Mötesrum Paddan plan 10 samt via Zoom",
    ]);
    expect(lines).toContain("§ 1 Mötets öppnande");
    expect(lines).toContain("Lee Orberon öppnade mötet.");
  });

  it("keeps the committee's matters apart by MBL class", () => {
    const at = lines.indexOf("§ 6 Ärenden till kommunstyrelsen");
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 1)).toEqual(
      expect.arrayContaining(["Samverkas motsvarande MBL § 11", "Information enligt MBL § 19"]),
    );
  });

  it("leaves no placeholder when the meeting is filled in", () => {
    expect(lines.filter((line) => line.includes("{"))).toEqual([]);
  });
});

describe("förvaltningsgrupp header and committee", () => {
  const lines = documentLines(templateById("forvaltningsgrupp")!, meeting004);

  it("names the administration under the title and the committee above its matters", () => {
    expect(lines.slice(0, 4)).toEqual([
      "Protokoll från förvaltningsgruppen den 13 februari 2024",
      "Hägersten-Älvsjö stadsdelsförvaltning",
      "Tidpunkt: 13 februari 2024 kl. 13:00",
      "Plats: Mötesrum Paddan plan 10 samt via Zoom",
    ]);
    expect(lines).toContain("9. Ärenden till Hägersten-Älvsjö stadsdelsnämnd");
  });
});
