// @vitest-environment happy-dom
import { afterEach, expect, it } from "vitest";
import { createWordOps } from "../../../addin/word/create-word-ops";
import { installWordDouble, type WordDouble } from "./install";
import { renderDocument } from "./render";

let double: WordDouble;
afterEach(() => double.uninstall());

it("draws paragraphs, marks as titled boxes and links, and selects by click and arrow keys", async () => {
  double = installWordDouble(globalThis);
  double.setParagraphs([{ text: "Ekonomi", style: "Heading1" }, "Budgeten följs.", "Kommunal framför oro."]);
  const element = document.createElement("div");
  document.body.append(element);
  renderDocument(double, element);

  element.querySelector<HTMLElement>('[data-index="2"]')!.click();
  expect(double.selection()).toEqual({ from: 2, to: 2 });
  await createWordOps().markStatement("kommunal");

  const box = element.querySelector<HTMLElement>("section.wd-cc")!;
  // No section control holds the paragraph, so the mark records the heading above it.
  expect(box.querySelector(".wd-cc-title")!.textContent).toBe("Inspel: Kommunal · Ekonomi");
  expect(box.textContent).toContain("Kommunal framför oro.");
  expect(element.querySelector("h1, .wd-Heading1")!.textContent).toBe("Ekonomi");

  element.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp" }));
  element.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", shiftKey: true }));
  expect(double.selection()).toEqual({ from: 0, to: 1 });
  expect(element.querySelectorAll('[data-selected="true"]')).toHaveLength(2);
});

it("shows hyperlinks as links and never interprets document text as markup", async () => {
  double = installWordDouble(globalThis);
  double.setParagraphs(['<img src=x onerror="alert(1)">']);
  const element = document.createElement("div");
  renderDocument(double, element);
  await (globalThis as unknown as { Word: typeof Word }).Word.run(async (context) => {
    const range = context.document.body.paragraphs.getFirst().insertText("underlag", "End");
    range.hyperlink = "https://example.org/a.pdf";
    await context.sync();
  });
  expect(element.querySelector("img")).toBeNull();
  expect(element.querySelector("a")!.getAttribute("href")).toBe("https://example.org/a.pdf");
  expect(element.querySelector("a")!.getAttribute("rel")).toBe("noopener noreferrer");
});
