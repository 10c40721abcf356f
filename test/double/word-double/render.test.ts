// @vitest-environment happy-dom
import { afterEach, expect, it } from "vitest";
import { createWordOps } from "../../../addin/word/create-word-ops";
import { sampleMeeting } from "../../../addin/word/testing/fixtures";
import { templateById } from "../../../shared/templates/registry";
import { installWordDouble, type WordDouble } from "./install";
import { renderDocument } from "./render";

let double: WordDouble;
afterEach(() => double.uninstall());

function rendered() {
  const element = document.createElement("div");
  document.body.append(element);
  renderDocument(double, element);
  return element;
}

it("draws a heading's box and title only where the cursor is, as Word draws a bounding box", async () => {
  double = installWordDouble(globalThis);
  await createWordOps().newMinutes(templateById("mbl-forhandling")!, sampleMeeting);
  const element = rendered();
  const heading = (tag: string) => element.querySelector<HTMLElement>(`.wd-cc[data-tag="${tag}"]`)!;
  expect(heading("sp:punkt:forhandlingsfraga").dataset.active).toBe("false");
  double.setSelection(16); // the cursor in "§ 2 Förhandlingsfråga"
  expect(heading("sp:punkt:forhandlingsfraga").dataset.active).toBe("true");
  expect(heading("sp:punkt:arbetsgivarens-forslag").dataset.active).toBe("false");
  expect(heading("sp:punkt:forhandlingsfraga").querySelector(".wd-cc-title")!.textContent).toBe(
    "Samverkansprotokoll",
  );
  // Fields show their value, marked as a field.
  expect([...element.querySelectorAll(".wd-field")].map((f) => f.textContent)).toEqual([
    "13 februari 2024",
    "13 februari 2024",
    "13:00",
    "Stadshuset, rum 4",
    "Socialförvaltningen",
    "{utfall}",
    "{avslutad}",
    "{sekreterare}",
  ]);
});

it("draws a field without a value with its tags and title, so “kl. {tid}” never reads as plain text", async () => {
  double = installWordDouble(globalThis);
  await createWordOps().newMinutes(templateById("forvaltningsgrupp")!, { ...sampleMeeting, time: "" });
  const element = rendered();
  const field = (tag: string) => element.querySelector<HTMLElement>(`.wd-field[data-tag="${tag}"]`)!;
  expect([field("sp:falt:tid").dataset.appearance, field("sp:falt:tid").dataset.title]).toEqual([
    "Tags",
    "Mötesuppgift: tid",
  ]);
  expect(field("sp:falt:datum").dataset.appearance).toBe("BoundingBox");
});

it("draws marks with tags and their title, 64 characters of it as Word does", async () => {
  double = installWordDouble(globalThis);
  double.setParagraphs(["Kommunal framför oro."]);
  const element = rendered();
  await createWordOps().markParagraphs([
    {
      kind: "statement",
      orgs: ["kommunal"],
      searchText: "Kommunal framför oro.",
      sectionTitle: "Ett mycket långt ärende om arbetsmiljön i hemtjänstens alla distrikt",
    },
  ]);
  const box = element.querySelector<HTMLElement>(".wd-cc")!;
  expect(box.dataset.appearance).toBe("Tags");
  expect(box.querySelector(".wd-cc-title")!.textContent).toBe(
    "Inspel · Ett mycket långt ärende om arbetsmiljön i hemtjänstens…",
  );
  expect(box.querySelector(".wd-p")!.textContent).toBe("Kommunal framför oro.");
});

it("is editable, and shows hyperlinks as links without ever interpreting document text as markup", async () => {
  double = installWordDouble(globalThis);
  double.setParagraphs(['<img src=x onerror="alert(1)">']);
  const element = rendered();
  await (globalThis as unknown as { Word: typeof Word }).Word.run(async (context) => {
    const range = context.document.body.paragraphs.getFirst().insertText("underlag", "End");
    range.hyperlink = "https://example.org/a.pdf";
    await context.sync();
  });
  expect(element.querySelector(".wd-page")!.getAttribute("contenteditable")).toBe("true");
  expect(element.querySelector("img")).toBeNull();
  expect(element.querySelector("a")!.getAttribute("href")).toBe("https://example.org/a.pdf");
  expect(element.querySelector("a")!.getAttribute("rel")).toBe("noopener noreferrer");
});
