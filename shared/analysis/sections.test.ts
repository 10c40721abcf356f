import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// What is an item heading and what only looks like one: page headers and footers, subtitles, labels laid out
// in columns, table rows, signatures and closing lines, newspaper furniture, and group headings written as
// headings. Texts invented for this test (the held-out set showed the classes).
const sections = (text: string) => analyseMinutes(text).sections.map((s) => [s.title, s.group ?? null]);

describe("page headers, footers and subtitles are not items", () => {
  it("drops a letterhead repeated on every page, page numbers, a footer with separators and a place-date signature", () => {
    const text = [
      "STORVIKS KOMMUN                              PROTOKOLL",
      "Kultur- och fritidsförvaltningen             Sida 1 (2)",
      "Samverkansgrupp för kultur och fritid",
      "",
      "§ 1 Mötets öppnande",
      "Ordföranden öppnade mötet.",
      "§ 2 Lokalerna i simhallen",
      "Arbetsgivaren redogjorde för läget.",
      "",
      "STORVIKS KOMMUN                              PROTOKOLL",
      "Kultur- och fritidsförvaltningen             Sida 2 (2)",
      "Storvik | Kultur och fritid | Protokoll 2025-03-04 | Sida 2 av 2",
      "",
      "§ 3 Bemanning i biblioteksfilialerna under sommarmånaderna juni till och med augusti 2025",
      "Förvaltningen informerade om sommarens schema.",
      "",
      "Storvik 2025-03-04",
      "Vision Storvik",
      "Lena Mark",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets öppnande", null],
      ["Lokalerna i simhallen", null],
      ["Bemanning i biblioteksfilialerna under sommarmånaderna juni till och med augusti 2025", null],
    ]);
  });

  it("takes the document kind written alone as the title, and the line after it as a subtitle", () => {
    const text = [
      "Region Norrfjäll",
      "Hälso- och sjukvården",
      "",
      "MINNESANTECKNINGAR",
      "Verksamhetens samverkansgrupp (VSG)",
      "",
      "1. Mötets öppnande",
      "Mötet öppnades.",
      "2. Semesterplanering",
      "Arbetsgivaren informerade om semesterplaneringen.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets öppnande", null],
      ["Semesterplanering", null],
    ]);
  });
});

describe("labels in columns and tables are not items", () => {
  it("reads a label column, its roster lines and a table's rows as no heading", () => {
    const text = [
      "Protokoll från skyddskommittén den 12 mars 2025",
      "",
      "Tid och plats          Onsdagen den 12 mars 2025 kl. 9.00, Rådhuset",
      "Närvarande             Arbetsgivaren",
      "                       Karin Ås, förvaltningschef",
      "                       Arbetstagarna",
      "                       Ola Berg, huvudskyddsombud, Kommunal",
      "Paragrafer             1–2",
      "",
      "§ 1 Sjukfrånvaro",
      "Arbetsgivaren redovisade sjukfrånvaron.",
      "",
      "Enhet          Sjukfrånvaro, %          Förändring",
      "Hemtjänst          7,2          +0,4",
      "Särskilt boende          8,1          −0,3",
      "",
      "§ 2 Skyddsronder",
      "Ronderna genomförs i april.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Sjukfrånvaro", null],
      ["Skyddsronder", null],
    ]);
  });
});

