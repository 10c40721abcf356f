import { describe, expect, it } from "vitest";
import { extractAgendaFromText } from "./extract";
import { pageRows, textRows } from "./testing/rows";

// The classes of failure blind set 18 showed once read (issue 13, seventeenth round): each a root cause in the
// reader, written as a family of invented examples with other bodies, layouts and wording, and a negative.

// A list position before the item's own number, its separator inside the position's element ("3 |") and the
// entry holding a block (the dnr line), so the entry is one line of text, "3 | 4 Budget", not cells.
describe("a list position before the own number, any separator, any element boundary", () => {
  it("takes the own number where position, separator and number run into one line of the entry", () => {
    expect(
      pageRows(
        `<h2>Föredragningslista</h2><ul class="agenda">
        <li><span class="pos">1 |</span>
        <span class="no">1</span>
        <span class="title">Val av justerare</span></li>
        <li><span class="pos">2 |</span>
        <span class="no">3</span>
        <span class="title">Taxor för kulturskolan 2026</span>
        <div class="meta">Diarienummer: KFN 2025/140</div></li>
        <li><span class="pos">3 |</span>
        <span class="no">4</span>
        <span class="title">Bidrag till föreningar</span>
        <div class="meta">Diarienummer: KFN 2025/141</div></li>
        <li><span class="pos">4 |</span>
        <span class="no">7</span>
        <span class="title">Övriga frågor</span></li></ul>`,
      ),
    ).toEqual([
      ["1", "Val av justerare", []],
      ["3", "Taxor för kulturskolan 2026", ["KFN 2025/140"]],
      ["4", "Bidrag till föreningar", ["KFN 2025/141"]],
      ["7", "Övriga frågor", []],
    ]);
  });

  it("with other separators, a paragraph sign and the separator an element of its own", () => {
    expect(
      pageRows(
        `<h2>Ärendelista</h2><ol class="points">
        <li><span>1</span> · <span>§ 41</span> <a href="#a">Upprop</a></li>
        <li><span>2</span> · <span>§ 43</span> <a href="#b">Detaljplan för Norra kajen</a><p>Dnr BN 2025/77</p></li>
        <li><span>3</span><b>/</b><span>§ 44</span> <a href="#c">Bygglov, Gran 5</a><p>Dnr BN 2025/81</p></li>
        </ol>`,
      ),
    ).toEqual([
      ["§ 41", "Upprop", []],
      ["§ 43", "Detaljplan för Norra kajen", ["BN 2025/77"]],
      ["§ 44", "Bygglov, Gran 5", ["BN 2025/81"]],
    ]);
  });

  it("where the position and its separator stand in a block of their own", () => {
    expect(
      pageRows(
        `<h2>Dagordning</h2><div class="items">
        <div class="item"><div class="pos">1 –</div><div class="t">2 Riktlinjer för hemtjänst</div><div>Dnr SN 2025/31</div></div>
        <div class="item"><div class="pos">2 –</div><div class="t">5 Avgifter 2026</div><div>Dnr SN 2025/44</div></div>
        <div class="item"><div class="pos">3 –</div><div class="t">6 Meddelanden</div></div></div>`,
      ),
    ).toEqual([
      ["2", "Riktlinjer för hemtjänst", ["SN 2025/31"]],
      ["5", "Avgifter 2026", ["SN 2025/44"]],
      ["6", "Meddelanden", []],
    ]);
  });

  it("in the text such a page gives when copied", () => {
    expect(
      textRows(
        [
          "Kallelse tekniska nämnden 2025-10-07",
          "Föredragningslista",
          "1 | 1 Sammanträdets öppnande",
          "2 | 3 Ny renhållningstaxa, TN 2025/140",
          "3 / 4 Taxa för slamtömning, TN 2025/141",
          "4 | 6 a Parkering vid stationen",
        ].join("\n"),
      ),
    ).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["3", "Ny renhållningstaxa", ["TN 2025/140"]],
      ["4", "Taxa för slamtömning", ["TN 2025/141"]],
      ["6 a", "Parkering vid stationen", []],
    ]);
  });

  it("leaves a year before a separator and a '1 | 2' inside a title alone (negative)", () => {
    expect(
      pageRows(
        `<h2>Föredragningslista</h2><ul>
        <li><span>1</span> <span>Val av justerare</span></li>
        <li><span>2</span> <span>Uppföljning av etapp 1 | 2 Norra kajen</span><div>Dnr KS 2025/9</div></li>
        <li><span>2024 |</span> <span>5</span> <span>Budget</span><div>Dnr KS 2025/10</div></li>
        <li><span>3</span> <span>Årsredovisning 2024 | 5 bolag</span></li></ul>`,
      ),
    ).toEqual([
      ["1", "Val av justerare", []],
      // The year's line is no item of its own (no item 5): it continues the entry above, as before.
      ["2", "Uppföljning av etapp 1 | 2 Norra kajen", ["KS 2025/9", "KS 2025/10"]],
      ["3", "Årsredovisning 2024 | 5 bolag", []],
    ]);
  });

  it("takes no postcode for a position before a number, so the header goes on past it (negative)", () => {
    const right = " ".repeat(60);
    const agenda = extractAgendaFromText(
      [
        `MELLBY KOMMUN${" ".repeat(45)}KALLELSE`,
        `Byggnadsnämnden${" ".repeat(45)}2025-06-02`,
        "",
        `${right}Ledamöter och ersättare`,
        `${right}Byggnadsnämnden`,
        `${right}597 80 Mellby`,
        "",
        "",
        "Byggnadsnämnden",
        "Tid: Onsdagen den 11 juni 2025 kl. 13.00",
        "",
        "Föredragningslista",
        "Punkt 1           Sammanträdets öppnande",
        "",
        "Punkt 2           Bygglov för förskola",
        "                  Dnr BN 2025/12",
      ].join("\n"),
    );
    expect(agenda.meetingDate).toBe("2025-06-11");
    expect(agenda.items.map((item) => [item.number, item.title, item.dnr])).toEqual([
      ["1", "Sammanträdets öppnande", []],
      ["2", "Bygglov för förskola", ["BN 2025/12"]],
    ]);
  });
});

