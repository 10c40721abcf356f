import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Whose dissent a sentence records, and whether it records any, invented for this test (blinds 12 and 13
// showed the classes: the employer's own act of rejecting a proposal, a condition inside a clause after
// "att", "även om" that concedes rather than conditions).
const title = "Protokoll från samverkansgruppen den 14 november 2025";
const dissent = (body: string) =>
  analyseMinutes(`${title}\n1. Ärendet\n${body}`).disagreements.map((d) => [d.orgs, d.text]);

describe("the employer's own act of rejecting", () => {
  it("is no union's dissent where the employer is the subject and the sentence names no union", () => {
    expect(
      dissent("Förvaltningen kan tänka sig en längre tidplan men avvisar förslaget om att stoppa flytten."),
    ).toEqual([]);
    expect(dissent("Arbetsgivaren motsätter sig fackets yrkande om fler tjänster.")).toEqual([]);
    expect(dissent("HR-chefen avstyrker förbundens förslag till ny rutin.")).toEqual([]);
  });

  it("still records a union's dissent the employer reports, and a state of disagreement it states", () => {
    expect(dissent("Arbetsgivaren konstaterar att Vision avstyrker förslaget.")).toEqual([
      [["vision"], "Arbetsgivaren konstaterar att Vision avstyrker förslaget."],
    ]);
    expect(
      dissent("Kommunal framför sina synpunkter. Arbetsgivaren konstaterar att parterna är oense."),
    ).toEqual([[["kommunal"], "Arbetsgivaren konstaterar att parterna är oense."]]);
    expect(dissent("Seko motsätter sig förslaget.")).toEqual([[["seko"], "Seko motsätter sig förslaget."]]);
  });
});

describe("a condition inside the clause after 'att'", () => {
  it("is a case, not a record", () => {
    expect(dissent("Det antecknas att om förbunden inte kommer överens kan frågan lyftas centralt.")).toEqual(
      [],
    );
    expect(dissent("Vision påminner om att ifall parterna är oense ska frågan gå till förhandling.")).toEqual(
      [],
    );
  });

  it("leaves 'om' that tells what the disagreement is about", () => {
    expect(
      dissent("Ordföranden konstaterar att förhandlingen om bemanningen avslutas i oenighet med ST."),
    ).toEqual([
      [["st"], "Ordföranden konstaterar att förhandlingen om bemanningen avslutas i oenighet med ST."],
    ]);
  });
});

describe("'även om' concedes, it does not condition", () => {
  it("records the disagreement a concession states", () => {
    expect(
      dissent("– Vi har haft goda samtal, även om vi inte är överens, säger HR-chefen Eva Lund."),
    ).toEqual([
      [["fackliga"], "– Vi har haft goda samtal, även om vi inte är överens, säger HR-chefen Eva Lund."],
    ]);
  });

  // Blind 15 showed the class: "även om" also means "even if" where the main clause states a rule, a right or a
  // possibility ("Arbetsgivaren får … fatta beslut även om facket är emot"), which records nobody's dissent.
  it("reads 'även om' under a rule's right or possibility as a case", () => {
    const rules = [
      "Nämnden kan besluta om nedläggningen även om Kommunal är emot den.",
      "Arbetsgivaren har rätt att verkställa beslutet även om Vision reserverar sig.",
      "Även om Seko avstyrker förslaget får arbetsgivaren genomföra det.",
      "Ledningen äger rätt att besluta även om förbunden inte är överens med den.",
    ];
    expect(rules.flatMap((rule) => dissent(rule))).toEqual([]);
  });

  it("still records the dissent a concession states where no right or possibility frames it", () => {
    expect(dissent("Arbetsgivaren genomför förändringen även om Kommunal är emot den.")).toEqual([
      [["kommunal"], "Arbetsgivaren genomför förändringen även om Kommunal är emot den."],
    ]);
    expect(dissent("Även om Seko avstyrker förslaget genomförs det i maj.")).toEqual([
      [["seko"], "Även om Seko avstyrker förslaget genomförs det i maj."],
    ]);
  });

  it("still reads a plain 'om' as a condition", () => {
    expect(dissent("Om vi inte är överens i maj tas frågan upp igen.")).toEqual([]);
  });
});

// Blind 15 showed the class: a negation that opens the sentence before the topic, with the verb and the parties
// after it ("Inte heller i frågan om … är parterna överens"), read no denial: only a negation a few words before
// the agreement word, with no "om" between, was known.
describe("a negation fronted before the topic", () => {
  it("denies the agreement the inverted clause states", () => {
    expect(
      dissent(
        "Kommunal framförde synpunkter på schemat. Inte heller i frågan om arbetstiderna var parterna överens.",
      ),
    ).toEqual([[["kommunal"], "Inte heller i frågan om arbetstiderna var parterna överens."]]);
    expect(dissent("Inte i något avseende är Vision och arbetsgivaren överens om tidplanen.")).toEqual([
      [["vision"], "Inte i något avseende är Vision och arbetsgivaren överens om tidplanen."],
    ]);
    expect(
      dissent("Seko tog upp bemanningen. Inte ens när det gäller nattpasset blev parterna eniga."),
    ).toEqual([[["seko"], "Inte ens när det gäller nattpasset blev parterna eniga."]]);
  });

  it("leaves a fronted 'inte förrän' or 'inte bara', which agree", () => {
    expect(dissent("Seko tog upp bemanningen. Inte förrän i maj var parterna överens om tidplanen.")).toEqual(
      [],
    );
    expect(
      dissent("Vision tog upp schemat. Inte bara om schemat är parterna överens, utan också om bemanningen."),
    ).toEqual([]);
  });
});

describe("denied agreement in the passive", () => {
  it("is the dissent of the union it names as the agent", () => {
    expect(dissent("Förslaget accepteras inte av Vision.")).toEqual([
      [["vision"], "Förslaget accepteras inte av Vision."],
    ]);
    expect(dissent("Den beskrivningen delas inte av de fackliga företrädarna.")).toEqual([
      [["fackliga"], "Den beskrivningen delas inte av de fackliga företrädarna."],
    ]);
  });

  it("is none where the agent is no union", () => {
    expect(
      dissent("Kommunal informerar om läget. Men den bilden delas inte av personalen på boendet."),
    ).toEqual([]);
  });
});

describe("a press article's crosshead", () => {
  const article = (crosshead: string) =>
    [
      "NORRBYGDENS TIDNING · Nyheter · Fredag 7 mars 2025",
      "",
      "Hemtjänstens scheman ändras i höst",
      "",
      "Av Per Sand",
      "",
      "Förvaltningschefen Eva Lund säger att schemat behövs.",
      "",
      crosshead,
      "",
      "Förhandlingen hölls enligt 11 § medbestämmandelagen.",
    ].join("\n");
  const found = (crosshead: string) =>
    analyseMinutes(article(crosshead)).disagreements.map((d) => [d.orgs, d.text]);

  // The lead's convention (2026-12-02): a crosshead is never a disagreement, whatever it states; the sentences
  // under it are read on their own (blinds 22 and 27 showed the false oenighet).
  it("records no dissent from a crosshead that states one", () => {
    expect(found("Slutade i oenighet")).toEqual([]);
    expect(found("Fortsatt oenighet om schemat")).toEqual([]);
    expect(found("Vision säger nej till förslaget")).toEqual([]);
  });

  it("still records the dissent of a sentence under the crosshead", () => {
    const text = article("Oenighet om schemat").replace(
      "Förhandlingen hölls enligt 11 § medbestämmandelagen.",
      "Vision reserverade sig mot schemat vid förhandlingen i tisdags.",
    );
    expect(analyseMinutes(text).disagreements.map((d) => [d.orgs, d.text])).toEqual([
      [["vision"], "Vision reserverade sig mot schemat vid förhandlingen i tisdags."],
    ]);
  });

  it("records none where it has no dissent words or denies them", () => {
    expect(found("Facket kräver en riskbedömning")).toEqual([]);
    expect(found("Ingen oenighet om lönerna")).toEqual([]);
  });
});

describe("a newsletter's own title above its first paragraph", () => {
  it("is no crosshead of the text, and records no dissent", () => {
    const text = [
      "MEDLEMSBLADET nr 2/2025 – klubben på Åby Energi",
      "",
      "## Oenighet om det nya schemat",
      "",
      "Förhandlingen om schemat hölls i tisdags. Förhandlingen avslutades i oenighet.",
      "",
      "### Vad händer nu?",
      "",
      "Kommunal följer frågan.",
      "",
      "Text: Lisa Berg, informationsansvarig",
    ].join("\n");
    expect(analyseMinutes(text).disagreements.map((d) => d.text)).toEqual([
      "Förhandlingen avslutades i oenighet.",
    ]);
  });
});
