import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";
import { readRosterValue } from "./roster";

// Roster layouts invented for this test (blind 26 showed the classes: a table whose columns are the two sides, a
// fixed-width table with a role column, a union named after a representative's role with more said after it).
describe("a roster table whose header row is the two sides' captions", () => {
  const text = [
    "# Protokoll från samverkansgruppen 2025-11-12",
    "**Närvarande**",
    "| Arbetsgivaren | Fackliga organisationer |",
    "|---|---|",
    "| Tova Lind, kulturchef | Pia Holm, Unionen |",
    "| | Ari Sten, Seko |",
    "## 1. Lokaler",
    "Tova Lind redogjorde för flytten av arkivet.",
    "Ari Sten frågade om arbetsmiljön i de nya lokalerna.",
  ].join("\n");

  it("reads each column's people as its side's", () => {
    expect(analyseMinutes(text).roster).toEqual({
      employer: [{ name: "Tova Lind", title: "kulturchef" }],
      unions: [
        { org: "unionen", people: [{ name: "Pia Holm" }] },
        { org: "seko", people: [{ name: "Ari Sten" }] },
      ],
      absent: [],
    });
  });

  it("reads a row with an empty cell as a row, no heading", () => {
    expect(analyseMinutes(text).sections.map((section) => section.title)).toEqual(["Lokaler"]);
  });

  it("gives the people the parties of their columns", () => {
    expect(analyseMinutes(text).statements.map((s) => s.org)).toEqual(["arbetsgivaren", "seko"]);
  });
});

describe("a fixed-width roster table with a role column", () => {
  const text = [
    "PROTOKOLL Samverkansgruppen 2025-11-12",
    "DELTAGARE",
    "Roll          Namn              Organisation",
    "Ordförande    Tova Lind         Verket, generaldirektör",
    "Ledamot       Pia Holm          ST inom Verket",
    "Ledamot       Ari Sten          Saco-S-föreningen vid Verket",
    "",
    "1. Lokaler",
    "Tova Lind redogjorde för flytten av arkivet.",
    "Pia Holm frågade om arbetsmiljön i de nya lokalerna.",
  ].join("\n");

  it("reads the chair's row as a person, not a label, and a union with its local unit", () => {
    expect(analyseMinutes(text).roster).toEqual({
      employer: [{ name: "Tova Lind", title: "Ordförande, Verket, generaldirektör" }],
      unions: [
        { org: "st", people: [{ name: "Pia Holm" }] },
        { org: "saco-s", people: [{ name: "Ari Sten" }] },
      ],
      absent: [],
    });
  });

  it("gives the people their parties in the items", () => {
    expect(analyseMinutes(text).statements.map((s) => s.org)).toEqual(["arbetsgivaren", "st"]);
  });
});

describe("a union named after a representative's role, more said after it", () => {
  it("is the person's union", () => {
    expect(readRosterValue("Ari Sten (skyddsombud Seko, tillika studieombud)", "present")).toEqual([
      { side: "union", org: "seko", people: ["Ari Sten"] },
    ]);
  });
});
