import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// What dissent is about and when it is recorded, invented for this test (blind set 4 showed the classes: a
// union holding a view it has already recorded, a union not sharing another union's view, a reported question,
// a warning about the future, a protocol note of a union that supports the decision).
const title = "Protokoll från samverkansgruppen den 14 november 2025";
const dissent = (body: string) =>
  analyseMinutes(`${title}\n1. Ärendet\n${body}`).disagreements.map((d) => [d.orgs, d.text]);

describe("a union holding its view", () => {
  // Round 23: the lead's convention of 2026-12-02 keys this meeting's restated dissent (it was dropped before).
  it("is dissent of its own also where the item has recorded the union's dissent", () => {
    expect(
      dissent(
        "Seko motsätter sig förslaget.\nArbetsgivaren svarar att tidplanen ligger fast.\nSeko vidhåller sin ståndpunkt.",
      ),
    ).toEqual([
      [["seko"], "Seko motsätter sig förslaget."],
      [["seko"], "Seko vidhåller sin ståndpunkt."],
    ]);
    expect(
      dissent(
        "Arbetsgivaren svarar att beslutet fattas i december. ST står fast vid sin uppfattning. Parterna konstaterar att ST och arbetsgivaren är oense.",
      ),
    ).toEqual([
      [["st"], "ST står fast vid sin uppfattning."],
      [["st"], "Parterna konstaterar att ST och arbetsgivaren är oense."],
    ]);
    expect(dissent("Unionen avstyrker förslaget.\nUnionens uppfattning kvarstår.")).toEqual([
      [["unionen"], "Unionen avstyrker förslaget."],
      [["unionen"], "Unionens uppfattning kvarstår."],
    ]);
  });

  it("is the union's dissent where nothing else records it, and another union's held view still counts", () => {
    expect(dissent("Kommunal vidhåller sin inställning.")).toEqual([
      [["kommunal"], "Kommunal vidhåller sin inställning."],
    ]);
    expect(dissent("Vision avstyrker förslaget.\nKommunal står fast vid sin uppfattning.")).toEqual([
      [["vision"], "Vision avstyrker förslaget."],
      [["kommunal"], "Kommunal står fast vid sin uppfattning."],
    ]);
  });
});

describe("dissent with another union, not with the employer", () => {
  it("takes no dissent from a union not sharing another union's view", () => {
    const traps = [
      "Seko delar inte ST:s bedömning av tidplanen.",
      "Vårdförbundet delar inte Kommunals uppfattning utan ställer sig bakom förslaget.",
      "Ledarna delade inte Visions farhågor om arbetsmiljön.",
    ];
    expect(traps.flatMap((trap) => dissent(trap))).toEqual([]);
  });

  it("still reads a union not sharing the employer's view as dissent", () => {
    expect(dissent("Seko delar inte förvaltningens bedömning av tidplanen.")).toEqual([
      [["seko"], "Seko delar inte förvaltningens bedömning av tidplanen."],
    ]);
  });
});

describe("dissent asked about, warned of or noted in support", () => {
  it("takes no dissent from a reported question", () => {
    const traps = [
      "Flera medlemmar har undrat om Kommunal reserverade sig mot beslutet.",
      "Det har frågats om ST var oense om schemat.",
      "Vision frågade huruvida Kommunal motsätter sig flytten.",
    ];
    expect(traps.flatMap((trap) => dissent(trap))).toEqual([]);
  });

  it("takes no dissent from a warning about what a union will not accept", () => {
    const traps = [
      "– Vi kommer inte att acceptera fler neddragningar, sa Lena Berg, Visions ordförande.",
      "Kommunal kommer inte att godta en sådan ordning framöver.",
    ];
    expect(traps.flatMap((trap) => dissent(trap))).toEqual([]);
    expect(dissent("Kommunal kan inte acceptera en sådan ordning.")).toEqual([
      [["kommunal"], "Kommunal kan inte acceptera en sådan ordning."],
    ]);
  });

  it("takes no dissent from a protocol note of a union that supports the decision", () => {
    const traps = [
      "Kommunal tillstyrker förslaget och lämnar en protokollsanteckning om uppföljningen.",
      "Ledarna ställer sig bakom beslutet och lämnar en protokollsanteckning där förbundet betonar dialogen.",
      "Unionen välkomnar beslutet men lämnar en protokollsanteckning om bemanningen.",
    ];
    expect(traps.flatMap((trap) => dissent(trap))).toEqual([]);
    expect(dissent("Vision lämnar en protokollsanteckning, bilaga 2.")).toEqual([
      [["vision"], "Vision lämnar en protokollsanteckning, bilaga 2."],
    ]);
  });

  it("reads enighet not reached about a named matter", () => {
    const body = "Enighet om tidplanen har inte nåtts mellan arbetsgivaren och Seko.";
    expect(dissent(body)).toEqual([[["seko"], body]]);
  });
});