describe("news and newsletters", () => {
  it("drops a newspaper's masthead, byline, headline and fact box label", () => {
    const text = [
      "ÖSTRABYGDENS KURIR",
      "Tisdag 3 mars 2026 · Lokalt · Östraby",
      "",
      "Oenighet om den nya fritidsgården",
      "",
      "Förhandlingen om fritidsgården avslutades i oenighet i tisdags, enligt Kommunal.",
      "",
      "Publicerad 2026-03-03",
      "",
      "FAKTA: Samverkan i kommunen",
      "",
      "Enligt avtalet ska facket få information innan beslut fattas.",
    ].join("\n");
    expect(sections(text)).toEqual([]);
  });

  it("reads a web article's date line with its time as furniture, so the headline is no item", () => {
    for (const published of ["Publicerad 2025-05-02 07.30", "Uppdaterad 2 maj 2025 kl. 07:30"]) {
      const text = [
        "NYHETER | ÅBYHAMN",
        published,
        "",
        "Kommunal säger nej till nya turlistan",
        "",
        "Förhandlingen om turlistan i hemtjänsten slutade i oenighet på måndagen.",
        "",
        "– Vi kan inte godta listan, säger Eva Ring, ordförande i Kommunals sektion.",
      ].join("\n");
      expect(sections(text)).toEqual([]);
    }
  });

  it("keeps a newsletter's items, not its title lines, greeting or signature", () => {
    const text = [
      "SEKOKLUBBEN HAMNSTAD",
      "Medlemsbrev april 2025",
      "",
      "Rapport från samverkansgruppen 2 april 2025",
      "",
      "Hej alla medlemmar!",
      "",
      "Schemat för sommaren",
      "",
      "Arbetsgivaren presenterade schemat. Vi framförde att passen är för långa.",
      "",
      "Hälsningar",
      "Per Ek, ordförande",
      "Stina Al, kassör",
    ].join("\n");
    expect(sections(text)).toEqual([["Schemat för sommaren", null]]);
  });
});

describe("group headings written as headings", () => {
  it("reads decision, MBL and other-questions headings over their items as groups", () => {
    const text = [
      "# Protokoll samverkansgruppen 5 maj 2025",
      "## Ärenden för beslut",
      "### 4. Ny delegationsordning",
      "Text.",
      "## Förhandling enligt MBL § 11",
      "### 5. Flytt av arkivet",
      "Text.",
      "## Övriga frågor",
      "### 6. Parkering (Vision)",
      "Text.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Ny delegationsordning", "beslut"],
      ["Flytt av arkivet", "mbl11"],
      ["Parkering (Vision)", "ovrigt"],
    ]);
    const plain = [
      "Protokoll från samverkansgruppen den 5 maj 2025",
      "§ 1 Mötets öppnande",
      "Mötet öppnades.",
      "ÖVRIGA FRÅGOR",
      "§ 2 Arbetskläder (Kommunal)",
      "Text.",
    ].join("\n");
    expect(sections(plain)).toEqual([
      ["Mötets öppnande", null],
      ["Arbetskläder (Kommunal)", "ovrigt"],
    ]);
  });

  it("keeps 'Övriga frågor' an item when text stands under it", () => {
    const text = "Protokoll från gruppen den 5 maj 2025\n1. Budget\nText.\n2. Övriga frågor\nInga.";
    expect(sections(text)).toEqual([
      ["Budget", null],
      ["Övriga frågor", "ovrigt"],
    ]);
  });
});

describe("lines inside a numbered item are not items", () => {
  it("reads the presenter, the papers and role lines under plainly numbered items as no heading", () => {
    const text = [
      "Protokoll från förvaltningens samverkansgrupp den 3 april 2025",
      "",
      "Närvarande",
      "Skolchef Maria Holt",
      "Biträdande skolchef Jan Ek",
      "Kommunal: Lisa Berg",
      "",
      "§ 1 Lokalförsörjning",
      "Föredragande: Maria Holt, skolchef",
      "Handlingar: Lokalplan 2025–2030, riskanalys 2025-03-20",
      "Förvaltningen redogjorde för planen.",
      "Kommunal frågade om tidplanen.",
      "",
      "§ 2 Schema för vaktmästarna",
      "Föredragande: Jan Ek",
      "Vision tog upp frågan om helgerna.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(sections(text)).toEqual([
      ["Lokalförsörjning", null],
      ["Schema för vaktmästarna", null],
    ]);
    expect(analysis.statements.map((s) => [s.org, s.sectionTitle])).toEqual([
      ["arbetsgivaren", "Lokalförsörjning"],
      ["kommunal", "Lokalförsörjning"],
      ["vision", "Schema för vaktmästarna"],
    ]);
  });

  it("reads the presenter and papers as labels in unnumbered minutes too", () => {
    const text = [
      "Minnesanteckningar från arbetsplatsträffen i samverkan",
      "Tid: 2025-04-03 kl. 13.00",
      "",
      "Ny bemanningsplan för sommaren",
      "Förvaltning: Vård och omsorg",
      "Underlag: Bemanningsplan daterad 2025-04-02",
      "Ansvarig: Per Ström, enhetschef",
      "Arbetsgivaren presenterade planen.",
      "",
      "Arbetsmiljö: buller i köket",
      "Kommunal lyfte bullret i köket.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Ny bemanningsplan för sommaren", null],
      ["Arbetsmiljö: buller i köket", null],
    ]);
  });

  it("reads 'Ärende 3 – Titel' as item 3", () => {
    const text = [
      "Protokoll från samverkansgruppen den 4 maj 2025",
      "Ärende 1 – Mötets öppnande",
      "Mötet öppnades.",
      "Ärende 2 – Bemanning i receptionen",
      "Vision tog upp bemanningen.",
    ].join("\n");
    expect(analyseMinutes(text).sections.map((s) => [s.number, s.title])).toEqual([
      ["1", "Mötets öppnande"],
      ["2", "Bemanning i receptionen"],
    ]);
  });
});

