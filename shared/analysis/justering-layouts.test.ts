import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Justering layouts, invented for this test (blind 6 showed the classes: a name over its role or party line
// by line, as a flattened table leaves it; names in columns over their roles in text wrapped at the margin).
const justering = (text: string) => analyseMinutes(text).justering.map((j) => [j.name, j.org]);
// A paragraph wrapped at the margin, as a PDF's text is: each line but the last about as long as the others.
const wrapped = [
  "Prefekten gick igenom institutionens ekonomi och meddelade att anslagen för nästa år minskar med",
  "drygt två procent, vilket innebär att två vakanta tjänster inte tillsätts förrän efter årsskiftet",
  "och att kurserna på avancerad nivå samläses i större utsträckning än vad som hittills har gjorts.",
].join("\n");

describe("a name over its role or party, line by line", () => {
  it("gives each name the party or role on the line under it", () => {
    const text = [
      "Protokoll förhandling enligt MBL § 11",
      "1 Förhandlingsfrågan",
      "Arbetsgivaren redogör för förslaget.",
      "",
      "Justering",
      "",
      "Anna Berglund",
      "Skolchef, för arbetsgivaren",
      "Mats Öberg",
      "Sveriges Lärare",
      "Leila Haddad",
      "Kommunal",
      "",
      "Protokollet justerat digitalt 2025-03-04.",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Anna Berglund", "arbetsgivaren"],
      ["Mats Öberg", "sveriges-larare"],
      ["Leila Haddad", "kommunal"],
    ]);
  });
});

describe("names in columns over their roles", () => {
  it("reads the grid in text wrapped at the margin, where the role line starts in lower case", () => {
    const text = [
      "Protokoll från institutionens samverkansgrupp 2025-02-11",
      "1. Bemanning",
      wrapped,
      "2. Ekonomi",
      wrapped,
      "3. Lokaler",
      wrapped,
      "",
      "Justeras",
      "",
      "Sara Lind                    Per Åkesson                  Nora Ek",
      "prefekt                      Seko                         Vision",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Sara Lind", "arbetsgivaren"],
      ["Per Åkesson", "seko"],
      ["Nora Ek", "vision"],
    ]);
  });
});

// A roster heading naming its side, invented (blind 6 showed the class: "Ledamöter för arbetsgivaren").
describe("a roster parted by headings that name their side", () => {
  it("knows the people under 'Ledamöter för arbetsgivaren' and 'Representanter för arbetstagarorganisationerna'", () => {
    const text = [
      "Region Västby",
      "Centrala samverkansgruppen",
      "PROTOKOLL 2025-10-02",
      "",
      "Ledamöter för arbetsgivaren",
      "Kerstin Dahl, HR-direktör",
      "Oskar Lind, ekonomidirektör",
      "Representanter för arbetstagarorganisationerna",
      "Vision: Maja Holm",
      "",
      "1 Ekonomi",
      "Oskar Lind redogjorde för bokslutet. Maja Holm undrade om besparingarna berör vården.",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.statements.map((s) => [s.org, s.text])).toEqual([
      ["arbetsgivaren", "Oskar Lind redogjorde för bokslutet."],
      ["vision", "Maja Holm undrade om besparingarna berör vården."],
    ]);
  });
});

describe("a title before a name in the roster", () => {
  it("reads 'Dr. Sven Åberg' and 'Prof. Eva Lind' as the people they are", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-10-02",
      "Närvarande",
      "Arbetsgivaren: Prof. Eva Lind, prefekt",
      "Läkarförbundet (Västby läkarförening): Dr. Sven Åberg",
      "",
      "1 Ekonomi",
      "Eva Lind redogjorde för bokslutet. Sven Åberg undrade om besparingarna berör vården.",
    ].join("\n");
    expect(analyseMinutes(text).statements.map((s) => s.org)).toEqual(["arbetsgivaren", "lakarforbundet"]);
  });
});

