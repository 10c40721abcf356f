import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Blind 22 showed the families: dissent told of samverkan at another level ("centrala samverkansgruppen",
// "centralt"), of a political actor standing after an inverted act, a held view said to stand no more, and a
// bare note pointing at the item that records the dissent. Invented sentences, in other words.
const dissent = (text: string) => analyseMinutes(text).disagreements.map((d) => [d.orgs, d.text]);
const minutes = (body: string) =>
  `Protokoll från förvaltningens samverkansgrupp\nDatum: 2025-05-14\n\n§ 1 Lokaler för hemtjänsten\n${body}`;

describe("dissent of samverkan at another level, or of politics after the act", () => {
  it.each([
    "Ärendet har också tagits upp i den centrala samverkansgruppen där Seko lämnade en protokollsanteckning.",
    "Vid central samverkan reserverade sig Unionen mot lokalplanen.",
    "I den centrala skyddskommittén anmälde Vision oenighet om ventilationen den 2 april.",
    "Seko och Unionen har centralt reserverat sig mot lokalplanen.",
    "Under mötet motsatte sig oppositionen flytten.",
    "Efter presentationen reserverade sig Kristdemokraterna mot lokalplanen.",
  ])("takes no dissent from %j", (sentence) => {
    expect(dissent(minutes(`Chefen redogjorde för lokalplanen.\n\n${sentence}`))).toEqual([]);
  });

  it.each([
    "Seko reserverar sig mot nedläggningen av den centrala samverkansgruppen.",
    "Unionen motsätter sig beslutet om central samverkan.",
  ])("still reads this meeting's dissent with a central forum as its object: %j", (sentence) => {
    expect(dissent(minutes(sentence)).length).toBe(1);
  });
});

describe("a held view denied after it, and a bare pointer at an item", () => {
  it("takes no dissent from a view said to stand no more", () => {
    expect(dissent(minutes("Seko var tidigare kritisk. Den uppfattningen kvarstår inte längre."))).toEqual(
      [],
    );
  });

  it("still reads a view held on", () => {
    expect(dissent(minutes("Seko har framfört kritik mot lokalen. Kritiken kvarstår."))).toEqual([
      [["seko"], "Kritiken kvarstår."],
    ]);
  });

  it.each(["Oenighet punkt 1", "Med oenighet under § 1"])("takes no dissent from the note %j", (note) => {
    expect(dissent(minutes(`Chefen redogjorde för lokalplanen.\n\n${note}`))).toEqual([]);
  });
});

describe("a labelled note that asks for something", () => {
  it("takes no dissent from a note whose content is a request", () => {
    const text = minutes(
      "Protokollsanteckning: Seko önskar att arbetsgivaren följer upp flytten efter ett år.",
    );
    expect(dissent(text)).toEqual([]);
  });

  it("still reads a labelled note that disagrees", () => {
    const text = minutes("Protokollsanteckning från Seko: Seko anser att lokalen är för liten.");
    expect(dissent(text).length).toBe(1);
  });
});

describe("a sentence telling dissent of another time or forum", () => {
  const statements = (text: string) => analyseMinutes(text).statements.map((s) => [s.org, s.text]);

  it.each([
    "Där lämnade Seko en protokollsanteckning om lokalerna.",
    "I december anmälde Unionen oenighet om samma lokalplan.",
    "Seko och Unionen har centralt reserverat sig mot lokalplanen.",
  ])("is no statement of its union: %j", (sentence) => {
    const text = minutes(`Lokalplanen och skyddskommitténs möte redovisades.\n\n${sentence}`);
    expect(statements(text)).toEqual([]);
  });

  it("still gives the statement of a union that tells it itself", () => {
    const text = minutes("Seko påminner om att förbundet i december reserverade sig mot lokalplanen.");
    expect(statements(text)).toEqual([
      ["seko", "Seko påminner om att förbundet i december reserverade sig mot lokalplanen."],
    ]);
  });
});

describe("a bare 'nej' answering whether a union accepts", () => {
  const item = (body: string) =>
    `Protokoll från samverkansgruppen\nNärvarande: Eva Holm, personalchef; Ali Berg, Seko\n\n§ 1 Lokaler\n${body}`;

  it("is the answering union's dissent", () => {
    const text = item("Eva Holm undrar om Seko kan godkänna lokalplanen i sin helhet. Ali Berg svarar nej.");
    expect(dissent(text)).toEqual([[["seko"], "Ali Berg svarar nej."]]);
  });

  it("is none where the question asks no acceptance", () => {
    const text = item("Eva Holm undrar om Seko har fler frågor om lokalplanen. Ali Berg svarar nej.");
    expect(dissent(text)).toEqual([]);
  });
});
