import { describe, expect, it } from "vitest";
import { describeExamples, readExample as example } from "../../test/harness/examples";
import type { Disagreement, Justerare } from "../model/meeting";
import { buildJustering, joinSwedish, titleInSentence } from "./build";

/** The example's text with its line breaks and spacing folded, as one running text. */
const flat = (text: string) => text.replace(/\s+/g, " ");
/** The example's non-empty lines, trimmed. */
const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const disagreement = (orgs: string[], sectionTitle?: string): Disagreement => ({
  id: `d-${orgs.join("-")}-${sectionTitle ?? ""}`,
  orgs,
  text: "…",
  ...(sectionTitle ? { sectionTitle } : {}),
});

describe("justering, sentence style (example 000)", () => {
  const justerare: Justerare[] = [
    { org: "ssr", name: "Cecilia Cederström" },
    { org: "kommunal", name: "Christina Gustafsson" },
    { org: "arbetsgivaren", name: "Dinah Åbinger" },
  ];

  describeExamples("the sentence as example 000 writes it", () => {
    it("is the example's own closing sentence", () => {
      expect(flat(example("000"))).toContain(buildJustering({ style: "sentence" }, justerare, []).lines[0]);
    });
  });

  it("writes the closing sentence from structured input", () => {
    const result = buildJustering({ style: "sentence" }, justerare, []);
    expect(result.heading).toBeNull();
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toBe(
      "Cecilia Cederström justerar protokollet för Akademikerförbundet SSR, Christina Gustafsson för Kommunal och Dinah Åbinger för arbetsgivaren.",
    );
  });

  it("handles one and two parties", () => {
    expect(buildJustering({ style: "sentence" }, justerare.slice(0, 1), []).lines).toEqual([
      "Cecilia Cederström justerar protokollet för Akademikerförbundet SSR.",
    ]);
    expect(buildJustering({ style: "sentence" }, justerare.slice(1), []).lines).toEqual([
      "Christina Gustafsson justerar protokollet för Kommunal och Dinah Åbinger för arbetsgivaren.",
    ]);
    expect(buildJustering({ style: "sentence" }, [], []).lines).toEqual([]);
  });

  it("notes a disagreement inside the sentence", () => {
    const result = buildJustering({ style: "sentence" }, justerare, [disagreement(["kommunal"], "Beslut")]);
    expect(result.lines[0]).toContain("Christina Gustafsson för Kommunal (oenighet under beslut) och");
  });
});

