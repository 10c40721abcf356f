import { describe, expect, it } from "vitest";
import { findMeta } from "./meta";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 7 showed once read (issue 13, eighth round), each written as a family:
// invented examples with other names, numbers and layouts.

describe("the committee's answer to a referral, its own dnr after the referring body's name", () => {
  it("keeps a dnr of the agenda's own form after 'remiss från …', and leaves the referring body's", () => {
    const text = [
      "Kallelse Miljönämnden 2025-06-10",
      "1. Taxa för tillsyn 2026, MN/2025:101",
      "2. Yttrande över remiss från Länsstyrelsen om vattenskyddsområde Ekeby, MN/2025:140",
      "3. Svar på remiss från Region Västerby, regional avfallsplan - MN/2025:152",
      "4. Remiss från Boverket, dnr BOV 2025/331",
      "5. Detaljplan för Sjögatan MN/2025:160",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Taxa för tillsyn 2026", ["MN/2025:101"]],
      ["2", "Yttrande över remiss från Länsstyrelsen om vattenskyddsområde Ekeby", ["MN/2025:140"]],
      ["3", "Svar på remiss från Region Västerby, regional avfallsplan", ["MN/2025:152"]],
      ["4", "Remiss från Boverket", []],
      ["5", "Detaljplan för Sjögatan", ["MN/2025:160"]],
    ]);
  });
});

describe("a title cut by a page break under a continuation mark and a restated page head", () => {
  it("joins the title's rest past './.' and the next page's head naming the committee and date", () => {
    const text = [
      "VÄSTERBY KOMMUN                                                  1 (2)",
      "Kultur- och fritidsnämnden",
      "DAGORDNING",
      "Sammanträde 2025-03-12",
      "1.    Upprop",
      "2.    Revidering av riktlinjer för föreningsbidrag och            Dnr KFN 2025/52",
      "",
      "                                        ./.",
      "\fKultur- och fritidsnämnden 2025-03-12",
      "      lokalbokning i kommunens anläggningar",
      "3.    Mötets avslutande",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      [
        "2",
        "Revidering av riktlinjer för föreningsbidrag och lokalbokning i kommunens anläggningar",
        ["KFN 2025/52"],
      ],
      ["3", "Mötets avslutande", []],
    ]);
  });

  it("joins it past 'Forts. nästa sida' and a head restating the body with the page's kind", () => {
    const text = [
      "Socialnämnden",
      "Föredragningslista 2025-10-07",
      "",
      "4   Handlingsplan mot våld i nära relationer för                 SN 2025/210",
      "                                  Forts. nästa sida",
      "\fSocialnämnden  Föredragningslista 2025-10-07",
      "    perioden 2026–2028",
      "5   Information om hemtjänstens bemanning                         SN 2025/19",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["4", "Handlingsplan mot våld i nära relationer för perioden 2026–2028", ["SN 2025/210"]],
      ["5", "Information om hemtjänstens bemanning", ["SN 2025/19"]],
    ]);
  });
});

describe("a title's publication reference on a line with a department's dnr", () => {
  it("keeps the reference in the title and leaves the department's dnr out", () => {
    const text = [
      "Kallelse Kultur- och fritidsnämnden 2025-03-12",
      "4.    Remiss: Ny förordning om bibliotek                    Dnr KFN 2025/60",
      "      (SOU 2024:21). Kulturdepartementets dnr Ku2024/01234",
      "5.    Yttrande över promemorian om idrottsanläggningar      Dnr KFN 2025/61",
      "      (Ds 2025:7), Finansdepartementets dnr Fi2025/00412",
      "6.    Mötets avslutande",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["4", "Remiss: Ny förordning om bibliotek (SOU 2024:21)", ["KFN 2025/60"]],
      ["5", "Yttrande över promemorian om idrottsanläggningar (Ds 2025:7)", ["KFN 2025/61"]],
      ["6", "Mötets avslutande", []],
    ]);
  });
});

