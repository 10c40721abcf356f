import { describe, expect, it } from "vitest";
import { scanDnr } from "./dnr";
import { extractAgendaFromDocument } from "./extract";
import { htmlDocument } from "./node-html";

// The classes of failure blind set 10 showed once read (issue 13, eleventh round): each a root cause in the
// reader, written as a family of invented examples with other names, numbers and markup.

const dnrOf = (text: string) => scanDnr(text).found.map((dnr) => dnr.dnr);
const restOf = (text: string) => scanDnr(text).rest;
const pageItems = (html: string) =>
  extractAgendaFromDocument(htmlDocument(html), "https://example.org/moten/1").items.map((item) => [
    item.number,
    item.title,
    item.dnr,
  ]);

describe("a dnr label written twice before the number, as a label element and the value's own name give it", () => {
  it("is one label: the number is labelled and nothing of the labels is left", () => {
    expect(dnrOf("Diarienummer Dnr 2025/31")).toEqual(["2025/31"]);
    expect(restOf("Diarienummer Dnr 2025/31")).toBe("");
    expect(restOf("Ärendenummer: Dnr 2024/7, Dnr 2024/8")).toBe("");
    expect(restOf("Dnr: Diarienr 12-2025")).toBe("");
  });

  it("gives each item of a page of divs its dnr where the value's class names the case number", () => {
    const row = (no: string, title: string, numbers: string[]) =>
      `<div class="pl-row"><div class="pl-nr">${no}</div><div class="pl-titel">${title}</div>` +
      (numbers.length
        ? `<div class="pl-arende"><span class="pl-etikett">Diarienummer</span> ${numbers
            .map((n) => `<span class="pl-case-nr">${n}</span>`)
            .join(", ")}</div>`
        : "") +
      "</div>";
    expect(
      pageItems(
        `<body><div class="pl-lista">${row("1", "Upprop", [])}${row("2", "Taxa för bygglov 2026", ["2025/88"])}${row(
          "3",
          "Detaljplan för Norra hamnen",
          ["2024/310", "2025/12"],
        )}</div></body>`,
      ),
    ).toEqual([
      ["1", "Upprop", []],
      ["2", "Taxa för bygglov 2026", ["2025/88"]],
      ["3", "Detaljplan för Norra hamnen", ["2024/310", "2025/12"]],
    ]);
  });

  it("leaves another body's label before the committee's as another body's", () => {
    expect(scanDnr("Länsstyrelsens dnr 2025/31").found.every((dnr) => dnr.foreign)).toBe(true);
    expect(dnrOf("Kallelse Dnr 2025/31")).toEqual(["2025/31"]);
  });
});
