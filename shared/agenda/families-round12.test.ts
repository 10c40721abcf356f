import { describe, expect, it } from "vitest";
import { agendaFromPortalJson } from "./adapters/json";
import { extractAgendaFromText } from "./extract";

// The classes of failure blind set 11 showed once read (issue 13, twelfth round): each a root cause in the
// reader, written as a family of invented examples with other names, numbers and layout.

const textItems = (text: string) =>
  extractAgendaFromText(text).items.map((item) => [item.number, item.title, item.dnr]);

const pad = (text: string, width: number) => text.padEnd(width, " ");
/** A laid-out line: the number, the title at column 7 and a dnr cell at column 72. */
const row = (no: string, title: string, dnr = "") =>
  dnr ? pad(`${pad(no, 7)}${title}`, 72) + dnr : pad(no, 7) + title;
const under = (text: string) => `       ${text}`;

describe("a description paragraph under a title in laid-out text, running the page's width", () => {
  it("is no part of the title: it crosses the dnr column, a wrapped title does not", () => {
    const text = [
      "Kallelse till tekniska nämnden 2025-09-16",
      "",
      row("1", "Val av justerare"),
      row("2", "Driftuppföljning av gatubelysning, augusti 2025", "TN 2025/0211"),
      under(
        "Förvaltningen redovisar antalet släckta armaturer, felanmälningar och åtgärdstider för perioden",
      ),
      under("samt läget i upphandlingen av ny belysning i centrum."),
      row("3", "Utredning om parkeringsnorm för bostäder och verksamheter i", "TN 2025/0140"),
      under("hela kommunen"),
      row("4", "Taxa för schakttillstånd 2026", "TN 2025/0302"),
      under("Taxan föreslås höjas med fyra procent. Nämnden föreslår kommunfullmäktige att anta taxan i sin"),
      under("helhet."),
      row("5", "Remiss från Länsstyrelsen i Norrby län angående", "TN 2025/0288"),
      under("Regional trafikstrategi 2040"),
      under(
        "Länsstyrelsen har skickat strategin på remiss till kommunerna i länet och vill ha svar före den",
      ),
    ].join("\n");
    expect(textItems(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Driftuppföljning av gatubelysning, augusti 2025", ["TN 2025/0211"]],
      ["3", "Utredning om parkeringsnorm för bostäder och verksamheter i hela kommunen", ["TN 2025/0140"]],
      ["4", "Taxa för schakttillstånd 2026", ["TN 2025/0302"]],
      ["5", "Remiss från Länsstyrelsen i Norrby län angående Regional trafikstrategi 2040", ["TN 2025/0288"]],
    ]);
  });

  it("still continues a title whose item has no later column", () => {
    const text = [
      "Föredragningslista kulturnämnden 2025-10-02",
      "",
      row("1", "Uppföljning av kulturstrategin för Åby kommun med särskild inriktning på barn och unga"),
      under("samt förslag till nya mål för perioden 2026–2029 och en plan för hur de ska följas upp"),
      row("2", "Bidrag till studieförbund 2026"),
    ].join("\n");
    expect(textItems(text).map(([, title]) => title)).toEqual([
      "Uppföljning av kulturstrategin för Åby kommun med särskild inriktning på barn och unga samt förslag till nya mål för perioden 2026–2029 och en plan för hur de ska följas upp",
      "Bidrag till studieförbund 2026",
    ]);
  });
});

