import type { Messages } from "./types";

/**
 * Strings written into the Office manifests and the built task pane page at build time ("word.manifest."
 * keys and the message for old webviews): no bundle shows them, so they are a part of their own.
 */
export const addinManifestMessages = {
  // Manifest: ribbon, context menu and the add-in's listing (short strings at most 125 characters).
  "word.manifest.displayName": { sv: "Samverkansprotokoll", en: "Samverkansprotokoll" },
  "word.manifest.devSuffix": { sv: " (utveckling)", en: " (development)" },
  "word.manifest.description": {
    sv: "Skriv protokoll från samverkan och MBL-förhandlingar: mallar, fackliga inspel, oenighet och justering.",
    en: "Write minutes of samverkan meetings and MBL negotiations: templates, union statements, disagreements and approval.",
  },
  "word.manifest.group": { sv: "Samverkan", en: "Samverkan" },
  "word.manifest.openPane": { sv: "Protokoll", en: "Minutes" },
  "word.manifest.openPaneTip": {
    sv: "Öppna Samverkansprotokoll: mötesuppgifter, mallar, inspel, oenighet, föredragningslista och justering.",
    en: "Open Samverkansprotokoll: meeting, templates, statements, disagreements, agenda and approval.",
  },
  "word.manifest.markStatement": { sv: "Fackligt inspel", en: "Union statement" },
  "word.manifest.markStatementTip": {
    sv: "Markera styckena som inspel från den organisation du senast valde i fönstret.",
    en: "Mark the paragraphs as a statement of the organisation last chosen in the pane.",
  },
  "word.manifest.markDisagreement": { sv: "Markera oenighet", en: "Mark disagreement" },
  "word.manifest.markDisagreementTip": {
    sv: "Markera styckena som oenighet för de fackliga organisationer du senast valde i fönstret.",
    en: "Mark the paragraphs as a disagreement of the unions last chosen in the pane.",
  },

  // The task pane on a webview without ES modules or modern syntax (Internet Explorer 11, Edge Legacy).
  "word.legacyEngine": {
    sv: "Samverkansprotokoll kan inte köras här: den här Word-versionen kör Office-tillägg i en äldre webbläsarmotor (Internet Explorer 11 eller Edge Legacy). Word-tillägget fungerar i Word för Microsoft 365 (Windows och Mac), Word 2021 och senare, Word 2019 med Microsoft Edge WebView2 installerat och Word på webben. Be it-avdelningen installera WebView2 eller uppgradera Word.",
    en: "Samverkansprotokoll cannot run here: this version of Word shows add-ins in an old browser engine (Internet Explorer 11 or Edge Legacy). The add-in works in Word for Microsoft 365 (Windows and Mac), Word 2021 and later, Word 2019 with Microsoft Edge WebView2 installed, and Word on the web. Ask IT to install WebView2 or upgrade Word.",
  },
} as const satisfies Messages;
