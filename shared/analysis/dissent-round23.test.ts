import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Round 23's false oenighet by assumption (blinds 29 and 30 showed the classes), each in invented words.
const title = "Protokoll från samverkansgruppen den 14 november 2025";
const dissent = (body: string) =>
  analyseMinutes(`${title}\n1. Ärendet\n${body}`).disagreements.map((d) => [d.orgs, d.text]);

describe("a condition with its finite verb first", () => {
  it("records no dissent where the sentence opens with the verb", () => {
    expect(dissent("Blir parterna oense i sakfrågan får förbundet påkalla central förhandling.")).toEqual([]);
    expect(dissent("Kan parterna inte enas avgör arbetsgivaren frågan.")).toEqual([]);
    expect(dissent("Uppstår oenighet om tolkningen ska frågan tas upp i nästa möte.")).toEqual([]);
  });

  it("still records dissent after a comma, where the verb continues the subject", () => {
    expect(
      dissent("Seko anser att riskerna är för stora, och kan därför inte ställa sig bakom förslaget."),
    ).toEqual([
      [["seko"], "Seko anser att riskerna är för stora, och kan därför inte ställa sig bakom förslaget."],
    ]);
  });
});

describe("a forum of politics", () => {
  it("places a parish board's dissent there, not at this meeting", () => {
    expect(dissent("I kyrkorådet reserverade sig tre ledamöter mot budgeten.")).toEqual([]);
  });
});

describe("not joining another union's stand", () => {
  it("is no dissent with the employer, as not sharing a union's view is none", () => {
    expect(dissent("Seko avstyrker förslaget. Unionen ansluter sig inte till Seko i den delen.")).toEqual([
      [["seko"], "Seko avstyrker förslaget."],
    ]);
    expect(dissent("Unionen ansluter sig inte till förslaget.")).toEqual([
      [["unionen"], "Unionen ansluter sig inte till förslaget."],
    ]);
  });
});

describe("a refusal whose subject goes on to deny dissent", () => {
  it("is a stance, no record", () => {
    expect(dissent("Vision tillstyrkte inte förslaget men anmälde heller ingen oenighet.")).toEqual([]);
    expect(dissent("Seko ställer sig inte bakom förslaget men reserverar sig inte.")).toEqual([]);
  });

  it("records the refusal where another party denies its own dissent", () => {
    expect(dissent("Vision ställer sig inte bakom förslaget men de övriga anmäler ingen oenighet.")).toEqual([
      [["vision"], "Vision ställer sig inte bakom förslaget men de övriga anmäler ingen oenighet."],
    ]);
  });
});

describe("a quoted note pointing at its item", () => {
  it("tells how one will sign, no record of its own", () => {
    expect(
      dissent('Sekreteraren noterar att Ali skriver "reservation under § 3" vid sin namnteckning.'),
    ).toEqual([]);
  });

  it("leaves a quote of dissent in words recorded", () => {
    expect(dissent("Vision lämnar en protokollsanteckning: ”Vision motsätter sig flytten.”")).not.toEqual([]);
  });
});

describe("a season of an earlier year", () => {
  it("places the act there, and the clause joined to it by ', och'", () => {
    expect(dissent("Hösten 2022 avslutades samverkan om köket i oenighet.")).toEqual([]);
    expect(
      dissent(
        "Hösten 2022 avslutades samverkan om köket i oenighet, och Kommunal, som då var ensam, reserverade sig.",
      ),
    ).toEqual([]);
  });

  it("leaves a clause joined to an unplaced one recorded", () => {
    expect(dissent("Samverkan avslutades i oenighet, och Kommunal reserverade sig.").length).toBeGreaterThan(
      0,
    );
  });
});

describe("an item headed by the local negotiation", () => {
  const minutes = (heading: string) =>
    analyseMinutes(
      `Protokoll central förhandling den 14 november 2025\n1. ${heading}\nSeko motsatte sig att depån flyttas.\n2. Förhandlingens avslutande\nFörhandlingen avslutas i oenighet med Seko.`,
    ).disagreements.map((d) => d.text);

  it("tells the earlier negotiation's dissent as background", () => {
    expect(minutes("Den lokala förhandlingen")).toEqual(["Förhandlingen avslutas i oenighet med Seko."]);
  });

  it("leaves an item of another heading read", () => {
    expect(minutes("Arbetstagarpartens synpunkter")).toEqual([
      "Seko motsatte sig att depån flyttas.",
      "Förhandlingen avslutas i oenighet med Seko.",
    ]);
  });
});
