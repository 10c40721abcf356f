import type { Messages } from "./types";

/** Strings of the extension part: popup, options, service worker, clipboard form of a clip. */
export const extensionMessages = {
  // Manifest (_locales, generated at build time); Chrome allows 45 characters of name, 132 of description.
  "ext.manifest.name": { sv: "Samverkansprotokoll – klipp", en: "Cooperation minutes – clipper" },
  "ext.manifest.description": {
    sv: "Klipp nämndens föredragningslista från intranätet, PDF eller Word till samverkansprotokollet i Word.",
    en: "Clip the committee agenda from the intranet, PDF or Word into the cooperation minutes in Word.",
  },
  "ext.manifest.commandClipSelection": { sv: "Klipp markering", en: "Clip selection" },
  "ext.manifest.commandOpenPopup": { sv: "Öppna Samverkansprotokoll", en: "Open Cooperation minutes" },

  // Clipboard and plain-text form of a clip (shared/clip/clipboard.ts).
  "ext.clip.mbl11": { sv: "Samverkas enligt MBL §11", en: "Cooperation under MBL §11" },
  "ext.clip.mbl19": { sv: "Information enligt MBL §19", en: "Information under MBL §19" },
  "ext.clip.other": { sv: "Övrigt", en: "Other" },
  "ext.clip.dnr": { sv: "Dnr {dnr}", en: "Ref. {dnr}" },
  "ext.clip.headerBoth": { sv: "{committee}, sammanträde {date}", en: "{committee}, meeting {date}" },
  "ext.clip.headerDate": { sv: "Sammanträde {date}", en: "Meeting {date}" },
  "ext.clip.source": { sv: "Källa:", en: "Source:" },

  // Context menu and keyboard commands (service worker).
  "ext.menu.clipSelection": { sv: "Klipp markering till protokollet", en: "Clip selection to the minutes" },
  "ext.menu.clipPage": { sv: "Klipp föredragningslistan", en: "Clip the agenda" },

  // Queue.
  "ext.queue.full": {
    sv: "Kön är full (högst {maxClips} klipp och {maxKb} kB). Öppna protokollet i Word och hämta klippen innan du klipper fler.",
    en: "The queue is full (at most {maxClips} clips and {maxKb} kB). Open the minutes in Word and fetch the clips before clipping more.",
  },
  "ext.queue.invalid": {
    sv: "Klippet kunde inte sparas: {reason}",
    en: "The clip could not be saved: {reason}",
  },

  // Clipping.
  "ext.clip.noItems": {
    sv: "Inga punkter hittades. Markera föredragningslistan och välj ”Klipp markering”, eller öppna listan som PDF eller Word-fil.",
    en: "No items found. Select the agenda and choose “Clip selection”, or open the agenda as a PDF or Word file.",
  },
  "ext.clip.noSelection": {
    sv: "Ingen text är markerad på sidan. Markera punkterna först.",
    en: "No text is selected on the page. Select the items first.",
  },
  "ext.clip.cannotRun": {
    sv: "Sidan kan inte läsas av tillägget (t.ex. webbläsarens egna sidor eller tilläggsbutiken).",
    en: "The extension cannot read this page (e.g. the browser's own pages or the add-on store).",
  },
  "ext.clip.queued": { sv: "{count} punkter lades i kön.", en: "{count} items were queued." },

  // Popup.
  "ext.popup.title": { sv: "Samverkansprotokoll", en: "Cooperation minutes" },
  "ext.popup.fromPage": { sv: "Hämta punkter från sidan", en: "Get items from the page" },
  "ext.popup.clipSelection": { sv: "Klipp markering", en: "Clip selection" },
  "ext.popup.openFile": { sv: "Öppna PDF eller Word-fil…", en: "Open PDF or Word file…" },
  "ext.popup.popOut": {
    sv: "Öppna i en flik (om fönstret stängs när du väljer fil)",
    en: "Open in a tab (if this window closes when you choose a file)",
  },
  "ext.popup.openTabDocument": { sv: "Läs dokumentet i fliken", en: "Read the document in the tab" },
  "ext.popup.working": { sv: "Läser …", en: "Reading …" },
  "ext.popup.itemsHeading": { sv: "Hittade punkter ({count})", en: "Items found ({count})" },
  "ext.popup.itemsFrom": { sv: "Från: {source}", en: "From: {source}" },
  "ext.popup.select": { sv: "Ta med punkt {n}", en: "Include item {n}" },
  "ext.popup.selectAll": { sv: "Markera alla", en: "Select all" },
  "ext.popup.number": { sv: "Nummer", en: "Number" },
  "ext.popup.itemTitle": { sv: "Rubrik", en: "Title" },
  "ext.popup.dnr": { sv: "Dnr", en: "Ref." },
  "ext.popup.class": { sv: "Typ", en: "Kind" },
  "ext.popup.classMbl11": { sv: "MBL §11", en: "MBL §11" },
  "ext.popup.classMbl19": { sv: "MBL §19", en: "MBL §19" },
  "ext.popup.classOther": { sv: "Övrigt", en: "Other" },
  "ext.popup.committee": { sv: "Nämnd", en: "Committee" },
  "ext.popup.meetingDate": { sv: "Sammanträdesdatum", en: "Meeting date" },
  "ext.popup.enqueue": { sv: "Lägg i kön", en: "Add to queue" },
  "ext.popup.nothingSelected": {
    sv: "Välj minst en punkt med rubrik.",
    en: "Select at least one item with a title.",
  },
  "ext.popup.queueHeading": { sv: "Kö till protokollet ({count})", en: "Queue for the minutes ({count})" },
  "ext.popup.queueEmpty": {
    sv: "Kön är tom. Klippen hämtas av tillägget i Word när protokollet är öppet.",
    en: "The queue is empty. The Word add-in fetches clips when the minutes are open.",
  },
  "ext.popup.clipSummary": {
    sv: "{source} – {count} punkter, {date}",
    en: "{source} – {count} items, {date}",
  },
  "ext.popup.copy": { sv: "Kopiera till Word", en: "Copy for Word" },
  "ext.popup.copied": {
    sv: "Kopierat. Klistra in i Word eller i tilläggets inkorg.",
    en: "Copied. Paste into Word or into the add-in's inbox.",
  },
  "ext.popup.copyFailed": {
    sv: "Det gick inte att kopiera: {reason}",
    en: "Copying failed: {reason}",
  },
  "ext.popup.saveFile": { sv: "Spara som fil", en: "Save as file" },
  "ext.popup.remove": { sv: "Ta bort", en: "Remove" },
  "ext.popup.removeLabel": { sv: "Ta bort klippet {source}", en: "Remove the clip {source}" },
  "ext.popup.options": { sv: "Inställningar", en: "Settings" },
  "ext.popup.error": { sv: "Något gick fel: {reason}", en: "Something went wrong: {reason}" },
  "ext.popup.fileTooLarge": {
    sv: "Filen är för stor (högst {maxMb} MB).",
    en: "The file is too large (at most {maxMb} MB).",
  },
  "ext.popup.unsupportedFile": {
    sv: "Filtypen stöds inte. Välj en PDF- eller Word-fil (.docx).",
    en: "Unsupported file type. Choose a PDF or Word file (.docx).",
  },
  "ext.popup.noTabDocument": {
    sv: "Fliken visar ingen PDF eller Word-fil.",
    en: "The tab does not show a PDF or Word file.",
  },
  "ext.popup.hostDenied": {
    sv: "Tillägget fick inte läsa {origin}. Tillåt webbplatsen för att läsa dokumentet.",
    en: "The extension was not allowed to read {origin}. Allow the site to read the document.",
  },
  "ext.popup.fetchFailed": {
    sv: "Dokumentet kunde inte hämtas ({status}).",
    en: "The document could not be fetched ({status}).",
  },

  // Options page.
  "ext.options.title": { sv: "Inställningar – Samverkansprotokoll", en: "Settings – Cooperation minutes" },
  "ext.options.originsHeading": { sv: "Word-tilläggets adresser", en: "Word add-in addresses" },
  "ext.options.originsHelp": {
    sv: "Klippen lämnas över till Word-tillägget på dessa adresser (origin, t.ex. https://tillagg.kommun.se).",
    en: "Clips are handed to the Word add-in at these addresses (origin, e.g. https://addin.example.org).",
  },
  "ext.options.originInput": { sv: "Ny adress", en: "New address" },
  "ext.options.addOrigin": { sv: "Lägg till", en: "Add" },
  "ext.options.removeOrigin": { sv: "Ta bort {origin}", en: "Remove {origin}" },
  "ext.options.badOrigin": {
    sv: "Ange en adress som börjar med https:// (http:// endast för localhost), utan sökväg.",
    en: "Enter an address starting with https:// (http:// only for localhost), without a path.",
  },
  "ext.options.permissionDenied": {
    sv: "Behörighet för {origin} nekades. Adressen sparades inte.",
    en: "Permission for {origin} was denied. The address was not saved.",
  },
  "ext.options.originMissingPermission": {
    sv: "saknar behörighet – klicka ”Ge behörighet”",
    en: "missing permission – click “Grant permission”",
  },
  "ext.options.grant": { sv: "Ge behörighet", en: "Grant permission" },
  "ext.options.sitesHeading": { sv: "Intranät och mötesportaler", en: "Intranet and meeting portals" },
  "ext.options.sitesHelp": {
    sv: "Tillåt tillägget att läsa dokument (PDF, Word) från dessa webbplatser.",
    en: "Allow the extension to read documents (PDF, Word) from these sites.",
  },
  "ext.options.siteInput": { sv: "Webbplats", en: "Site" },
  "ext.options.addSite": { sv: "Tillåt", en: "Allow" },
  "ext.options.removeSite": { sv: "Ta bort behörighet för {origin}", en: "Remove permission for {origin}" },
  "ext.options.language": { sv: "Språk", en: "Language" },
  "ext.options.languageBrowser": { sv: "Samma som webbläsaren", en: "Same as the browser" },
  "ext.options.languageSv": { sv: "Svenska", en: "Swedish" },
  "ext.options.languageEn": { sv: "Engelska", en: "English" },
  "ext.options.granted": { sv: "behörighet given", en: "permission granted" },
  "ext.options.noSites": { sv: "Inga webbplatser är tillåtna ännu.", en: "No sites are allowed yet." },
  "ext.options.saved": { sv: "Sparat.", en: "Saved." },
} as const satisfies Messages;
