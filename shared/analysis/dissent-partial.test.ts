import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Dissent written as a partial acceptance or with the words of a subordinate clause, invented for this test
// (blind set 5 showed the classes: "accepts A but not B", "att enighet inte har nåtts", a conclusion naming
// "parterna" whose paragraph says which unions dissent).
const title = "Protokoll från samverkansgruppen den 3 december 2025";
const dissent = (body: string) =>
  analyseMinutes(`${title}\n1. Ärendet\n${body}`).disagreements.map((d) => [d.orgs, d.text]);

describe("a partial acceptance", () => {
  it("is dissent with the part not accepted", () => {
    expect(dissent("Seko godtar att kvällsskiftet tas bort, men inte att helgskiftet förkortas.")).toEqual([
      [["seko"], "Seko godtar att kvällsskiftet tas bort, men inte att helgskiftet förkortas."],
    ]);
    expect(dissent("Unionen accepterar den nya tidplanen men inte neddragningen i Ås.")).toEqual([
      [["unionen"], "Unionen accepterar den nya tidplanen men inte neddragningen i Ås."],
    ]);
    expect(
      dissent("ST kan ställa sig bakom flytten av arkivet men däremot inte att två tjänster dras in."),
    ).toEqual([
      [["st"], "ST kan ställa sig bakom flytten av arkivet men däremot inte att två tjänster dras in."],
    ]);
  });

  it("is no dissent where the part not accepted is another's or a plain contrast", () => {
    expect(
      dissent("Kommunal accepterar förslaget, men inte förrän riskbedömningen är klar ändras schemat."),
    ).toEqual([]);
    expect(dissent("Vision godtar schemat men vill att det följs upp i maj.")).toEqual([]);
  });
});

describe("no agreement reached, in a subordinate clause", () => {
  it("reads the clause's word order and the union the paragraph names", () => {
    expect(
      dissent(
        "Parterna konstaterar att enighet inte har uppnåtts om bemanningen. Seko förklarar förhandlingen avslutad i oenighet.",
      ),
    ).toEqual([
      [["seko"], "Parterna konstaterar att enighet inte har uppnåtts om bemanningen."],
      [["seko"], "Seko förklarar förhandlingen avslutad i oenighet."],
    ]);
    expect(dissent("Det noteras att enighet inte kunnat nås. Unionen reserverar sig mot beslutet.")).toEqual([
      [["unionen"], "Det noteras att enighet inte kunnat nås."],
      [["unionen"], "Unionen reserverar sig mot beslutet."],
    ]);
    expect(dissent("Någon enighet nåddes inte i frågan om lokalerna, och Vision reserverade sig.")).toEqual([
      [["vision"], "Någon enighet nåddes inte i frågan om lokalerna, och Vision reserverade sig."],
    ]);
  });

  it("is no dissent in a condition or a plan", () => {
    expect(dissent("Om enighet inte har nåtts före mars avgörs frågan centralt.")).toEqual([]);
  });
});

describe("a conclusion naming only the parties", () => {
  it("takes the paragraph's unions that dissent, not those it records agreement with", () => {
    expect(
      dissent(
        "Parterna konstaterar att enighet inte har nåtts. Unionen förklarar förhandlingen avslutad i oenighet. Med Seko avslutas förhandlingen i enighet.",
      ),
    ).toEqual([
      [["unionen"], "Parterna konstaterar att enighet inte har nåtts."],
      [["unionen"], "Unionen förklarar förhandlingen avslutad i oenighet."],
    ]);
  });
});