describe("justering, list style (example 004)", () => {
  const justerare: Justerare[] = [
    { org: "arbetsgivaren", name: "Lars Wennberg" },
    { org: "vision", name: "Mimmi Petrini" },
    { org: "kommunal", name: "Charlotte Andersson" },
    { org: "sveriges-larare", name: "Susann Stjärnfeldt" },
    { org: "ssr", name: "Liselotte Näslund" },
    { org: "saco", name: "Carl Korch", label: "SACO" },
  ];

  const build = () =>
    buildJustering({ style: "list", heading: "Justeras (digitalt)" }, justerare, [
      disagreement(["kommunal"], "Föranmälda frågor"),
    ]);

  it("writes the heading and one line per justerare, the oenighet on its union's line", () => {
    const result = build();
    expect(result.heading).toBe("Justeras (digitalt)");
    expect(result.lines).toEqual([
      "Lars Wennberg för arbetsgivaren",
      "Mimmi Petrini för Vision",
      "Charlotte Andersson för Kommunal (oenighet under föranmälda frågor)",
      "Susann Stjärnfeldt för Sveriges Lärare",
      "Liselotte Näslund för Akademikerförbundet SSR",
      "Carl Korch för SACO",
    ]);
  });

  describeExamples("the block as example 004 writes it", () => {
    it("is the example's own heading and lines", () => {
      const source = lines(example("004"));
      const start = source.indexOf("Justeras (digitalt)");
      expect(start).toBeGreaterThan(-1);
      expect(build().lines).toEqual(source.slice(start + 1, start + 1 + justerare.length));
    });
  });

  it("uses the catalogue's display name when no label is given", () => {
    const result = buildJustering({ style: "list" }, [{ org: "saco", name: "Carl Korch" }], []);
    expect(result.heading).toBe("Justeras");
    expect(result.lines).toEqual(["Carl Korch för Saco"]);
  });

  it("joins several sections, once each, in document order", () => {
    const result = buildJustering({ style: "list" }, justerare, [
      disagreement(["kommunal", "ssr"], "17. Föranmälda frågor"),
      disagreement(["kommunal"], "Ekonomi och budget"),
      disagreement(["kommunal"], "Föranmälda frågor"),
      disagreement(["kommunal"], "MBL § 11 Verksamhetsberättelse"),
    ]);
    expect(result.lines[2]).toBe(
      "Charlotte Andersson för Kommunal (oenighet under föranmälda frågor, ekonomi och budget och MBL § 11 Verksamhetsberättelse)",
    );
    expect(result.lines[4]).toBe(
      "Liselotte Näslund för Akademikerförbundet SSR (oenighet under föranmälda frågor)",
    );
    expect(result.lines[0]).toBe("Lars Wennberg för arbetsgivaren");
  });

  it("names a committee's agenda item by its title as written, in quotation marks and without its number, beside the minutes' own items", () => {
    const result = buildJustering({ style: "list" }, justerare, [
      disagreement(["kommunal"], "17. Föranmälda frågor"),
      {
        ...disagreement(["kommunal"], "7. Stockholms stads säkerhetsprogram, svar på remiss"),
        agendaItem: true,
      },
      { ...disagreement(["kommunal"], "§ 12 Budget 2025"), agendaItem: true },
    ]);
    expect(result.lines[2]).toBe(
      "Charlotte Andersson för Kommunal (oenighet under föranmälda frågor, ”Stockholms stads säkerhetsprogram, svar på remiss” och ”Budget 2025”)",
    );
  });

  it("writes a bare (oenighet) when the disagreement has no section", () => {
    const result = buildJustering({ style: "list" }, justerare, [disagreement(["vision"])]);
    expect(result.lines[1]).toBe("Mimmi Petrini för Vision (oenighet)");
  });

  it("ignores disagreements of parties without a justerare", () => {
    const result = buildJustering({ style: "list" }, justerare.slice(0, 2), [
      disagreement(["ledarna"], "Övriga frågor"),
    ]);
    expect(result.lines).toEqual(["Lars Wennberg för arbetsgivaren", "Mimmi Petrini för Vision"]);
  });
});

describe("justering of an MBL negotiation", () => {
  // A negotiation protocol has one question: the oenighet is in it, not "under" one of its paragraphs.
  const settings = {
    style: "list" as const,
    heading: "Justeras",
    disagreementNote: "(oenighet i förhandlingsfrågan)",
  };
  const justerare: Justerare[] = [
    { org: "arbetsgivaren", name: "Eva Berg" },
    { org: "vision", name: "Per Holm" },
    { org: "kommunal", name: "Karin Lund" },
  ];

  it("writes the template's fixed note for each disagreeing union, whatever paragraph the mark is in", () => {
    const result = buildJustering(settings, justerare, [
      disagreement(["vision"], "§ 4 Arbetstagarorganisationernas synpunkter"),
      disagreement(["vision"], "§ 5 Förhandlingens avslutande"),
    ]);
    expect(result).toEqual({
      heading: "Justeras",
      lines: [
        "Eva Berg för arbetsgivaren",
        "Per Holm för Vision (oenighet i förhandlingsfrågan)",
        "Karin Lund för Kommunal",
      ],
    });
  });
});

describe("helpers", () => {
  it("joins Swedish lists", () => {
    expect(joinSwedish([])).toBe("");
    expect(joinSwedish(["a"])).toBe("a");
    expect(joinSwedish(["a", "b"])).toBe("a och b");
    expect(joinSwedish(["a", "b", "c"])).toBe("a, b och c");
  });

  it("lower-cases a title for a sentence, keeping acronyms and dropping numbers", () => {
    expect(titleInSentence("Föranmälda frågor")).toBe("föranmälda frågor");
    expect(titleInSentence("§ 12 Övriga frågor")).toBe("övriga frågor");
    expect(titleInSentence("SAM och arbetsmiljö")).toBe("SAM och arbetsmiljö");
  });
});
