import { describe, expect, it } from "vitest";
import { extractAgendaFromDocument, extractAgendaFromText } from "./extract";
import { htmlDocument } from "./node-html";

// The classes of failure blind sets 2 and 3 showed once they were read (issue 13, fourth round), one
// invented example each: other names, numbers and layouts than the documents that showed them.
const page = (body: string) =>
  extractAgendaFromDocument(
    htmlDocument(`<html><head><title></title></head><body>${body}</body></html>`),
    "https://www.kommun.example/",
  );
const pageRows = (body: string) => page(body).items.map((item) => [item.number, item.title, item.dnr]);
const textRows = (text: string) =>
  extractAgendaFromText(text).items.map((item) => [item.number, item.title, item.dnr]);

describe("a block element inside a title cell", () => {
  it("starts a line of its own, so a case number in a div is no part of the title", () => {
    const table = `<h2>Föredragningslista</h2><table><tr><th>Nr</th><th>Ärende</th></tr>
      <tr><td>1</td><td><a href="#a1">Taxa för bygglov 2026</a><div class="case">MBN-2025-00318</div></td></tr>
      <tr><td>2</td><td><a href="#a2">Tillsynsplan, Bruksbolaget AB</a><div class="case">MBN-2025-00402</div></td></tr>
      </table>`;
    expect(pageRows(table)).toEqual([
      ["1", "Taxa för bygglov 2026", ["MBN-2025-00318"]],
      ["2", "Tillsynsplan, Bruksbolaget AB", ["MBN-2025-00402"]],
    ]);
  });

  it("reads headings after an agenda table's rows as the page's other parts, not as items", () => {
    const body = `<h2>Ärendelista</h2><table><tr><th>Nr</th><th>Ärende</th></tr>
      <tr><td>1</td><td>Upprop</td></tr><tr><td>2</td><td>Budgetuppföljning</td></tr></table>
      <h3>Dokument</h3><ul><li><a href="/k.pdf">Kallelse</a></li></ul><h3>Tidigare sammanträden</h3>`;
    expect(pageRows(body)).toEqual([
      ["1", "Upprop", []],
      ["2", "Budgetuppföljning", []],
    ]);
  });
});

describe("a laid-out table with a dnr column", () => {
  it("reads bare numbers under the 'Dnr' header as dnr, not as page numbers", () => {
    const text = [
      "Nr   Ärende                                              Dnr",
      "1    Justering av protokollet",
      "2    Lokalbehov för äldreomsorgen i Norrby               2025/87",
      "3    Avgifter för hemtjänst 2026, revidering av          2024/311",
      "     taxan                                               2025/14",
      "4    Ansökan om bidrag                                   2025/6",
    ].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Justering av protokollet", []],
      ["2", "Lokalbehov för äldreomsorgen i Norrby", ["2025/87"]],
      ["3", "Avgifter för hemtjänst 2026, revidering av taxan", ["2024/311", "2025/14"]],
      ["4", "Ansökan om bidrag", ["2025/6"]],
    ]);
  });

  it("still drops page numbers written as 'N/M'", () => {
    const text = ["1 Upprop                                        1/2", "2 Budget 2026", "\f2/2"].join("\n");
    expect(textRows(text)).toEqual([
      ["1", "Upprop", []],
      ["2", "Budget 2026", []],
    ]);
  });
});