describe("an attendance line under a caption of four words", () => {
  it("reads 'Närvarande från de fackliga: Seko: …; Vision: …' as the roster, not a statement", () => {
    const analysis = analyseMinutes(
      [
        "Protokoll samverkansrådet 2025-10-02",
        "Närvarande från bolaget: Ola Berg (VD), Eva Ek (HR-chef)",
        "Närvarande från de fackliga: Seko: Kim Lind, Ali Haddad; Vision: Maja Holm",
        "1. Ekonomi",
        "Kim Lind undrade om besparingarna berör verkstaden.",
      ].join("\n"),
    );
    expect(analysis.statements.map((s) => [s.org, s.text])).toEqual([
      ["seko", "Kim Lind undrade om besparingarna berör verkstaden."],
    ]);
  });
});

describe("justering lines by the side each signer is for", () => {
  it("reads 'För Sveriges Kommuner och Regioner: Name' as the employer's justerare", () => {
    const text = [
      "PROTOKOLL central förhandling",
      "1 § Förhandlingsfråga",
      "Förhandlingen gäller jourersättningen.",
      "",
      "Justeras",
      "För Sveriges Kommuner och Regioner: Maria Lund",
      "För Seko: Ali Haddad",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Maria Lund", "arbetsgivaren"],
      ["Ali Haddad", "seko"],
    ]);
  });

  it("reads 'Justerat: A / B' as two justerare, their parties from the roster", () => {
    const text = [
      "Protokoll VSG gata/park 2025-09-10",
      "Närvarande",
      "Arbetsgivaren: Eva Holm",
      "Kommunal: Kim Berg",
      "1. Verksamheten",
      "Eva Holm informerar om lövsäsongen.",
      "Justerat: Eva Holm / Kim Berg",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Eva Holm", "arbetsgivaren"],
      ["Kim Berg", "kommunal"],
    ]);
  });
});

describe("a justering table with a header row", () => {
  it("reads each row's name and organisation by the header's columns, with the note in parentheses", () => {
    const text = [
      "# Protokoll förvaltningsgrupp",
      "## § 1 Budget",
      "Vision anser att budgeten är för snål.",
      "",
      "| Justerare | Organisation | Datum |",
      "| --- | --- | --- |",
      "| Eva Strand | Arbetsgivaren | 2025-09-22 |",
      "| Per Holm | Vision, för de fackliga (oenighet under § 1) | 2025-09-23 |",
    ].join("\n");
    expect(analyseMinutes(text).justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Eva Strand", "arbetsgivaren", null],
      ["Per Holm", "vision", "oenighet under § 1"],
    ]);
  });
});

describe("a justering table with the note in a column of its own", () => {
  // Blind 7 showed the class: a tabbed table "Namn | Organisation | Anteckning" whose note cells are often
  // empty, so the row ends early; its notes of dissent point at an item and are no dissent of their own.
  const rows = (header: string, ...lines: string[]) =>
    [
      "Protokoll samverkansgrupp",
      "1. Schema för sommaren",
      "Kommunal anser att schemat är för tätt.",
      "",
      "Justering",
      header,
      ...lines,
    ].join("\n");
  it("reads a tabbed table whose empty note cells leave rows short", () => {
    const text = rows(
      "Namn\tOrganisation\tAnteckning",
      "Britt Ek\tArbetsgivaren\t",
      "Omar Said\tKommunal\tReservation under punkt 1",
      "Lena Dahl\tVision",
    );
    const analysis = analyseMinutes(text);
    expect(analysis.justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Britt Ek", "arbetsgivaren", null],
      ["Omar Said", "kommunal", "Reservation under punkt 1"],
      ["Lena Dahl", "vision", null],
    ]);
    expect(analysis.disagreements.map((d) => d.text)).toEqual([]);
  });
  it("reads a table in wide gaps with the note column before the party", () => {
    const text = rows(
      "Justerare        Kommentar                    Förbund",
      "Sofia Norén      –                            Arbetsgivaren",
      "Jan Lövgren      Oenighet avseende punkt 1    Kommunal",
    );
    const analysis = analyseMinutes(text);
    expect(analysis.justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Sofia Norén", "arbetsgivaren", null],
      ["Jan Lövgren", "kommunal", "Oenighet avseende punkt 1"],
    ]);
    expect(analysis.disagreements.map((d) => d.text)).toEqual([]);
  });
});