describe("a sentence naming MBL is text, not a part marker", () => {
  it("reads a union's request for negotiation under MBL § 11 as its statement and its dissent", () => {
    const text = [
      "Protokoll från samverkansgruppen den 6 maj 2025",
      "§ 1 Flytt av arkivet till Norrby",
      "Förvaltningen redogjorde för flytten.",
      "Vision kan inte ställa sig bakom flytten och begär förhandling enligt 11 § MBL.",
      "Beslut: Samverkan enligt MBL §11 är genomförd. Oenighet kvarstår med Vision.",
      "§ 2 Nästa möte",
      "Den 3 juni.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.paragraphs.filter((p) => p.kind === "group")).toEqual([]);
    expect(analysis.disagreements.map((d) => [d.orgs, d.text.slice(0, 24)])).toEqual([
      [["vision"], "Vision kan inte ställa s"],
      [["vision"], "Oenighet kvarstår med Vi"],
    ]);
  });
});

describe("MBL parts and group words over the items under them", () => {
  it("gives a part marker standing between § items to the items after it, until the next part", () => {
    const text = [
      "Protokoll från samverkansgruppen den 6 maj 2025",
      "§ 1 Mötets öppnande",
      "Mötet öppnades.",
      "Information enligt MBL § 19",
      "§ 2 Ekonomisk uppföljning",
      "Förvaltningen informerade.",
      "§ 3 Sjukfrånvaro",
      "Förvaltningen informerade.",
      "Samverkan enligt MBL § 11",
      "§ 4 Ny organisation för kontaktcenter",
      "Förvaltningen redogjorde.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets öppnande", null],
      ["Ekonomisk uppföljning", "mbl19"],
      ["Sjukfrånvaro", "mbl19"],
      ["Ny organisation för kontaktcenter", "mbl11"],
    ]);
  });

  it("reads a negotiation protocol named for § 11 in its title or in the law's words as MBL § 11 throughout", () => {
    const titled =
      "Protokoll fört vid förhandling enligt MBL §11\nDatum: 2025-05-06\n§ 1 Ärende\nText.\n§ 2 Avslutning\nText.";
    expect(sections(titled)).toEqual([
      ["Ärende", "mbl11"],
      ["Avslutning", "mbl11"],
    ]);
    const law = [
      "FÖRHANDLINGSPROTOKOLL",
      "Förhandling enligt 11 § lagen (1976:580) om medbestämmande i arbetslivet (MBL)",
      "Datum: 2025-05-06",
      "§ 1 Förhandlingsfråga",
      "Text.",
    ].join("\n");
    expect(sections(law)).toEqual([["Förhandlingsfråga", "mbl11"]]);
  });

  it("gives an item titled with a group word its group, and its numbered sub-items too", () => {
    const text = [
      "Protokoll från samverkansgruppen den 6 maj 2025",
      "Ärende 1 – Mötets öppnande",
      "Mötet öppnades.",
      "Ärende 2 – Information",
      "2.1 Sjukfrånvaro",
      "Text.",
      "2.2 Rekrytering",
      "Text.",
      "Ärende 3 – Övriga frågor",
      "3.1 Parkeringen",
      "Text.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Mötets öppnande", null],
      ["Information", "information"],
      ["Sjukfrånvaro", "information"],
      ["Rekrytering", "information"],
      ["Övriga frågor", "ovrigt"],
      ["Parkeringen", "ovrigt"],
    ]);
  });
});

