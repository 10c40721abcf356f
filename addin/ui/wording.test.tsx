import { describe, expect, it } from "vitest";
import { addinMessages } from "../../shared/i18n/messages/addin";
import { addinManifestMessages } from "../../shared/i18n/messages/addin-manifest";
import { coreMessages } from "../../shared/i18n/messages/core";
import { coreCliMessages } from "../../shared/i18n/messages/core-cli";
import { extensionMessages } from "../../shared/i18n/messages/extension";
import { paneMessages } from "../../shared/i18n/messages/pane";
import { paneHelpMessages } from "../../shared/i18n/messages/pane-help";

const swedishOf = (messages: Record<string, { sv: string }>) =>
  Object.entries(messages).map(([key, text]) => [key, text.sv] as const);
// The words the pane and the popup share, checked over their catalogues (issue 10's first user met each).
const swedish = swedishOf({ ...paneMessages, ...paneHelpMessages, ...extensionMessages });
// The core's and the Word adapter's messages reach the pane too (errors, the Självtest, the legacy notice).
const everyMessage = [
  ...swedish,
  ...swedishOf({ ...coreMessages, ...coreCliMessages, ...addinMessages, ...addinManifestMessages }),
];

describe("the pane's and the extension's wording", () => {
  it('writes the MBL class one way, "MBL § 11", held together by no-break spaces', () => {
    const loose = swedish.filter(([, text]) => /MBL ?§|MBL\u00a0§(?!\u00a0\d)|§ ?\d/.test(text));
    expect(loose.map(([key]) => key)).toEqual([]);
  });

  it("says which add-in: Word-tillägget or webbläsartillägget, never a bare tillägget", () => {
    const bare = everyMessage.filter(([, text]) =>
      (text.match(/\S*tillägg\S*/giu) ?? []).some(
        (word) => !/^(Word-tillägg|Office-tillägg|[Ww]ebbläsartillägg|tilläggsbutiken)/u.test(word),
      ),
    );
    expect(bare.map(([key]) => key)).toEqual([]);
  });

  it('names the class "MBL-klass", never "Typ"', () => {
    const typ = swedish.filter(([, text]) => /\b[Tt]yp(en)? (för|av)\b/.test(text));
    expect(typ.map(([key]) => key)).toEqual([]);
  });
});
