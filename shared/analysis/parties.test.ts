import { describe, expect, it } from "vitest";
import { findParties, partyFinder } from "./parties";

describe("findParties", () => {
  it("finds unions, the unions jointly and the employer side by name or role", () => {
    const text = "SSR, de fackliga och HR-chefen samt VC BUF och Akademikerförbundet SSR";
    expect(findParties(text).map((p) => [p.org, text.slice(p.start, p.end)])).toEqual([
      ["ssr", "SSR"],
      ["fackliga", "de fackliga"],
      ["arbetsgivaren", "HR-chefen"],
      ["arbetsgivaren", "VC"],
      ["ssr", "Akademikerförbundet SSR"],
    ]);
  });

  it("ignores words containing a name, suspended compounds and lower-case abbreviations", () => {
    expect(
      findParties("Socialförvaltningen, Kommunalt, Fastighets- och säkerhetsansvarig, HR-kommer, fc"),
    ).toEqual([]);
  });

  it("knows the people of the meeting", () => {
    const find = partyFinder({ people: [{ name: "Jonas Sund", org: "arbetsgivaren" }] });
    expect(find("Jonas Sund redogjorde.").map((p) => p.org)).toEqual(["arbetsgivaren"]);
  });
});