describe("items numbered with a word", () => {
  it("reads 'PUNKT N:', 'Pkt N.' and 'ÄRENDE N –' headings, in capitals or not, and their titles as written", () => {
    const text = [
      "Protokoll från samverkansgruppen den 3 mars 2025",
      "PUNKT 1: MÖTETS ÖPPNANDE",
      "Ordföranden öppnar mötet.",
      "Pkt 2. Val av justerare",
      "Lena Ek, Vision, utses att justera protokollet.",
      "ÄRENDE 3 – Lokaler för hemtjänsten",
      "Arbetsgivaren informerar om lokalerna.",
      "PKT 4: Övriga frågor",
      "Inga övriga frågor.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["MÖTETS ÖPPNANDE", null],
      ["Val av justerare", null],
      ["Lokaler för hemtjänsten", null],
      ["Övriga frågor", "ovrigt"],
    ]);
  });
});

describe("a vacant seat in the roster", () => {
  it("reads 'Vision: vakant' and 'Seko: ingen representant utsedd' as the union's empty seat, not an item or a statement", () => {
    const text = [
      "Protokoll från samverkansgruppen den 3 mars 2025",
      "Deltagare",
      "Arbetsgivare: Eva Lund, rektor (ordförande)",
      "Kommunal: Ali Demir",
      "Vision: vakant, ingen representant utsedd",
      "Seko: ingen representant utsedd",
      "1. Budget",
      "Kommunal frågar om budgeten.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.sections.map((s) => s.title)).toEqual(["Budget"]);
    expect(analysis.statements.map((s) => [s.org, s.text])).toEqual([
      ["kommunal", "Kommunal frågar om budgeten."],
    ]);
  });
});

describe("numbered group headings", () => {
  it("reads '3. Samverkan enligt MBL § 11', '2.0 Information' and '4. Övriga frågor' over their sub-items as groups", () => {
    const text = [
      "Protokoll från samverkansgruppen den 3 mars 2025",
      "1.0 Formalia",
      "Mötet öppnas.",
      "2.0 Information",
      "2.1 Ekonomi",
      "Text.",
      "3. Samverkan enligt MBL § 11",
      "3.1 Ny bemanning",
      "Text.",
      "4. Information enligt 19 § MBL",
      "4.1 Lokaler",
      "Text.",
      "5. Övriga frågor",
      "5.1 Parkering",
      "Text.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Formalia", null],
      ["Ekonomi", "information"],
      ["Ny bemanning", "mbl11"],
      ["Lokaler", "mbl19"],
      ["Parkering", "ovrigt"],
    ]);
  });
});

describe("where a group ends", () => {
  it("ends a numbered group heading's group at the next item of its own level", () => {
    const text = [
      "Protokoll från samverkansgruppen den 3 mars 2025",
      "2. Information",
      "2.1 Ekonomi",
      "Text.",
      "3. Övriga frågor",
      "3.1 Parkering",
      "Text.",
      "4. Nästa sammanträde",
      "Den 5 maj.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Ekonomi", "information"],
      ["Parkering", "ovrigt"],
      ["Nästa sammanträde", null],
    ]);
  });

  it("ends the group or MBL part before an 'Övriga frågor' item: the items after it stand under none", () => {
    const paragraphs = [
      "Protokoll från samverkansgruppen den 3 mars 2025",
      "SAMVERKAN ENLIGT MBL § 11",
      "§ 7 Ny bemanning",
      "Text.",
      "§ 8 Övriga frågor",
      "Seko tog upp parkeringen.",
      "§ 9 Mötets avslutande",
      "Mötet avslutades.",
    ];
    expect(sections(paragraphs.join("\n"))).toEqual([
      ["Ny bemanning", "mbl11"],
      ["Övriga frågor", "ovrigt"],
      ["Mötets avslutande", null],
    ]);
    const markdown = [
      "# Protokoll från samverkansgruppen den 3 mars 2025",
      "## 3. Information",
      "### 3.1 Ekonomi",
      "Text.",
      "## 4. Övriga frågor",
      "Inga frågor.",
      "## 5. Nästa möte",
      "Den 5 maj.",
    ];
    expect(sections(markdown.join("\n"))).toEqual([
      ["Ekonomi", "information"],
      ["Övriga frågor", "ovrigt"],
      ["Nästa möte", null],
    ]);
  });

  it("keeps an unnumbered group heading's group for every item under it, the last one too", () => {
    const text = [
      "Protokoll från samverkansgruppen den 3 mars 2025",
      "ÖVRIGA FRÅGOR",
      "§ 12 Parkering",
      "Vision tog upp avgiften.",
      "§ 13 Nästa möte",
      "Den 5 maj.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Parkering", "ovrigt"],
      ["Nästa möte", "ovrigt"],
    ]);
  });
});

