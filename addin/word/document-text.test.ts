import { expect, it } from "vitest";
import { readDocumentText } from "./document-text";
import { useWordMock } from "./testing/install";

const wordMock = useWordMock();

it("reads the body's text with one load and one sync", async () => {
  const mock = wordMock({ bodyText: "Minnesanteckningar\rKommunal: oenighet" });
  expect(await readDocumentText()).toBe("Minnesanteckningar\rKommunal: oenighet");
  expect(mock.syncs).toBe(1);
  expect(mock.loads).toEqual(["body:text"]);
});
