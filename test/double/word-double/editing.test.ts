import { expect, it } from "vitest";
import { deleteBackward, deleteForward, deleteRange, insertText, splitParagraph } from "./editing";
import { DocumentModel, ParagraphModel } from "./model";

function document(...texts: string[]) {
  const model = new DocumentModel();
  model.paragraphs = texts.map((text) => new ParagraphModel(text));
  model.selection = model.spanOf(model.paragraphs[0]!);
  return model;
}
const texts = (model: DocumentModel) => model.paragraphs.map((p) => p.text);

it("types at the caret, continuing the run before it", () => {
  const model = document("Kommunal ser.");
  expect(insertText(model, { paragraph: 0, offset: 12 }, " positivt")).toEqual({ paragraph: 0, offset: 21 });
  expect(texts(model)).toEqual(["Kommunal ser positivt."]);
});

it("splits a paragraph on Enter; after a heading the new paragraph is body text", () => {
  const model = document("Budget", "Text");
  model.paragraphs[0]!.style = "Heading1";
  expect(splitParagraph(model, { paragraph: 0, offset: 6 })).toEqual({ paragraph: 1, offset: 0 });
  splitParagraph(model, { paragraph: 2, offset: 2 });
  expect(model.paragraphs.map((p) => [p.style, p.text])).toEqual([
    ["Heading1", "Budget"],
    ["Normal", ""],
    ["Normal", "Te"],
    ["Normal", "xt"],
  ]);
});

it("keeps Enter at the end of a control's last paragraph inside the control, as Word's editor does", () => {
  const model = document("Budget", "Efter");
  const control = model.addControl(model.spanOf(model.paragraphs[0]!));
  splitParagraph(model, { paragraph: 0, offset: 6 });
  expect(model.bounds(control)).toEqual([0, 1]);
});

it("joins paragraphs with Backspace at a paragraph's start and Delete at its end", () => {
  const model = document("Ett", "två", "tre");
  expect(deleteBackward(model, { paragraph: 1, offset: 0 })).toEqual({ paragraph: 0, offset: 3 });
  expect(texts(model)).toEqual(["Etttvå", "tre"]);
  expect(deleteForward(model, { paragraph: 0, offset: 6 })).toEqual({ paragraph: 0, offset: 6 });
  expect(texts(model)).toEqual(["Etttvåtre"]);
  expect(deleteBackward(model, { paragraph: 0, offset: 0 })).toEqual({ paragraph: 0, offset: 0 });
});

it("deletes a selection over several paragraphs, and a one-paragraph control joined away goes with it", () => {
  const model = document("Första raden", "Rubrik", "Mitten", "Sista raden");
  model.addControl(model.spanOf(model.paragraphs[1]!));
  expect(deleteRange(model, { paragraph: 3, offset: 6 }, { paragraph: 0, offset: 7 })).toEqual({
    paragraph: 0,
    offset: 7,
  });
  expect(texts(model)).toEqual(["Första raden"]);
  expect(model.controls).toEqual([]);
});