describe("the parts of an item", () => {
  it("reads 'Bakgrund', 'Diskussion:' and 'Beslut' over an item's text as its parts, not items or a group", () => {
    const text = [
      "# Protokoll från samverkansgruppen den 3 mars 2025",
      "## Samverkan (MBL § 11)",
      "### § 4 Ny bemanning",
      "**Bakgrund**",
      "Förvaltningen föreslår en ny bemanning från maj.",
      "Diskussion:",
      "Kommunal frågar om helgerna.",
      "**Beslut**",
      "Arbetsgivaren beslutar enligt förslaget.",
      "### § 5 Lokaler",
      "Åtgärder",
      "Lokalerna ses över under våren.",
      "## Beslut",
      "### § 6 Budget",
      "Text.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Ny bemanning", "mbl11"],
      ["Lokaler", "mbl11"],
      ["Budget", "beslut"],
    ]);
  });
});

describe("items headed by a line ending in a colon", () => {
  it("reads such lines as items where the text writes its items so, unnumbered", () => {
    const text = [
      "Protokoll från samverkansgruppen den 3 mars 2025",
      "Närvarande: Eva Lund, rektor; Ali Demir, Kommunal",
      "Budget för våren:",
      "Eva Lund redogör för budgeten.",
      "INFORMATION",
      "Lokaler i Norr:",
      "Kommunal frågar om flytten.",
      "Vision framförde följande:",
      "- fler parkeringar",
      "Övrigt:",
      "Inga övriga frågor.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Budget för våren", null],
      ["Lokaler i Norr", "information"],
      ["Övrigt", "ovrigt"],
    ]);
  });

  it("keeps a lead-in line with a colon as text where the items are numbered", () => {
    const text = [
      "Protokoll från samverkansgruppen den 3 mars 2025",
      "1. Budget",
      "Budgeten för våren:",
      "Eva Lund redogör för budgeten.",
      "2. Lokaler",
      "Bakgrund till frågan:",
      "Kommunal frågar om flytten.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Budget", null],
      ["Lokaler", null],
    ]);
  });
});

describe("the title is a line, not an item's sentence", () => {
  it("keeps the undated title when an item's text opens with 'Protokoll …' and a date", () => {
    for (const body of [
      "Protokoll 1/2025 är justerat och publicerat. Av åtgärdslistan är två punkter klara.",
      "Protokoll från mötet 2025-02-12 godkänns. Inga kvarstående frågor.",
    ]) {
      const text = [
        "Protokoll från myndighetens samverkansgrupp (MSG)",
        "Ledamöter",
        "Arbetsgivaren: Eva Lund (generaldirektör, ordf.)",
        "1) Mötets öppnande",
        "Mötet öppnas.",
        "2) Föregående protokoll",
        body,
      ].join("\n");
      const analysis = analyseMinutes(text);
      expect(analysis.title).toBe("Protokoll från myndighetens samverkansgrupp (MSG)");
      expect(analysis.sections.map((s) => s.title)).toEqual(["Mötets öppnande", "Föregående protokoll"]);
    }
  });
});

