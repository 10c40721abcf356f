import { describe, expect, it } from "vitest";
import { userMessageFor, WordOpError } from "./errors";

const officeError = (code: string) => Object.assign(new Error(`RichApi ${code}`), { code });

describe("userMessageFor", () => {
  it.each([
    [
      "ItemNotFound",
      "Markeringen finns inte längre i dokumentet. Den kan ha tagits bort eller ångrats – uppdatera listan.",
    ],
    [
      "InvalidArgument",
      "Word kunde inte utföra åtgärden på den här markeringen. Markera ett eller flera hela stycken och försök igen.",
    ],
    [
      "AccessDenied",
      "Dokumentet är skrivskyddat eller låst för redigering. Aktivera redigering och försök igen.",
    ],
    [
      "GeneralException",
      "Word kunde inte slutföra åtgärden. Försök igen; om felet kvarstår, spara dokumentet och starta om Word.",
    ],
    ["NotAllowed", "Word tillåter inte ändringen här (till exempel i ett låst innehållskontrollfält)."],
    [
      "ApiNotFound",
      "Den här versionen av Word saknar en funktion som åtgärden behöver. Uppdatera Word eller använd Word på webben.",
    ],
  ])("turns Office error %s into a Swedish message", (code, message) => {
    expect(userMessageFor(officeError(code))).toBe(message);
  });

  it("uses the adapter's own message for its errors", () => {
    expect(userMessageFor(new WordOpError("word.error.meetingNotSaved"))).toBe(
      "Word sparade inte mötesuppgifterna i dokumentet (de lästes tillbaka oförändrade). Spara dokumentet, öppna det igen och försök en gång till; hjälper det inte, kör Självtest under Hjälp och skicka rapporten.",
    );
  });

  it("keeps the detail of an unknown error so support can act on it", () => {
    expect(userMessageFor(officeError("Timeout"))).toBe(
      "Något gick fel i kontakten med Word: Timeout: RichApi Timeout",
    );
    expect(userMessageFor("boom")).toBe("Något gick fel i kontakten med Word: boom");
  });
});
