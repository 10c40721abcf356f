import { describe, expect, it } from "vitest";
import { bundleEntries, catalogueParts, missingMessages, stringLiterals } from "./message-coverage";

const FIXTURES = "test/architecture/fixtures/messages";

describe("catalogue parts per bundle", () => {
  it("finds every bundle the build makes", () => {
    expect(bundleEntries()).toEqual([
      "addin/commands/commands.ts",
      "addin/ui/main.tsx",
      "extension/background/service-worker.ts",
      "extension/content/bridge.ts",
      "extension/content/clip.ts",
      "extension/options/main.tsx",
      "extension/popup/main.tsx",
      "manifest/extension/build.ts",
      "manifest/office/build.ts",
      "shared/cli/main.ts",
      "test/double/trial.tsx",
    ]);
  });

  it("registers, in every bundle and lazily loaded chunk, the parts of the keys it uses", async () => {
    expect(missingMessages(bundleEntries(), await catalogueParts())).toEqual([]);
  });

  it("names the missing part of an entry, of a lazy chunk, and a registration imported late", async () => {
    const parts = await catalogueParts();
    expect(missingMessages([`${FIXTURES}/entry.ts`, `${FIXTURES}/late-entry.ts`], parts)).toEqual([
      `${FIXTURES}/entry.ts: shared/i18n/messages/pane.ts is not registered (pane.tabs.meeting in ${FIXTURES}/view.ts)`,
      `${FIXTURES}/entry.ts: shared/i18n/messages/addin.ts is not registered (word.report. in ${FIXTURES}/view.ts)`,
      `${FIXTURES}/entry.ts › ${FIXTURES}/lazy.ts: shared/i18n/messages/analysis.ts is not registered (analysis.noSection in ${FIXTURES}/lazy.ts)`,
      `${FIXTURES}/late-entry.ts: shared/i18n/messages/pane.ts is not registered (pane.tabs.meeting in ${FIXTURES}/view.ts)`,
      `${FIXTURES}/late-entry.ts: shared/i18n/messages/addin.ts is not registered (word.report. in ${FIXTURES}/view.ts)`,
      `${FIXTURES}/late-entry.ts: the module registering messages is not imported first`,
    ]);
  });

  it("reads string literals past comments, regular expressions and template expressions", () => {
    const source = [
      `// t("pane.inComment")`,
      `const quote = /["'\`]/g; t("pane.afterRegex");`,
      `t(\`word.report.\${kind ? "pane.inside" : \`nested\`}\`); t('core.single');`,
    ].join("\n");
    expect(stringLiterals(source)).toEqual([
      { text: "pane.afterRegex", head: false },
      { text: "word.report.", head: true },
      { text: "pane.inside", head: false },
      { text: "nested", head: false },
      { text: "core.single", head: false },
    ]);
  });
});