describe("a municipal page's breadcrumb and attachment file names", () => {
  it("reads no item from an ordered breadcrumb marking the current page, nor a dnr from a file's name", () => {
    const body = `
      <div class="site-path"><ol>
        <li><a href="/politik">Politik och demokrati</a></li>
        <li><a href="/politik/namnder">Nämnder</a></li>
        <li aria-current="page">Miljönämnden 4 juni 2025</li>
      </ol></div>
      <main>
        <h1>Miljönämnden 4 juni 2025</h1>
        <h3>1. Val av justerare</h3>
        <h3>2. Tillsynsplan 2025</h3>
        <p>Dnr MN 2025/61</p>
        <ul><li><a href="/files/MN2025-61%20Tillsynsplan.pdf">MN2025-61 Tillsynsplan.pdf</a> (pdf, 310 kB)</li></ul>
        <h3>3. Taxa för livsmedelskontroll</h3>
        <p>Dnr MN 2025/70</p>
      </main>`;
    expect(pageRows(body)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Tillsynsplan 2025", ["MN 2025/61"]],
      ["3", "Taxa för livsmedelskontroll", ["MN 2025/70"]],
    ]);
  });

  it("skips a breadcrumb named as one, in a list without the current page's mark", () => {
    const body = `
      <ol class="brodsmulor"><li><a href="/">Start</a></li><li><a href="/kommun">Kommun och politik</a></li></ol>
      <ol aria-label="Du är här"><li><a href="/">Hem</a></li><li><a href="/ks">Kommunstyrelsen</a></li></ol>
      <h2>Kommunstyrelsen 2025-06-10</h2>
      <ol><li>Upprop</li><li>Årsredovisning 2024 KS 2025/14</li></ol>`;
    expect(pageRows(body)).toEqual([
      ["1", "Upprop", []],
      ["2", "Årsredovisning 2024", ["KS 2025/14"]],
    ]);
  });
});

describe("a presenter after a dash on the title's line, without a colon", () => {
  it("cuts '– föredragande Name' and '— presenteras av Name, role' from the title", () => {
    const text = [
      "Hej! Här kommer dagordningen till socialnämndens sammanträde 2025-02-12.",
      "",
      "1. Val av justerare",
      "2. Internkontrollplan 2025 (SN 2025/0031-1.2) – föredragande Lena Persson",
      "3. Budgetuppföljning januari — presenteras av Ola Berg, ekonom",
      "4. Riktlinjer för boendestöd – förslag om ändring",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Internkontrollplan 2025", ["SN 2025/0031-1.2"]],
      ["3", "Budgetuppföljning januari", []],
      ["4", "Riktlinjer för boendestöd – förslag om ändring", []],
    ]);
  });
});

describe("the committee that meets, not the one that prepared the cases", () => {
  it("passes over an arbetsutskott that has prepared the cases", () => {
    expect(
      findMeta([
        "Hej! Här kommer dagordningen till kultur- och fritidsnämndens sammanträde 2025-03-12. Arbetsutskottet berett ärendena 2025-02-26.",
      ]).committee,
    ).toBe("Kultur- och fritidsnämnden");
    expect(
      findMeta([
        "Kallelse till sammanträde med miljönämnden. Nämndens arbetsutskott har berett ärendena 2025-05-20.",
      ]).committee,
    ).toBe("Miljönämnden");
  });

  it("reads a federation's direktion as a committee, beside its arbetsutskott", () => {
    expect(
      findMeta([
        "Härmed kallas ni till sammanträde med förbundsdirektionen tisdagen den 7 oktober 2025 kl. 10.00.",
        "Direktionens arbetsutskott har berett ärendena vid sitt sammanträde 2025-09-23.",
      ]).committee,
    ).toBe("Förbundsdirektionen");
    expect(findMeta(["KALLELSE TILL FÖRBUNDSDIREKTIONEN", "Sammanträde 2025-11-20"]).committee).toBe(
      "Förbundsdirektionen",
    );
  });
});

describe("a wrapped table row whose next line holds a second dnr beside a later cell's rest", () => {
  it("gives the item the dnr, and keeps a title's rest beside a dnr as the title's", () => {
    const text = [
      "Nr     Ärende                                                    Diarienummer       Föredragande",
      "3      Avtal om kollektivtrafik 2026                              TN 2025-00311      Eva Strand, trafik-",
      "                                                                  TN 2024-01420      planerare",
      "4      Uppföljning av nämndens verksamhetsplan och                TN 2025-00088      Ali Demir, ekonomichef",
      "       budget per april 2025",
      "5      Taxa för parkering                                         TN 2025-00127      Ola Berg, gatuchef och",
      "                                                                  TN 2025-00128      trafikingenjör",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["3", "Avtal om kollektivtrafik 2026", ["TN 2025-00311", "TN 2024-01420"]],
      ["4", "Uppföljning av nämndens verksamhetsplan och budget per april 2025", ["TN 2025-00088"]],
      ["5", "Taxa för parkering", ["TN 2025-00127", "TN 2025-00128"]],
    ]);
  });
});