describe("a signature grid whose party cell carries a note", () => {
  // Blind 7 showed the class: "För Vision (oenighet 6 §)" over the name; the note is the justerare's, and
  // points at an item: no disagreement of its own.
  it.each([
    ["För arbetsgivaren              För Seko (reservation § 3)", "Hanna Berg                     Leo Tran"],
    ["För arbetsgivaren\tFör Seko (reservation § 3)", "Hanna Berg\tLeo Tran"],
  ])("gives the name under %j its party and the note", (parties, names) => {
    const text = [
      "Protokoll förhandling",
      "§ 3 Ny bemanning i depån",
      "Seko delar inte arbetsgivarens bedömning och reserverar sig mot beslutet.",
      "",
      "Justeras",
      parties,
      names,
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Hanna Berg", "arbetsgivaren", null],
      ["Leo Tran", "seko", "reservation § 3"],
    ]);
    expect(analysis.disagreements.map((d) => d.text)).toEqual([
      "Seko delar inte arbetsgivarens bedömning och reserverar sig mot beslutet.",
    ]);
  });
});

describe("names over the parties of a signature grid", () => {
  // Blind 7 showed the class: the names' row first, "För arbetsgivaren | För Sveriges Lärare" under it.
  it.each([
    ["Sara Holm                     Ali Kaya", "För arbetsgivaren             För Kommunal"],
    ["Sara Holm\tAli Kaya", "För arbetsgivaren\tFör Kommunal (oenighet § 2)"],
  ])("gives the names of %j the parties under them", (names, parties) => {
    const text = [
      "Protokoll samverkan",
      "§ 1 Schema",
      "Kommunal anser att schemat är för tätt.",
      "",
      "Justeras",
      "",
      names,
      parties,
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Sara Holm", "arbetsgivaren"],
      ["Ali Kaya", "kommunal"],
    ]);
  });
});

describe("a justerare with party and role in parentheses", () => {
  // Blind 7 showed the class: "Jenny Sahlin (Kommunal, arbetsplatsombud)".
  it("takes the party and no note from the role", () => {
    const text = [
      "Protokoll APT",
      "§ 1 Schema",
      "Vision anser att schemat är för tätt.",
      "",
      "Justerare: Lina Berg (Vision, huvudskyddsombud) och Omar Ali (Kommunal, skyddsombud)",
    ].join("\n");
    expect(analyseMinutes(text).justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Lina Berg", "vision", null],
      ["Omar Ali", "kommunal", null],
    ]);
  });
});

describe("signature columns flattened to one line", () => {
  it("takes the names under 'Justeras' as justerare and the one under 'Vid protokollet' as the secretary", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-02-11",
      "§ 1 Budget",
      "Arbetsgivaren redogjorde för budgeten.",
      "Vid protokollet                    Justeras",
      "Eva Strand                         Jonas Berg",
      "                                   Lisa Holm, Seko (oenighet § 1)",
      "                                   Per Ek, Unionen",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Jonas Berg", null],
      ["Lisa Holm", "seko"],
      ["Per Ek", "unionen"],
    ]);
  });

  it("reads 'Justerare | Justerare' over two names as two justerare", () => {
    const text = [
      "Protokoll samverkansgruppen 2025-02-11",
      "§ 1 Budget",
      "Arbetsgivaren redogjorde för budgeten.",
      "Justerare                Justerare",
      "Jonas Berg               Lisa Holm",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Jonas Berg", null],
      ["Lisa Holm", null],
    ]);
  });
});

