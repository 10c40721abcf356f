import { describe, expect, it } from "vitest";
import { isRegistered, type MessageKey, registerMessages, t, tCount } from "./i18n";
import { asUserMessage } from "./message";

describe("tCount", () => {
  it("writes one in the singular and every other count in the plural, in both languages", () => {
    expect(tCount("pane.inbox.links", 1, {}, "sv")).toBe("(1 länk)");
    expect(tCount("pane.inbox.links", 2, {}, "sv")).toBe("(2 länkar)");
    expect(tCount("pane.inbox.links", 0, {}, "sv")).toBe("(0 länkar)");
    expect(tCount("pane.inbox.links", 1, {}, "en")).toBe("(1 link)");
    expect(tCount("pane.inbox.refused", 2, { errors: "x" }, "en")).toBe(
      "2 clips were refused and not added. x",
    );
  });
});

describe("registered parts", () => {
  // Keys no part of the catalogue has, so the test's own registration is the only one they meet.
  const unregistered = "test.notRegistered.greeting" as MessageKey;
  const registered = "test.registered.greeting" as MessageKey;

  it("shows a key of a part the bundle did not register as the key itself, without throwing", () => {
    expect(t(unregistered, { name: "Eva" })).toBe("test.notRegistered.greeting");
    expect(isRegistered(unregistered)).toBe(false);
    expect(asUserMessage({ key: unregistered })).toBeNull();
  });

  it("shows a registered part's text in the language asked for", () => {
    registerMessages({ [registered]: { sv: "Hej {name}", en: "Hello {name}" } });
    expect(t(registered, { name: "Eva" }, "sv")).toBe("Hej Eva");
    expect(t(registered, { name: "Eva" }, "en")).toBe("Hello Eva");
    expect(asUserMessage({ key: registered })).toEqual({ key: "test.registered.greeting" });
  });
});
