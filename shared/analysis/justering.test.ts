import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";
import {
  isJusteringListHeading,
  parseJusteringLine,
  parseJusteringParagraph,
  parseJusteringSentence,
  parseListLine,
  readJustering,
} from "./justering";

describe("parseJusteringSentence", () => {
  it("reads 'X justerar protokollet för A, Y för B och Z för arbetsgivaren'", () => {
    expect(
      parseJusteringSentence(
        "Eva Holm justerar protokollet för Vision, Omar Ali för Sveriges Lärare och Lena Sjö för arbetsgivaren.",
      ),
    ).toEqual([
      { name: "Eva Holm", org: "vision", note: null },
      { name: "Omar Ali", org: "sveriges-larare", note: null },
      { name: "Lena Sjö", org: "arbetsgivaren", note: null },
    ]);
  });

  it("reads elections with and without organisations", () => {
    expect(
      parseJusteringSentence("Cecilia Cederström, SSR, och Mounir Mansour, Kommunal, valdes som justerare."),
    ).toEqual([
      { name: "Cecilia Cederström", org: "ssr", note: null },
      { name: "Mounir Mansour", org: "kommunal", note: null },
    ]);
    expect(
      parseJusteringSentence("Till justerare utsågs Sara Nilsson (Kommunal) och Erik Holm (Vision)."),
    ).toEqual([
      { name: "Sara Nilsson", org: "kommunal", note: null },
      { name: "Erik Holm", org: "vision", note: null },
    ]);
    expect(parseJusteringSentence("Mounir Mansour och Cecilia Cederström valdes som justerare.")).toEqual([
      { name: "Mounir Mansour", org: null, note: null },
      { name: "Cecilia Cederström", org: null, note: null },
    ]);
  });

  it("keeps an annotation with commas and 'och' inside its parentheses", () => {
    expect(
      parseJusteringSentence(
        "Protokollet justeras av Lisa Ek för Kommunal (oenighet under punkt 3, 4 och 5) och Per Ström för Vision.",
      ),
    ).toEqual([
      { name: "Lisa Ek", org: "kommunal", note: "oenighet under punkt 3, 4 och 5" },
      { name: "Per Ström", org: "vision", note: null },
    ]);
  });

  it("reads nothing from sentences about the justering itself", () => {
    expect(parseJusteringSentence("Justering sker digitalt.")).toEqual([]);
    expect(
      parseJusteringParagraph("Anna Berg öppnade mötet. Justering sker fredagen den 16 februari."),
    ).toEqual([]);
  });
});

describe("parseJusteringLine", () => {
  it.each([
    [
      "Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)",
      "Charlotte Andersson",
      "kommunal",
      "oenighet under föranmälda frågor",
    ],
    ["Akademikerförbundet SSR: Liselotte Näslund,", "Liselotte Näslund", "ssr", null],
    ["Johan Lind, arbetsgivaren", "Johan Lind", "arbetsgivaren", null],
    ["Anna Berg (Vision)", "Anna Berg", "vision", null],
  ])("%s", (line, name, org, note) => {
    expect(parseJusteringLine(line)).toEqual({ name, org, note });
  });

  it("rejects lines that are not a person and an organisation", () => {
    expect(parseJusteringLine("Underskriftens äkthet valideras här")).toBeNull();
    expect(parseJusteringLine("Lars Wennberg för kvalitetsfrågor")).toBeNull();
  });
});

describe("isJusteringListHeading", () => {
  it("knows list headings from sentences", () => {
    expect(isJusteringListHeading("Justeras (digitalt)")).toBe(true);
    expect(isJusteringListHeading("Justerare:")).toBe(true);
    expect(
      isJusteringListHeading("Justering sker fredagen den 16 februari. Synpunkter senast torsdag."),
    ).toBe(false);
  });
});

describe("justering lists in the forms signature blocks take", () => {
  it.each([
    ["Cecilia Ek, ordförande", { name: "Cecilia Ek", org: null, note: null }],
    [
      "Malin Lund, Vårdförbundet, med hänvisning till protokollsanteckning under punkt 4.2",
      {
        name: "Malin Lund",
        org: "vardforbundet",
        note: "med hänvisning till protokollsanteckning under punkt 4.2",
      },
    ],
    ["För Kommunal Leila Nor", { name: "Leila Nor", org: "kommunal", note: null }],
    ["För Musikerförbundet: Tove Ahl", { name: "Tove Ahl", org: "namn:Musikerförbundet", note: null }],
  ])("reads %s", (line, entry) => {
    expect(parseListLine(line)).toEqual(entry);
  });

  it("takes 'För X' over a name, signers side by side and a list on one line", () => {
    const list = { org: null };
    expect(readJustering("För Vision", list)).toEqual({ entries: [], list: { org: "vision" } });
    expect(readJustering("Per Ek", { org: "vision" })?.entries).toEqual([
      { name: "Per Ek", org: "vision", note: null },
    ]);
    expect(readJustering("Lotta Ny Carina Sjö", list, ["Lotta Ny", "Carina Sjö"])?.entries).toEqual([
      { name: "Lotta Ny", org: null, note: null },
      { name: "Carina Sjö", org: null, note: null },
    ]);
    expect(readJustering("Justeras: Anna Ek, HR-chef · Per Lind, Kommunal", null)?.entries).toEqual([
      { name: "Anna Ek", org: null, note: null },
      { name: "Per Lind", org: "kommunal", note: null },
    ]);
    expect(readJustering("Anteckningarna justeras av Petra Lind, Sveriges Lärare.", null)?.entries).toEqual([
      { name: "Petra Lind", org: "sveriges-larare", note: null },
    ]);
  });
});