describe("a justering table of two cells, the name and 'för' its party", () => {
  it("reads 'Name | för X' rows under 'Justeras' as justerare of that party", () => {
    const text = [
      "# Protokoll samverkansgruppen 2025-02-11",
      "## § 1 Budget",
      "Arbetsgivaren redogjorde för budgeten.",
      "| Justeras | |",
      "|---|---|",
      "| Karl Lund | för arbetsgivaren |",
      "| Sara Ek | för Vision |",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Karl Lund", "arbetsgivaren"],
      ["Sara Ek", "vision"],
    ]);
    expect(analyseMinutes(text).statements.map((s) => s.text)).toEqual([
      "Arbetsgivaren redogjorde för budgeten.",
    ]);
  });
});

// Round 9 (blind 10, with the same classes in blind 7, blind 9 and the holdout): a list of justerare after the
// secretary's signature, the employer signing as its employers' organisation, headings in other words and the
// side written in the label's cell of a two-column row.
describe("a justering list after the secretary's signature", () => {
  const items = [
    "Protokoll förhandling enligt MBL § 14",
    "1. Frågan",
    "Arbetsgivaren redogör för frågan.",
    "",
  ];

  it("gives the employers' organisation, written in full or short, to the employer", () => {
    const text = [
      ...items,
      "Vid protokollet",
      "Ove Brink",
      "",
      "Justeras",
      "För SKR/Åbyhamns kommun: Ove Brink",
      "För Unionen: Lena Vik",
      "",
      "För Sveriges Kommuner och Regioner",
      "Mona Strid",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Ove Brink", "arbetsgivaren"],
      ["Lena Vik", "unionen"],
      ["Mona Strid", "arbetsgivaren"],
    ]);
  });

  it("reads 'Name, SKR' in a list as the employer's justerare", () => {
    const text = [...items, "Justering", "Mona Strid, SKR", "Lena Vik, Unionen"].join("\n");
    expect(justering(text)).toEqual([
      ["Mona Strid", "arbetsgivaren"],
      ["Lena Vik", "unionen"],
    ]);
  });

  it("reads the list under 'Justerat' and a date after the signature, not as the signer's", () => {
    const text = [
      ...items,
      "Vid anteckningarna",
      "Rut Sand",
      "",
      "Justerat 2025-04-02",
      "Omar Ali, Fastighets",
      "Lena Vik, Unionen",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Omar Ali", "fastighets"],
      ["Lena Vik", "unionen"],
    ]);
  });

  it("reads headings that name the minutes before 'justeras' and 'Protokollsjustering'", () => {
    const first = [
      ...items,
      "Minnesanteckningarna justeras med e-signatur av:",
      "Ove Brink, vd",
      "Lena Vik, Unionen",
    ];
    expect(justering(first.join("\n"))).toEqual([
      ["Ove Brink", "arbetsgivaren"],
      ["Lena Vik", "unionen"],
    ]);
    const second = [...items, "Protokollsjustering", "Ove Brink, vd", "Lena Vik, Unionen"];
    expect(justering(second.join("\n"))).toEqual([
      ["Ove Brink", "arbetsgivaren"],
      ["Lena Vik", "unionen"],
    ]);
  });

  it("reads 'Justeras för X' in a row's first cell with the name in the second, the secretary left out", () => {
    const text = [
      ...items,
      "Justering av protokollet",
      "Vid protokollet\tRut Sand",
      "Justeras för arbetsgivaren\tOve Brink",
      "Justeras för Unionen\tLena Vik",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Ove Brink", "arbetsgivaren"],
      ["Lena Vik", "unionen"],
    ]);
  });

  it("does not read a sentence about the minutes being justerade as a list", () => {
    const text = [
      ...items,
      "Minnesanteckningarna justeras digitalt inom en vecka.",
      "Ove Brink tackar alla.",
    ].join("\n");
    expect(justering(text)).toEqual([]);
  });
});

