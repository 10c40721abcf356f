import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Minutes exported from a meeting system, invented for this test (blinds 29 and 30 showed the classes: items
// numbered "Ärende 2/5:" with their count or "[2]" in brackets, each item's fields "Ärendetyp:", "Handläggare:",
// "Anteckning:" on lines of their own, and a signature log whose lines carry a box, a leader of dots and a
// status, or the status after a dash; minutes forwarded in an e-mail whose subject is a reply, "SV: Protokoll …", its
// header fields no items; a sub-item numbered by figure and letter, "4 b.").
const sections = (text: string) => analyseMinutes(text).sections.map((s) => [s.title, s.group ?? null]);
const justering = (text: string) => analyseMinutes(text).justering.map((j) => [j.name, j.org, j.note]);

describe("items of a meeting system's export", () => {
  it("reads 'Ärende N/M:' as item N, its fields no items", () => {
    const text = [
      "Protokoll från samverkansgruppen 2025-03-11",
      "Ärende 1/3: Mötets öppnande",
      "Ärendetyp: Formalia",
      "Anteckning: Ordföranden öppnade mötet.",
      "Ärende 2/3: Nya scheman i köket",
      "Ärendetyp: Information (MBL § 19)",
      "Handläggare: Tove Ling",
      "Anteckning:",
      "Tove Ling informerade om schemat. Seko vill se en utvärdering.",
      "Ärende 3/3: Nästa möte",
      "Ärendetyp: Formalia",
      "Anteckning: 2025-04-08 kl. 13.00.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets öppnande", null],
      ["Nya scheman i köket", "mbl19"],
      ["Nästa möte", null],
    ]);
  });

  it("reads '[N]' before a title as item N under its group heading", () => {
    const text = [
      "Protokoll från samverkansgruppen 2025-03-11",
      "INFORMATIONSÄRENDEN",
      "[1] Lokaler på plan 2",
      "Föredragande: Tove Ling",
      "Anteckning:",
      "Tove Ling informerade om ombyggnaden. Vision frågade om tidplanen.",
      "",
      "[2] Sjukfrånvaro",
      "Anteckning:",
      "Sjukfrånvaron är låg. Seko påminde om rehabrutinen.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Lokaler på plan 2", "information"],
      ["Sjukfrånvaro", "information"],
    ]);
  });
});

describe("a meeting system's signature log", () => {
  const minutes = (signatures: string[]) =>
    [
      "Protokoll från samverkansgruppen 2025-03-11",
      "1. Lokaler",
      "Arbetsgivaren informerade om flytten. Seko motsätter sig flytten.",
      "2. Övriga frågor",
      "Inga.",
      ...signatures,
    ].join("\n");

  it("reads 'Signaturer' over boxed lines, the dots and the status no part of the name", () => {
    expect(
      justering(
        minutes([
          "Signaturer",
          "  [x] Ola Berg, arbetsgivaren ........ 2025-03-14 (BankID)",
          "  [ ] Siv Ek, Seko .................. väntar",
        ]),
      ),
    ).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", null],
    ]);
  });

  it("reads the status after a dash, keeping a note after it", () => {
    expect(
      justering(
        minutes([
          "Justering",
          "Ola Berg (arbetsgivaren) – justerat digitalt 2025-03-14",
          "Siv Ek (Seko) – justerat digitalt 2025-03-15, med reservation § 1",
        ]),
      ),
    ).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", "med reservation § 1"],
    ]);
  });
});

describe("minutes in an e-mail", () => {
  it("takes a reply's subject as the title and no header field as an item", () => {
    const text = [
      "Från: Ola Berg <ola.berg@exempel.example>",
      "Skickat: den 3 mars 2025 10:12",
      "Till: Siv Ek; Per Holm",
      "Ämne: SV: Protokoll samverkansgruppen 2025-03-01",
      "Bifogade filer: Protokoll_SVG_250301.docx",
      "Hej!",
      "Här kommer protokollet.",
      "1. Lokaler",
      "Arbetsgivaren informerade om flytten.",
      "2. Scheman",
      "Seko vill se en utvärdering.",
      "",
      "Från: Ola Berg",
      "Ämne: Kallelse till samverkansgruppen 1 mars",
      "Välkomna till mötet.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.title).toBe("Ämne: SV: Protokoll samverkansgruppen 2025-03-01");
    expect(sections(text)).toEqual([
      ["Lokaler", null],
      ["Scheman", null],
    ]);
  });
});

describe("a sub-item numbered by figure and letter", () => {
  it("reads '4 b.' as a sub-item of item 4, its number no part of the title", () => {
    const text = [
      "Protokoll från skyddskommittén 2025-03-11",
      "4. Tillbud",
      "Två tillbud har anmälts.",
      "4 b. Larm i garaget",
      "Seko påminde om larmet.",
      "5. Nästa möte",
      "Mötet hålls i maj.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Tillbud", null],
      ["Larm i garaget", null],
      ["Nästa möte", null],
    ]);
  });

  it("reads '7a)' under '7. Övrigt' as its sub-item, in its group", () => {
    const text = [
      "Protokoll från skyddskommittén 2025-03-11",
      "6. Tillbud",
      "Två tillbud har anmälts.",
      "7. Övrigt",
      "7a) Cykelställen",
      "Seko tog upp cykelställen.",
      "7b) Belysning",
      "Vision tog upp belysningen.",
      "8. Nästa möte",
      "Mötet hålls i maj.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Tillbud", null],
      ["Övrigt", "ovrigt"],
      ["Cykelställen", "ovrigt"],
      ["Belysning", "ovrigt"],
      ["Nästa möte", null],
    ]);
  });
});

describe("a bullet wholly in bold over its text", () => {
  it("reads it as a sub-heading of the markdown item above, in its group", () => {
    const text = [
      "# Protokoll skyddskommittén 2025-03-11",
      "## 1. Tillbud",
      "Två tillbud har anmälts.",
      "## 2. Övriga frågor",
      "- **Cykelställen**",
      "  Seko tog upp cykelställen.",
      "- **Belysning**",
      "  Vision tog upp belysningen.",
      "## 3. Nästa möte",
      "Mötet hålls i maj.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Tillbud", null],
      ["Övriga frågor", "ovrigt"],
      ["Cykelställen", "ovrigt"],
      ["Belysning", "ovrigt"],
      ["Nästa möte", null],
    ]);
  });

  it("leaves a bullet in bold that a text follows on its line a bullet", () => {
    const text = [
      "# Protokoll skyddskommittén 2025-03-11",
      "## 1. Tillbud",
      "- **Hus A:** två tillbud.",
      "- **Hus B:** inga tillbud.",
      "## 2. Nästa möte",
      "Mötet hålls i maj.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Tillbud", null],
      ["Nästa möte", null],
    ]);
  });
});

describe("a list labelled 'Justerat digitalt:'", () => {
  it("reads the names in its cells, the dates signed no notes", () => {
    const text = [
      "Protokoll från samverkansgruppen 2025-03-11",
      "1. Lokaler",
      "Arbetsgivaren informerade om flytten.",
      "2. Nästa möte",
      "Mötet hålls i maj.",
      "Justerat digitalt: Ola Berg, arbetsgivaren, 2025-03-14 | Siv Ek, Seko, 2025-03-15",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Ola Berg", "arbetsgivaren", null],
      ["Siv Ek", "seko", null],
    ]);
  });
});
