import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Who "vi" is in a union's own report: the union, except where the editor speaks about the text itself or a
// quote is attributed to another party. Texts written for this test.
const report = (...items: string[]) =>
  analyseMinutes(
    ["Medlemsbrev från Seko Norrvik – maj 2025", "", "## Schemat i hamnen", "", ...items].join("\n"),
  );

describe("the editor's act on the text in a union's own report", () => {
  it("is no statement, and leaves nobody for 'facket' to refer back to", () => {
    const analysis = report(
      "*Nedan publicerar vi insändaren i sin helhet.*",
      "",
      "Ingen överenskommelse nåddes när bolaget och facket träffades i torsdags.",
    );
    expect(analysis.statements).toEqual([]);
    expect(analysis.disagreements.map((d) => [d.orgs, d.text.slice(0, 22)])).toEqual([
      [["fackliga"], "Ingen överenskommelse "],
    ]);
  });

  it("keeps the union's own acts on other things", () => {
    const analysis = report("Vi publicerade inget om turerna. Vi framförde att turerna är för långa.");
    expect(analysis.statements.map((s) => s.org)).toEqual(["seko"]);
  });
});

describe("a quote of several sentences attributed to another party at its end", () => {
  it("gives the dissent of its first sentence to the quoted speaker's union, not the report's", () => {
    const analysis = report(
      "– Vi kan inte godta det här. Våra medlemmar får sämre raster, säger Lena Borg, som är Transports klubbordförande.",
    );
    expect(analysis.disagreements.map((d) => [d.orgs, d.text])).toEqual([
      [["transport"], "– Vi kan inte godta det här."],
    ]);
    expect(analysis.statements.map((s) => s.org)).toEqual(["transport"]);
  });

  it("knows a person introduced with an office of the union in the genitive", () => {
    const analysis = report(
      "– Vi väntar på besked, säger Lena Borg, Transports ombudsman.",
      "",
      "Hon tycker att bolaget har dragit ut på frågan.",
      "",
      "– Det blir för sent, säger Lena Borg.",
    );
    expect(analysis.statements.map((s) => [s.org, s.text.slice(0, 12)])).toEqual([
      ["transport", "– Vi väntar "],
      ["transport", "Hon tycker a"],
      ["transport", "– Det blir f"],
    ]);
  });
});
