import { describe, expect, it } from "vitest";
import { installWordDouble } from "../../test/double/word-double/install";
import { DOCUMENT_ID_SETTING, documentIdentity } from "./document-identity";
import { measured, useWordDouble } from "./testing/double";

const double = useWordDouble();

describe("documentIdentity", () => {
  it("makes an id the first time, keeps it in the document's settings and gives the same one after, without a sync", async () => {
    const { result: first, syncs } = await measured(double(), () => documentIdentity());
    expect(syncs).toBe(0);
    expect(first.id).toMatch(/^[a-z0-9-]{8,64}$/);
    expect(double().settings()[DOCUMENT_ID_SETTING]).toBe(first.id);
    expect(first.url).toBeUndefined();
    expect(await documentIdentity()).toEqual(first);
  });

  it("replaces an id that is not one of ours, and names the file's address where Word has one", async () => {
    double().uninstall();
    const word = installWordDouble(globalThis, {
      url: "https://kommun.sharepoint.com/protokoll/fg-2024-02.docx",
    });
    try {
      word.model.settings.set(DOCUMENT_ID_SETTING, "<script>");
      const identity = await documentIdentity();
      expect(identity.id).not.toBe("<script>");
      expect(identity.url).toBe("https://kommun.sharepoint.com/protokoll/fg-2024-02.docx");
    } finally {
      word.uninstall();
    }
  });
});
