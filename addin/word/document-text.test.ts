import { expect, it } from "vitest";
import { installWordDouble } from "../../test/double/word-double/install";
import { readDocumentText } from "./document-text";
import { measured, useWordDouble } from "./testing/double";

const double = useWordDouble();

it("reads the body's text as the reader sees it (deleted words left out), in one sync", async () => {
  double().setParagraphs(["Minnesanteckningar", "Kommunal: oenighet"]);
  double().setTracking(true);
  double().model.paragraphs[1]!.runs = [
    { text: "Kommunal: " },
    { text: "ingen ", deleted: true },
    { text: "oenighet" },
  ];
  const { result, syncs } = await measured(double(), readDocumentText);
  expect(result).toBe("Minnesanteckningar\rKommunal: oenighet");
  expect(syncs).toBe(1);
});

it("without WordApi 1.4, reads the text as Word has it", async () => {
  double().uninstall();
  const word = installWordDouble(globalThis, { wordApi: "1.3" });
  try {
    word.setParagraphs(["Kommunal: oenighet"]);
    expect(await readDocumentText()).toBe("Kommunal: oenighet");
  } finally {
    word.uninstall();
  }
});
