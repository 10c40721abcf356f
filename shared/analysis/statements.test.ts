import { describe, expect, it } from "vitest";
import type { SpeakerBlock } from "./blocks";
import { findStatements } from "./statements";

const section = {
  id: "s1",
  title: "Schema",
  paragraph: 0,
  bodyParagraphs: 1,
  deliberatelyEmpty: false,
  structured: true,
};
const run = (texts: string[], block: SpeakerBlock | null = null) =>
  findStatements(texts.map((text, index) => ({ index, text, section, block })));
const statements = (texts: string[], block: SpeakerBlock | null = null) =>
  run(texts, block).statements.map((s) => [s.org, s.text]);
const disagreements = (texts: string[]) => run(texts).disagreements.map((d) => [d.orgs, d.text]);

describe("findStatements", () => {
  it("runs one party's statement to where another party starts", () => {
    expect(
      statements([
        "Bakgrunden redovisades. Kommunal menar att schemat är tätt. De vill ha fler pass. HR-chef svarar att det ses över. HR-chef menar också att det tar tid.",
      ]),
    ).toEqual([
      ["kommunal", "Kommunal menar att schemat är tätt. De vill ha fler pass."],
      ["arbetsgivaren", "HR-chef svarar att det ses över. HR-chef menar också att det tar tid."],
    ]);
  });

  it("ends a statement with its paragraph", () => {
    expect(statements(["Vision anser att listan är bra.", "Listan skickas ut."])).toEqual([
      ["vision", "Vision anser att listan är bra."],
    ]);
  });

  it("gives a block's party the paragraphs that name nobody, until the other side answers", () => {
    const block: SpeakerBlock = { title: "Fackliga inspel", org: "fackliga", paragraph: 0 };
    expect(
      statements(
        ["Vi ser positivt på förslaget.", "Arbetsgivaren tackar för inspelen.", "Underlaget skickas ut."],
        block,
      ),
    ).toEqual([
      ["fackliga", "Vi ser positivt på förslaget."],
      ["arbetsgivaren", "Arbetsgivaren tackar för inspelen."],
    ]);
  });

  it("gives one statement to each of coordinated parties", () => {
    expect(statements(["Vision och Kommunal anser att bemanningen är för låg."])).toEqual([
      ["vision", "Vision och Kommunal anser att bemanningen är för låg."],
      ["kommunal", "Vision och Kommunal anser att bemanningen är för låg."],
    ]);
  });
});

describe("disagreements", () => {
  it("finds the forms of dissent with the unions concerned", () => {
    expect(
      disagreements([
        "Kommunal menade att rutinen är fel och ställde sig oeniga till rutinen.",
        "Vision reserverar sig mot beslutet.",
        "Förhandlingen avslutades i oenighet.",
        "SSR lämnar en protokollsanteckning.",
        "Vårdförbundet och Kommunal är inte eniga med arbetsgivaren.",
        "Vision kan inte ställa sig bakom förslaget.",
      ]),
    ).toEqual([
      [["kommunal"], "Kommunal menade att rutinen är fel och ställde sig oeniga till rutinen."],
      [["vision"], "Vision reserverar sig mot beslutet."],
      [["fackliga"], "Förhandlingen avslutades i oenighet."],
      [["ssr"], "SSR lämnar en protokollsanteckning."],
      [["vardforbundet", "kommunal"], "Vårdförbundet och Kommunal är inte eniga med arbetsgivaren."],
      [["vision"], "Vision kan inte ställa sig bakom förslaget."],
    ]);
  });

  it("does not take agreement or a caveat for dissent", () => {
    expect(
      disagreements([
        "Samverkansgruppen är enig om att tidpunkterna behöver tydliggöras.",
        "Alla är överens om planen.",
        "Samverkansgruppen ställer sig bakom rutinen.",
        "Beslutet fattas med reservation för att budgeten håller.",
      ]),
    ).toEqual([]);
  });
});

describe("a block's label over nothing said", () => {
  // Blind 11 showed the class: "Arbetsgivarens inspel: Inga." is the empty block, no statement.
  it.each([
    "Arbetsgivarens inspel: Inga.",
    "Fackliga inspel: Inga synpunkter.",
    "Arbetsgivarens synpunkter: Inget att tillägga.",
    "Fackliga inspel: –",
  ])("reads %j as no statement", (text) => {
    expect(statements([text])).toEqual([]);
  });

  it("keeps what a label opens with a party's words", () => {
    expect(statements(["Arbetsgivarens inspel: HR-chef påpekar att inga vikarier finns."])).toEqual([
      ["arbetsgivaren", "HR-chef påpekar att inga vikarier finns."],
    ]);
  });
});