// A drawn table's number cell marks an item handled behind closed doors with an asterisk ("§ 76*"): no number
// form allowed a mark after the number, so the row was no item and its dnr went to the item above.
describe("an item number marked with an asterisk", () => {
  it("keeps the number without its mark, in laid-out text and in a page", () => {
    expect(
      textRows(
        [
          "Nr            Ärende                                          Diarienummer",
          "§ 12          Justering av protokoll",
          "",
          "§ 13*         Bygglov för förråd, Eken 4                      MBN 2025-000155",
          "",
          "14*           Föreläggande om städning, Ås 2:3                MBN 2024-000877",
          "",
          "15.           Meddelanden",
        ].join("\n"),
      ),
    ).toEqual([
      ["§ 12", "Justering av protokoll", []],
      ["§ 13", "Bygglov för förråd, Eken 4", ["MBN 2025-000155"]],
      ["14", "Föreläggande om städning, Ås 2:3", ["MBN 2024-000877"]],
      ["15", "Meddelanden", []],
    ]);
    expect(
      pageRows(
        "<table><tr><th>Nr</th><th>Ärende</th><th>Dnr</th></tr>" +
          "<tr><td>4</td><td>Budget</td><td>SN 2025/1</td></tr>" +
          "<tr><td>5*</td><td>Individärende</td><td>SN 2025/2</td></tr></table>",
      ),
    ).toEqual([
      ["4", "Budget", ["SN 2025/1"]],
      ["5", "Individärende", ["SN 2025/2"]],
    ]);
  });

  it("leaves a footnote's asterisk in a title alone (negative)", () => {
    expect(textRows(["Föredragningslista", "1 Val av justerare", "2 Budget 2026*"].join("\n"))).toEqual([
      ["1", "Val av justerare", []],
      ["2", "Budget 2026*", []],
    ]);
  });
});
