import { describe, expect, it } from "vitest";
import { ownDnr, scanDnr } from "./dnr";

/** The committee's own dnr, the others' dnr (marked "!") and the rest of the text. */
const read = (text: string, column = false) => {
  const scan = scanDnr(text, { column });
  return {
    dnr: scan.found.map((found) => (found.foreign ? `!${found.dnr}` : found.dnr)),
    rest: scan.rest,
  };
};

describe("scanDnr: the families registries write", () => {
  it.each([
    ["Dnr: HÅ 2023/776", ["HÅ 2023/776"], ""],
    [
      "Dataskyddsombudets årsrapport Januari 2024 Dnr: HÅ 2023/776",
      ["HÅ 2023/776"],
      "Dataskyddsombudets årsrapport Januari 2024",
    ],
    ["Budget 2025 SN 2024/71", ["SN 2024/71"], "Budget 2025"],
    ["Ändring av taxa (KS 2021/0456-1.2)", ["KS 2021/0456-1.2"], "Ändring av taxa"],
    ["KS/2014:554", ["KS/2014:554"], ""],
    ["BN 2024-000123", ["BN 2024-000123"], ""],
    ["Ärende – BUN-2024/88", ["BUN-2024/88"], "Ärende"],
    ["Yttrande KS2024/17 till regionen", ["KS2024/17"], "Yttrande till regionen"],
    ["2024/BUN 0110 001", ["2024/BUN 0110 001"], ""],
    ["2023/KS 0362", ["2023/KS 0362"], ""],
    ["1.6-0512/2024", ["1.6-0512/2024"], ""],
    ["512-2024-1.5.1", ["512-2024-1.5.1"], ""],
    ["Dnr 7-118-2024 och 5-119-2024", ["7-118-2024", "5-119-2024"], ""],
    ["Diarienr 003 – 512 / 24", ["003 – 512 / 24"], ""],
    ["Dnr 2024/202", ["2024/202"], ""],
    ["dnr 2023-000123", ["2023-000123"], ""],
    ["Diarienummer RS 2023-01290, RS 2024-00098", ["RS 2023-01290", "RS 2024-00098"], ""],
    [
      "Lokalutredning Horns skola (UN 2023/88, UN 2024/41)",
      ["UN 2023/88", "UN 2024/41"],
      "Lokalutredning Horns skola",
    ],
    ["Samverkansavtal, dnr 7-301-2023 och 7-12-2024", ["7-301-2023", "7-12-2024"], "Samverkansavtal"],
  ])("%s", (text, dnr, rest) => {
    expect(read(text)).toEqual({ dnr, rest });
  });

  it("reads a bare number only under a label or in a dnr column", () => {
    expect(read("2024/318")).toEqual({ dnr: [], rest: "2024/318" });
    expect(read("2024/318", true)).toEqual({ dnr: ["2024/318"], rest: "" });
    expect(read("003 – 512 / 24")).toEqual({ dnr: [], rest: "003 – 512 / 24" });
    expect(read("Dnr 1-5-2023")).toEqual({ dnr: ["1-5-2023"], rest: "" });
    // Without a label, 1-5-2023 is the first of May.
    expect(read("1-5-2023")).toEqual({ dnr: [], rest: "1-5-2023" });
  });
});

describe("scanDnr: what is not the committee's own dnr", () => {
  it.each([
    ["Trafiknämndens dnr T 2024-118-00912", ["!T 2024-118-00912"]],
    ["KS dnr 320-114/2024", ["!320-114/2024"]],
    ["Kommunstyrelsens diarienummer: KS 2023/0812", ["!KS 2023/0812"]],
    ["Länsstyrelsens dnr 513-4471-2025", ["!513-4471-2025"]],
    ["Försvarsdepartementets dnr Fö2024/00271", ["!Fö2024/00271"]],
    ["Dnr 2.4-0295/2024 (IVO:s dnr 3.5.1-41277/2024)", ["2.4-0295/2024", "!3.5.1-41277/2024"]],
  ])("another body's dnr: %s", (text, dnr) => {
    expect(read(text)).toEqual({ dnr, rest: "" });
  });

  it.each([
    "Yttrande över betänkandet (SOU 2023:45)",
    "Remiss (Ds 2023:31)",
    "Information om Boverkets förslag (BFS 2011:6)",
    "Motion (2024:6) om laddstolpar",
    "Återrapportering av uppdrag från AU 2024-03-11 om vinterväghållning",
    "Protokoll KSAU 2025-04-23 och KSAU 2025-05-07",
    "Bilaga: KS2024-11.pdf",
    "TS_512-2025-1.5.1.pdf",
    "Handlingarna HBN-2023-09-19-handlingar.pdf",
    "Skolplacering inför läsåret 2025/2026 – principer",
    "Verksamhetsplan 2024/2025",
    "Budget 2025",
    "sn 2023/123 i gemener är ingen registerbeteckning",
    "Telefon 0411-57 70 00, organisationsnummer 212000-1124",
    "Yttrande till förvaltningsrätten, mål nr 1432-24",
    "Protokoll nr 7/2023",
    "Fö2024/00271",
  ])("no dnr in %j", (text) => {
    expect(read(text)).toEqual({ dnr: [], rest: text });
  });

  it("ownDnr keeps the committee's own, in order, without repeats", () => {
    expect(
      ownDnr(scanDnr("Dnr SN 2024/1, SN 2024/2 (Trafiknämndens dnr T 2024-118-00912) SN 2024/1")),
    ).toEqual(["SN 2024/1", "SN 2024/2"]);
  });
});

describe("scanDnr: a scan asked for again", () => {
  it("is not changed by what a caller added to the list it got", () => {
    const first = scanDnr("Delårsrapport Dnr: SN 2025/31");
    first.found.push({ ...first.found[0]!, dnr: "SN 2025/99" });
    first.found.reverse();
    const again = scanDnr("Delårsrapport Dnr: SN 2025/31");
    expect(again.found.map((found) => found.dnr)).toEqual(["SN 2025/31"]);
    expect(again.rest).toBe("Delårsrapport");
  });

  it("reads a column's text as a column and the same text in a title as a title", () => {
    expect(scanDnr("2025/318").found.map((found) => found.dnr)).toEqual([]);
    expect(scanDnr("2025/318", { column: true }).found.map((found) => found.dnr)).toEqual(["2025/318"]);
    expect(scanDnr("2025/318").found.map((found) => found.dnr)).toEqual([]);
  });
});