// Round 9 (blind 10; the tabbed preamble with its values continued on rows of an empty first cell also in
// blind 1 and blind 7): a preamble laid out as a two-column table, and "§1." numbering with a full stop.
describe("a preamble table of label and value, items numbered '§1.'", () => {
  const preamble = [
    "PROTOKOLL FRÅN FÖRHANDLING ENLIGT MBL § 11",
    "",
    "Tid\t2025-02-03 kl. 13.00",
    "Parter\tÅsunda församling (arbetsgivaren)",
    "\tFastighets",
    "\tVision",
    "Närvarande\tArbetsgivaren: Olle Rask, kyrkoherde",
    "\tVision: Mia Tell",
    "",
  ];

  it("reads the parties' rows as the roster and the '§N.' lines as the items", () => {
    const text = [
      ...preamble,
      "§1. Öppnande",
      "Kyrkoherden öppnar förhandlingen.",
      "§2. Ny städorganisation",
      "Arbetsgivaren redogör för förslaget. Vision framför att schemat måste vara klart i mars.",
      "§ 3. Avslutning",
      "Förhandlingen avslutas i enighet.",
    ].join("\n");
    expect(sections(text)).toEqual([
      ["Öppnande", "mbl11"],
      ["Ny städorganisation", "mbl11"],
      ["Avslutning", "mbl11"],
    ]);
  });

  it("keeps a union's line under 'Parter' out of the statements", () => {
    const text = [...preamble, "§1. Frågan", "Fastighets anser att förslaget är bra."].join("\n");
    expect(analyseMinutes(text).statements.map((s) => [s.org, s.text])).toEqual([
      ["fastighets", "Fastighets anser att förslaget är bra."],
    ]);
  });

  it("still reads a heading after a tabbed line that is no label", () => {
    const text = [
      "Protokoll samverkansgruppen",
      "",
      "Vision\tKommunal",
      "",
      "§1. Budget",
      "Arbetsgivaren redogör.",
    ].join("\n");
    expect(sections(text)).toEqual([["Budget", null]]);
  });
});

// Round 16 (blind 19): a bold line ending in its colon heads a sub-item also where the text numbers its items;
// a label over a person ("Skyddsombud: …") is the roster's line, no item.
describe("bold colon headings and labelled people in a numbered text", () => {
  const text = [
    "# Anteckningar APT Tallbacken 2025-03-04",
    "",
    "**Närvarande:** Eva Holm, rektor; Ali Berg, Kommunal",
    "**Arbetsmiljöombud:** Ali Berg (för hela enheten)",
    "",
    "**1. Inledning**",
    "Eva Holm hälsade välkommen.",
    "",
    "**2. Arbetsmiljö**",
    "",
    "**Buller i matsalen:**",
    "Ljudabsorbenter beställs till hösten.",
    "",
    "**Vikarier:**",
    "Vikariepoolen räcker inte till på fredagar.",
  ].join("\n");
  it("reads the bold colon lines as items and the labelled person as none", () => {
    expect(sections(text)).toEqual([
      ["Inledning", null],
      ["Arbetsmiljö", null],
      ["Buller i matsalen", null],
      ["Vikarier", null],
    ]);
  });
});

// Round 16 (blind 19): "4. Övriga frågor" over numbered lines of text is an item, not a group over items.
describe("a numbered 'Övriga frågor' over numbered sentences", () => {
  it("is an item of its own, the numbered sentences its text", () => {
    const text = [
      "Minnesanteckningar CSG 2025-05-06",
      "1. Budget",
      "1.1 Prognos",
      "Prognosen visar ett överskott.",
      "2. Övriga frågor",
      "2.1 Seko tog upp parkeringen vid sjukhuset och frågade när avgiften höjs. Arbetsgivaren svarar i juni.",
      "2.2 Inga fler frågor anmäldes.",
      "3. Nästa möte",
      "Den 3 juni.",
    ].join("\n");
    expect(sections(text).slice(-2)).toEqual([
      ["Övriga frågor", "ovrigt"],
      ["Nästa möte", null],
    ]);
  });
});

describe("an item's title that gives its own group", () => {
  it("reads '(information)' ending the title as the information group", () => {
    const text =
      "Protokoll FSG 2025-05-06\n1. Lönekartläggning (information)\nHR redogör.\n2. Nästa möte\nI juni.";
    expect(sections(text)).toEqual([
      ["Lönekartläggning (information)", "information"],
      ["Nästa möte", null],
    ]);
  });
});
