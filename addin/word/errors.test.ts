import { describe, expect, it } from "vitest";
import { userMessageFor, WordOpError } from "./errors";

const officeError = (code: string) => Object.assign(new Error(`RichApi ${code}`), { code });

describe("userMessageFor", () => {
  it.each([
    ["ItemNotFound", /finns inte längre/],
    ["InvalidArgument", /Markera hela stycken/],
    ["AccessDenied", /skrivskyddat/],
    ["GeneralException", /Word kunde inte slutföra/],
    ["NotAllowed", /tillåter inte/],
  ])("turns Office error %s into a Swedish message", (code, message) => {
    expect(userMessageFor(officeError(code))).toMatch(message);
  });

  it("uses the adapter's own message for its errors", () => {
    expect(
      userMessageFor(new WordOpError("word.error.unsupported", { set: "WordApi", version: "1.4" })),
    ).toBe(
      "Den här versionen av Word saknar stöd för funktionen (WordApi 1.4). Uppdatera Word eller använd Word på webben.",
    );
  });

  it("keeps the detail of an unknown error so support can act on it", () => {
    expect(userMessageFor(officeError("Timeout"))).toBe(
      "Något gick fel i kontakten med Word: Timeout: RichApi Timeout",
    );
    expect(userMessageFor("boom")).toBe("Något gick fel i kontakten med Word: boom");
  });
});
