import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Dissent a sentence refers to rather than records, and whose dissent it is in a union's own report, invented
// for this test (blind 14 showed the classes: a concession "trots oenigheten" before an agreement, "inte
// överens med oss" in a union's report naming the other union of the paragraph too).
const title = "Protokoll från samverkansgruppen den 3 december 2025";
const dissent = (body: string) =>
  analyseMinutes(`${title}\n1. Ärendet\n${body}`).disagreements.map((d) => [d.orgs, d.text]);

describe("dissent named by a preposition's phrase", () => {
  it("is referred to, not recorded, where the phrase concedes it or names it as known", () => {
    const mentions = [
      "Trots oenigheten i sak kom parterna överens om en gemensam uppföljning.",
      "Trots Visions reservation enades parterna om tidplanen för flytten.",
      "På grund av oenigheten skjuts frågan till nästa möte i gruppen.",
      "Med anledning av protokollsanteckningen återkommer arbetsgivaren med en analys.",
      "Efter oenigheterna i våras har parterna nu tagit fram en ny rutin.",
      "Arbetsgivaren svarade kort angående reservationen och gick vidare.",
    ];
    expect(mentions.flatMap((mention) => dissent(mention))).toEqual([]);
  });

  it("reads the sentence of agreement after the concession as an agreement", () => {
    const analysis = analyseMinutes(
      `${title}\n1. Ärendet\nKommunal motsätter sig förslaget.\nTrots oenigheten finns det frågor där parterna är eniga.`,
    );
    expect(analysis.disagreements.map((d) => [d.orgs, d.text])).toEqual([
      [["kommunal"], "Kommunal motsätter sig förslaget."],
    ]);
  });

  it("still records dissent stated in the sentence, a preposition before it or not", () => {
    const records = [
      "Förhandlingen avslutades i oenighet med Seko.",
      "Trots arbetsgivarens förklaring kvarstår Kommunals oenighet om schemat.",
      "Vision lämnade en protokollsanteckning efter diskussionen om schemat.",
      "Unionen avslutar samverkan med oenighet om bemanningen.",
    ];
    expect(records.flatMap((record) => dissent(record).map(([orgs]) => orgs))).toEqual([
      ["seko"],
      ["kommunal"],
      ["vision"],
      ["unionen"],
    ]);
  });
});

describe("the first person as the other side of dissent in a union's own report", () => {
  const report = (body: string) =>
    analyseMinutes(`Vision informerar – rapport från förhandlingen\nResultatet\n${body}`).disagreements.map(
      (d) => d.orgs,
    );

  it("is the report's union, not every union of the paragraph", () => {
    expect(
      report(
        "Vision och Kommunal lämnade synpunkter. Kommunen är alltså inte överens med oss, och beslutet fattas i nämnden.",
      ),
    ).toEqual([["vision"]]);
    expect(
      report("Seko deltog också. Arbetsgivaren är fortsatt oense med oss om hur schemat ska läggas."),
    ).toEqual([["vision"]]);
  });

  it("leaves the paragraph's unions where no first person stands in the sentence", () => {
    expect(
      report("Vision och Kommunal yrkade på en ny analys. Arbetsgivaren och förbunden är inte överens."),
    ).toEqual([["vision", "kommunal"]]);
  });
});

describe("the employer as the other side of a state of dissent with 'oss'", () => {
  const statements = (body: string) =>
    analyseMinutes(`Vision informerar – rapport från förhandlingen\nResultatet\n${body}`).statements.map(
      (s) => [s.org, s.text],
    );

  it("is no speaker where the sentence states the disagreement: the union's statement goes on", () => {
    expect(
      statements("Vi yrkade på fler tjänster. Förvaltningen är inte överens med oss om bemanningen."),
    ).toEqual([
      ["vision", "Vi yrkade på fler tjänster. Förvaltningen är inte överens med oss om bemanningen."],
    ]);
    expect(statements("Vi yrkade på fler tjänster. Arbetsgivaren var oense med oss om tidplanen.")).toEqual([
      ["vision", "Vi yrkade på fler tjänster. Arbetsgivaren var oense med oss om tidplanen."],
    ]);
  });

  it("still speaks where the sentence records no dissent", () => {
    expect(
      statements("Vi yrkade på fler tjänster. Arbetsgivaren svarade att budgeten inte räcker till det."),
    ).toEqual([
      ["vision", "Vi yrkade på fler tjänster."],
      ["arbetsgivaren", "Arbetsgivaren svarade att budgeten inte räcker till det."],
    ]);
  });
});
