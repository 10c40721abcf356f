import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { legacyEngineScript, withLegacyEngineMessage } from "./legacy-engine";

/** Runs the script against a page whose engine has (or lacks) ES modules. */
function runIn(modules: boolean) {
  const page = document.implementation.createHTMLDocument("taskpane");
  page.body.innerHTML = '<div id="app"></div>';
  const listeners: (() => void)[] = [];
  const documentLike = {
    createElement: (name: string) => {
      const element = page.createElement(name);
      if (!modules && name === "script") return Object.create(null);
      return element;
    },
    createTextNode: (text: string) => page.createTextNode(text),
    getElementById: (id: string) => page.getElementById(id),
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
  };
  new Script(legacyEngineScript()).runInNewContext({ document: documentLike });
  for (const listener of listeners) listener();
  return page.getElementById("app")!;
}

describe("the message for webviews without ES modules", () => {
  it("says which Word versions work, in Swedish and English, where modules are missing (Internet Explorer 11)", () => {
    const app = runIn(false);
    expect([...app.children].map((p) => [p.getAttribute("role"), p.textContent])).toEqual([
      [
        "alert",
        "Samverkansprotokoll kan inte köras här: den här Word-versionen kör Office-tillägg i en äldre webbläsarmotor (Internet Explorer 11 eller Edge Legacy). Word-tillägget fungerar i Word för Microsoft 365 (Windows och Mac), Word 2021 och senare, Word 2019 med Microsoft Edge WebView2 installerat och Word på webben. Be it-avdelningen installera WebView2 eller uppgradera Word.",
      ],
      [
        null,
        "Samverkansprotokoll cannot run here: this version of Word shows add-ins in an old browser engine (Internet Explorer 11 or Edge Legacy). The add-in works in Word for Microsoft 365 (Windows and Mac), Word 2021 and later, Word 2019 with Microsoft Edge WebView2 installed, and Word on the web. Ask IT to install WebView2 or upgrade Word.",
      ],
    ]);
  });

  it("does nothing in an engine that runs the pane", () => {
    expect(runIn(true).children).toHaveLength(0);
  });

  it("is written into the task pane page in place of its marker, and refuses a page without one", () => {
    const page = readFileSync(resolve(import.meta.dirname, "taskpane.html"), "utf8");
    const built = withLegacyEngineMessage(page);
    expect(built).not.toContain("legacy-engine:");
    expect(built.indexOf("<script>(function(){")).toBeLessThan(built.indexOf('type="module"'));
    expect(() => withLegacyEngineMessage("<html></html>")).toThrow("no legacy-engine marker");
  });
});
