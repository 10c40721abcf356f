import { describe, expect, it, vi } from "vitest";
import { textOf } from "../../shared/i18n/message";
import { userMessageForError } from "./errors";

const NO_PERMISSION =
  "Webbläsartillägget har inte behörighet att läsa den här sidan. Öppna Inställningar, skriv webbplatsens adress under ”Intranät och mötesportaler” och välj ”Ge behörighet”. Klipp sedan igen. (Webbläsarens egna sidor och tilläggsbutiken går aldrig att läsa.)";

describe("userMessageForError", () => {
  it("tells a page the extension lacks permission for from one it can never read", () => {
    const said = (message: string) => textOf(userMessageForError(new Error(message)));
    // Chrome's and Firefox's own words for a missing host permission.
    expect(
      said(
        "Cannot access contents of the page. Extension manifest must request permission to access the respective host.",
      ),
    ).toBe(NO_PERMISSION);
    expect(said("Missing host permission for the tab")).toBe(NO_PERMISSION);
    expect(said("Cannot access a chrome:// URL")).toBe(
      "Sidan kan inte läsas av webbläsartillägget (till exempel webbläsarens egna sidor eller tilläggsbutiken).",
    );
  });

  it("passes a thrown catalogue message on unchanged", () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(userMessageForError({ key: "agenda.error.pdfNoText" })).toEqual({ key: "agenda.error.pdfNoText" });
    vi.mocked(console.error).mockRestore();
  });
});