describe("two items in cells of one laid-out line, the second's number in a cell of its own", () => {
  it("starts the second item at its number cell, whatever the number's form", () => {
    const lines = (label: (n: number) => string) =>
      [
        `${label(1)}  Sammanträdets öppnande`,
        `${label(2)}  Markanvisning för kvarteret Linden      BN 2025/0077`,
        `${label(3)}  Anmälningsärenden   ${label(4)}  Sammanträdet avslutas`,
      ].join("\n");
    for (const label of [(n: number) => `Ärende ${n}`, (n: number) => `${n}`, (n: number) => `§ ${n + 20}`])
      expect(textItems(lines(label)).map(([, title]) => title)).toEqual([
        "Sammanträdets öppnande",
        "Markanvisning för kvarteret Linden",
        "Anmälningsärenden",
        "Sammanträdet avslutas",
      ]);
  });

  it("leaves a later cell of a number and lower-case words to its row (a count, a room)", () => {
    const text = ["1  Val av justerare", "2  Budget 2026   3  bilagor", "3  Taxor 2026"].join("\n");
    expect(textItems(text).map(([no, title]) => `${no} ${title}`)).toEqual([
      "1 Val av justerare",
      "2 Budget 2026",
      "3 Taxor 2026",
    ]);
  });
});

describe("a portal's item records holding their sub-items in a list of the same shape", () => {
  const answer = (childKey: string) => ({
    sammantrade: { organ: "Byggnadsnämnden", datum: "2025-11-12" },
    arenden: [
      { nr: "1", rubrik: "Val av justerare", diarienr: [] },
      { nr: "2", rubrik: "Detaljplan för Ekudden", diarienr: ["BN 2025/0412"] },
      {
        nr: "3",
        rubrik: "Delegationsbeslut",
        diarienr: [],
        bilagor: [{ namn: "Lista.pdf", lank: "/dok/1" }],
        [childKey]: [
          { nr: "3.1", rubrik: "Bygglov beviljade i oktober", diarienr: [] },
          { nr: "3.2", rubrik: "Strandskyddsdispens Norrvik 1:4", diarienr: ["BN 2025/0390"] },
        ],
      },
      { nr: "4", rubrik: "Övriga frågor", diarienr: [] },
    ],
  });
  const read = (value: unknown) =>
    agendaFromPortalJson(value, "https://portal.example.org/api/moten/5")?.items.map((item) => [
      item.number,
      item.title,
      item.dnr,
    ]);

  it("reads each sub-item after its parent, whatever the child list is called", () => {
    for (const key of ["children", "underpunkter", "subItems"])
      expect(read(answer(key))).toEqual([
        ["1", "Val av justerare", []],
        ["2", "Detaljplan för Ekudden", ["BN 2025/0412"]],
        ["3", "Delegationsbeslut", []],
        ["3.1", "Bygglov beviljade i oktober", []],
        ["3.2", "Strandskyddsdispens Norrvik 1:4", ["BN 2025/0390"]],
        ["4", "Övriga frågor", []],
      ]);
  });

  it("does not read an item's documents as items", () => {
    expect(read(answer("children"))?.some(([, title]) => title === "Lista.pdf")).toBe(false);
  });
});

describe("a title's line ending in a spaced dash, the title going on on the next line", () => {
  it("keeps the dash between the two lines' words", () => {
    const text = [
      "Kallelse till omsorgsnämnden 2025-11-20",
      "",
      row("1", "Val av justerare"),
      row("2", "Remiss från Socialdepartementet –", "ON 2025/0411"),
      under("Framtidens äldreomsorg"),
      row("3", "Lokalförsörjningsplan 2026–2030 —"),
      under("Särskilda boenden och dagverksamhet"),
      "4  Uppföljning av avtal – Hemtjänst i Norrby AB",
    ].join("\n");
    expect(textItems(text).map(([, title]) => title)).toEqual([
      "Val av justerare",
      "Remiss från Socialdepartementet – Framtidens äldreomsorg",
      "Lokalförsörjningsplan 2026–2030 — Särskilda boenden och dagverksamhet",
      "Uppföljning av avtal – Hemtjänst i Norrby AB",
    ]);
  });

  it("drops a dash that ends a title nothing continues", () => {
    const text = ["1  Val av justerare", "2  Budgetuppföljning oktober –", "3  Övriga frågor"].join("\n");
    expect(textItems(text).map(([, title]) => title)).toEqual([
      "Val av justerare",
      "Budgetuppföljning oktober",
      "Övriga frågor",
    ]);
  });
});