describe("a signature grid under the two sides' captions", () => {
  const negotiation = [
    "Protokoll förhandling enligt MBL § 14",
    "1. Frågan",
    "Arbetsgivaren redogör.",
    "",
    "Justering",
  ];

  it("reads no justerare from 'Arbetsgivarsidan | Arbetstagarsidan' and the names under it, past a note's cell", () => {
    const text = [
      ...negotiation,
      "Arbetsgivarsidan                      Arbetstagarsidan",
      "Eva Ek, SKR                           Ali Berg, Seko",
      "Olle Sten, SKR                        (oenighet enligt punkt 1)",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Eva Ek", "arbetsgivaren"],
      ["Ali Berg", "seko"],
      ["Olle Sten", "arbetsgivaren"],
    ]);
  });

  it("reads a row of names under a name without its party as names, not as the roles of those above", () => {
    const text = [
      ...negotiation,
      "Eva Ek                                Ali Berg, Seko",
      "Olle Sten, Region Åsmark              (oenighet enligt punkt 1)",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Eva Ek", null],
      ["Ali Berg", "seko"],
      ["Olle Sten", "arbetsgivaren"],
    ]);
  });
});

// Round 9 (blind 9, the label in the first column as blind 10 has it): "Justeras:" in a row's first cell, the
// names in the cells after it and their parties in the row under them.
describe("a justering row labelled in its first cell", () => {
  it("reads the names after 'Justeras:' and gives them the parties of the row under them", () => {
    const text = [
      "Protokoll skyddskommittén 2025-02-11",
      "1. Tillbud",
      "Arbetsgivaren redogör för tillbuden.",
      "Justeras:\tOve Brink\tLena Vik",
      "\tArbetsgivaren\tUnionen",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Ove Brink", "arbetsgivaren"],
      ["Lena Vik", "unionen"],
    ]);
  });
});

// Round 9 (blind 1, blind 6, blind 7): the side's label in a row's first cell and the name with its note in
// the second; the date after "Justerat" before the list line; a name with an abbreviated role ("EC").
describe("justering lines with the side, the date or the role written around the name", () => {
  const items = [
    "Protokoll samverkansgruppen 2025-02-11",
    "1. Budget",
    "Arbetsgivaren redogör för budgeten.",
  ];

  it("reads 'För Seko | Ali Berg, med protokollsanteckning' under 'Justeras' with the note", () => {
    const text = [
      ...items,
      "Justeras",
      "För arbetsgivaren\tEva Holm",
      "För Seko\tAli Berg, med protokollsanteckning",
    ];
    expect(analyseMinutes(text.join("\n")).justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Eva Holm", "arbetsgivaren", null],
      ["Ali Berg", "seko", "med protokollsanteckning"],
    ]);
  });

  it("reads 'Justerat 2025-02-14 Ali Berg, Seko (reservation p. 1)' as the justerare with the note", () => {
    const text = [...items, "Justerat 2025-02-14 Ali Berg, Seko (reservation p. 1)"];
    expect(analyseMinutes(text.join("\n")).justering.map((j) => [j.name, j.org, j.note])).toEqual([
      ["Ali Berg", "seko", "reservation p. 1"],
    ]);
  });

  it("knows a person in the roster by the name before an abbreviated role, 'Eva Holm EC drift (ordf)'", () => {
    const text = [
      "Protokoll samverkansgruppen",
      "Närv: Eva Holm EC drift (ordf), Ali Berg Seko",
      ...items.slice(1),
    ];
    text.push("Justerat: Eva Holm / Ali Berg");
    expect(justering(text.join("\n"))).toEqual([
      ["Eva Holm", "arbetsgivaren"],
      ["Ali Berg", "seko"],
    ]);
  });
});

