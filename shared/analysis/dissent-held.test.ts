import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// A union holding its view is this meeting's dissent, restated or not (the lead's convention of 2026-12-02, round 23:
// blinds 29 and 30 keyed "vidhåller att …" and "står fast vid att …", blinds 3–22 re-keyed to it). Invented words.
const title = "Protokoll från samverkansgruppen den 14 november 2025";
const dissent = (body: string) =>
  analyseMinutes(`${title}\n1. Ärendet\n${body}`).disagreements.map((d) => [d.orgs, d.text]);

describe("a union's held view", () => {
  it("is dissent also where the item records the same union's dissent in other words", () => {
    expect(dissent("Vision avstyrker förslaget.\n\nVision står fast vid sina yrkanden.")).toEqual([
      [["vision"], "Vision avstyrker förslaget."],
      [["vision"], "Vision står fast vid sina yrkanden."],
    ]);
  });

  it("is dissent held as a clause of content, whose own negation does not deny it", () => {
    expect(dissent("Kommunal vidhåller att beslutet inte bör fattas före hösten.")).toEqual([
      [["kommunal"], "Kommunal vidhåller att beslutet inte bör fattas före hösten."],
    ]);
    expect(dissent("Seko står kvar vid sin uppfattning.")).toEqual([
      [["seko"], "Seko står kvar vid sin uppfattning."],
    ]);
  });

  it("is this meeting's where a document's date stands in the predicate before it", () => {
    expect(
      dissent("Unionen hänvisar till sin skrivelse av den 4 mars och vidhåller att flytten bör vänta."),
    ).toEqual([
      [["unionen"], "Unionen hänvisar till sin skrivelse av den 4 mars och vidhåller att flytten bör vänta."],
    ]);
  });

  it("is none where it is denied, or where the employer holds it", () => {
    expect(dissent("Kommunal står inte längre fast vid sin uppfattning.")).toEqual([]);
    expect(dissent("Arbetsgivaren står fast vid att flytten genomförs i mars.")).toEqual([]);
    expect(
      dissent(
        "– Vi respekterar Kommunals synpunkter. Men vi står fast vid att flytten behövs, säger förvaltningschefen Eva Lund.",
      ),
    ).toEqual([]);
  });
});