describe("a justering line in a prose paragraph, with a manager's role for the employer", () => {
  it("reads 'Justeras: Name, role, och Name, Union' among other lines", () => {
    expect(parseJusteringParagraph("Justeras: Eva Strand, socialchef, och Omar Ali, Kommunal")).toEqual([
      { name: "Eva Strand", org: "arbetsgivaren", note: null },
      { name: "Omar Ali", org: "kommunal", note: null },
    ]);
    expect(parseListLine("Eva Strand, socialchef")).toEqual({
      name: "Eva Strand",
      org: "arbetsgivaren",
      note: null,
    });
  });
});

describe("'För Union' beside or under a name", () => {
  it("reads 'För Union' as the party, never as a person", () => {
    expect(parseListLine("För Seko")).toBeNull();
    expect(parseListLine("För Seko, med protokollsanteckning")).toBeNull();
    expect(readJustering("För Seko\t\tOmar Ali", { org: null }, ["För Seko", "Omar Ali"])?.entries).toEqual([
      { name: "Omar Ali", org: "seko", note: null },
    ]);
  });

  it("gives 'För Union, note' under a name to that name", () => {
    expect(readJustering("För Seko, med protokollsanteckning", { org: null, nameWithoutOrg: true })).toEqual({
      entries: [],
      list: { org: null },
      ofLast: [{ org: "seko", note: "med protokollsanteckning" }],
    });
  });
});

// A signature grid, invented for this test (blind set 5 showed the class: "För X" cells over names with notes,
// a cell overflowing its column, and names over their roles).
describe("signers in a grid", () => {
  const justering = (lines: string) =>
    analyseMinutes(`Protokoll från samverkansgruppen den 2 december 2025\n1. Ärendet\nText.\n\n${lines}`);

  it("gives each name the party of the 'För X' cell above it, and its note", () => {
    const found = justering(
      [
        "Justeras",
        "För förvaltningen                 För Seko",
        "Britt Lund                        Omar Said (med reservation)",
        "För Unionen                       För ST",
        "Kim Åberg (oenighet om schemat) Dana Holm",
      ].join("\n"),
    );
    expect(found.justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Britt Lund", "arbetsgivaren", null],
      ["Omar Said", "seko", "med reservation"],
      ["Kim Åberg", "unionen", "oenighet om schemat"],
      ["Dana Holm", "st", null],
    ]);
    expect(found.disagreements).toEqual([]);
  });

  it("gives names the roles and parties on the line under them", () => {
    const found = justering(
      ["Justeras", "Petra Gran          Jon Alm", "Förvaltningschef    Skyddsombud, Seko"].join("\n"),
    );
    expect(found.justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Petra Gran", "arbetsgivaren", null],
      ["Jon Alm", "seko", null],
    ]);
  });
});

describe("a justerare named alone", () => {
  it("takes the party the text gives the person elsewhere", () => {
    const found = analyseMinutes(
      [
        "Protokoll från samverkansgruppen den 2 december 2025",
        "Närvarande: avdelningschef Mona Rydh, Ali Berg (Seko)",
        "1. Ärendet",
        "Text.",
        "Justeras: Mona Rydh, Ali Berg",
      ].join("\n"),
    );
    expect(found.justering.map((j) => [j.name, j.org])).toEqual([
      ["Mona Rydh", "arbetsgivaren"],
      ["Ali Berg", "seko"],
    ]);
  });
});

describe("a justering list on one line, its names apart by a wide gap", () => {
  it("reads each name with its party, also where the gap is written as HTML spaces", () => {
    for (const gap of ["      ", " &nbsp;&nbsp; ", "\t"]) {
      const found = analyseMinutes(
        `Protokoll från samverkansgruppen den 2 december 2025\n1. Ärendet\nText.\n\nJusteras: Kim Lund, enhetschef${gap}Ali Berg, Seko`,
      );
      expect(found.justering.map((j) => [j.name, j.org])).toEqual([
        ["Kim Lund", "arbetsgivaren"],
        ["Ali Berg", "seko"],
      ]);
    }
  });
});