describe("cells apart by a pipe in plain text", () => {
  // Blind 11 showed the class: a table or a one-line list exported as text keeps the cells' pipes but not the
  // table's outer ones ("För A | För B" over "Name | Name"; "Justeras: Name, role | Name, union").
  it.each([" | ", "  |  ", "\t|\t"])("reads a grid of party over name apart by %j", (pipe) => {
    const text = [
      "Protokoll förhandling enligt MBL § 11",
      "1 Förhandlingsfrågan",
      "Arbetsgivaren redogör för förslaget om ny skolorganisation.",
      "",
      "Vid protokollet",
      "Tove Ahl",
      "",
      "Justeras",
      ["För arbetsgivaren", "För Seko", "För Unionen", "För Vision"].join(pipe),
      ["Bo Stål", "Ann-Marie Lund", "Kim Ros", "Eva Ek"].join(pipe),
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Bo Stål", "arbetsgivaren"],
      ["Ann-Marie Lund", "seko"],
      ["Kim Ros", "unionen"],
      ["Eva Ek", "vision"],
    ]);
  });

  it("reads a list on one line whose names and parties a pipe parts", () => {
    const text = [
      "Minnesanteckningar APT",
      "**Schema**",
      "Chefen informerade om schemat för hösten.",
      "",
      "**Justerare:** Eva Holm, rektor  |  Ali Sahin, Seko  |  Kim Ros, Unionen",
    ].join("\n");
    expect(justering(text)).toEqual([
      ["Eva Holm", "arbetsgivaren"],
      ["Ali Sahin", "seko"],
      ["Kim Ros", "unionen"],
    ]);
  });

  it("does not read a line of a running header with pipes as justerare", () => {
    const text = [
      "Protokoll samverkansgrupp",
      "1 Information",
      "Förvaltningschefen informerar om budgeten.",
      "Åby kommun | Socialförvaltningen | SVG 2025-03-04",
      "2 Övrigt",
      "Inga övriga frågor.",
    ].join("\n");
    expect(justering(text)).toEqual([]);
  });
});

describe("justerare named in the sentence forms no set has used yet", () => {
  // Round 10, invented: the election written with the infinitive first, the passive with words between
  // "justerat" and "av", "Justeringsperson:", names for "respektive" organisation.
  const roster = "Närvarande: Eva Holm, förvaltningschef; Ali Berg, Kommunal";
  const named = (line: string) =>
    justering(
      `Protokoll samverkansgrupp\n${roster}\n1. Budget\nArbetsgivaren informerade om budgeten.\n\n${line}`,
    );
  it.each([
    [
      "Att justera protokollet utsågs Ali Berg, Kommunal, och Eva Holm.",
      [
        ["Ali Berg", "kommunal"],
        ["Eva Holm", "arbetsgivaren"],
      ],
    ],
    [
      "Justerat digitalt 2025-03-04 av Eva Holm (arbetsgivaren) och Ali Berg (Kommunal).",
      [
        ["Eva Holm", "arbetsgivaren"],
        ["Ali Berg", "kommunal"],
      ],
    ],
    ["Justeringsperson: Ali Berg (Kommunal)", [["Ali Berg", "kommunal"]]],
    [
      "Protokollet justeras av Eva Holm för arbetsgivaren och av Ali Berg och Lars-Erik Wik för respektive arbetstagarorganisation.",
      [
        ["Eva Holm", "arbetsgivaren"],
        ["Ali Berg", "kommunal"],
        ["Lars-Erik Wik", null],
      ],
    ],
  ])("reads %j", (line, expected) => {
    expect(named(line)).toEqual(expected);
  });

  it("reads no justerare in a sentence about how the minutes are approved", () => {
    expect(named("Protokollet justeras digitalt av de utsedda justerarna inom en vecka.")).toEqual([]);
    expect(named("Att justera protokollet tar normalt en vecka.")).toEqual([]);
  });
});

describe("the roster's parts captioned 'För arbetsgivaren:'", () => {
  // Blind 11 showed the class: "Närvarande" / "För arbetsgivaren:" over its people is the roster's part, not a
  // justering block announcing a party for the name below it.
  it("reads the people under it as the roster's, no justerare", () => {
    const text = [
      "PROTOKOLL FÖRT VID FÖRHANDLING ENLIGT MBL § 11",
      "Närvarande",
      "För arbetsgivaren:",
      "  Eva Holm, räddningschef",
      "  Tor Ek, HR-konsult (protokollförare)",
      "För arbetstagarna:",
      "  Kommunal: Ali Berg",
      "a) Öppnande",
      "Tor Ek redogjorde för förslaget.",
      "Justeras",
      "Eva Holm, räddningschef",
      "Ali Berg, Kommunal",
    ].join("\n");
    const analysis = analyseMinutes(text);
    expect(analysis.justering.map((j) => [j.name, j.org])).toEqual([
      ["Eva Holm", "arbetsgivaren"],
      ["Ali Berg", "kommunal"],
    ]);
    expect(analysis.statements.map((s) => s.org)).toEqual(["arbetsgivaren"]);
  });
});

describe("a row of party, name and note or role", () => {
  // Blind 14 showed the class: under "Justeras", a table row "För X | Name | note" of three cells, which
  // markdown leaves as "För X; Name; note"; the cells after the name are its role or its note.
  const body =
    "Protokoll förhandling enligt MBL § 11\n1. Förhandlingsfrågan\nArbetsgivaren redogör för förslaget.\n";
  const read = (rows: string) => analyseMinutes(`${body}\n${rows}`);
  const entries = (rows: string) => read(rows).justering.map((j) => [j.name, j.org, j.note]);

  it("reads each markdown row as a justerare with its note, the role no note", () => {
    const rows = [
      "Justering",
      "| För arbetsgivaren | Lena Holmgren | personalchef |",
      "| För Vårdförbundet | Ida Sjöberg | med reservation, se bilaga |",
      "| För Seko | Jonas Ek | |",
    ].join("\n");
    expect(entries(rows)).toEqual([
      ["Lena Holmgren", "arbetsgivaren", null],
      ["Ida Sjöberg", "vardforbundet", "med reservation, se bilaga"],
      ["Jonas Ek", "seko", null],
    ]);
    // The note in the row is the justerare's, no dissent of the item.
    expect(read(rows).disagreements).toEqual([]);
  });

  it("reads the same rows written with pipes in plain text", () => {
    const rows = [
      "Justeras",
      "För arbetsgivaren | Lena Holmgren | personalchef",
      "För Unionen | Karl Dahl | med oenighet, se protokollsanteckning",
    ].join("\n");
    expect(entries(rows)).toEqual([
      ["Lena Holmgren", "arbetsgivaren", null],
      ["Karl Dahl", "unionen", "med oenighet, se protokollsanteckning"],
    ]);
    expect(read(rows).disagreements).toEqual([]);
  });

  it("reads no justerare from a three-cell row outside a justering list", () => {
    expect(entries("| För arbetsgivaren | Lena Holmgren | personalchef |")).toEqual([]);
  });
});

describe("a justering list on one line with a remark after a dash", () => {
  // Blind 14 showed the class: "Justeras: A (AG), B (Seko) – justering sker digitalt …": the remark after the
  // dash is no part of the last name.
  it.each([
    "Justeras: Eva Holm (AG), Ali Berg (Seko) – justering sker digitalt senast 2025-06-04",
    "Justerare: Eva Holm (AG), Ali Berg (Seko) — protokollet justeras inom en vecka",
  ])("reads both names of %j", (line) => {
    const text = `Protokoll samverkansgrupp\n${line}\n1. Budget\nArbetsgivaren informerade om budgeten.`;
    expect(justering(text)).toEqual([
      ["Eva Holm", "arbetsgivaren"],
      ["Ali Berg", "seko"],
    ]);
  });
});

describe("a signature rule after the name", () => {
  // Blind 17 showed the class: "För Kommunal: Stefan Nyberg ______": the line to sign on is no part of the name.
  // Invented text.
  const signed = (lines: readonly string[]) =>
    justering(
      [
        "Protokoll förhandling enligt MBL § 11",
        "§ 1 Förhandlingsfrågan",
        "Arbetsgivaren redogör för förslaget.",
        "",
        "Justeras:",
        "",
        ...lines,
      ].join("\n"),
    );

  it("reads the name and party before a rule of underscores or dots", () => {
    expect(
      signed(["För arbetsgivaren: Mona Falk ____________", "", "För Seko: Ali Berg ..............."]),
    ).toEqual([
      ["Mona Falk", "arbetsgivaren"],
      ["Ali Berg", "seko"],
    ]);
  });

  it("still reads no justerare from a rule alone", () => {
    expect(signed(["____________________", "", "...................."])).toEqual([]);
  });
});
