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
  "ext.clip.mbl11": {
    sv: "Samverkas motsvarande MBL\u00a0§\u00a011",
    en: "Cooperation corresponding to MBL\u00a0§\u00a011",
  },
  "ext.clip.mbl19": {
    sv: "Information enligt MBL\u00a0§\u00a019",
    en: "Information under MBL\u00a0§\u00a019",
  },
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
    sv: "Klippet kunde inte sparas. {reason}",
    en: "The clip could not be saved. {reason}",
  },

  "ext.problem.tooManyRescued": {
    sv: "Klippet kunde inte sparas: {max} klipp som inte kom in i kön väntar redan. Öppna webbläsartillägget, lägg dem i kön, spara dem som fil eller kasta dem, och klipp sedan igen.",
    en: "The clip could not be kept: {max} clips that did not reach the queue are already waiting. Open the extension, queue them, save them as files or discard them, then clip again.",
  },

  // Errors of the browser and its storage, in words a user can act on (extension/platform/errors.ts).
  "ext.error.storageFull": {
    sv: "Webbläsarens lagring för webbläsartillägget är full. Lämna över klippen i kön till Word, eller ta bort klipp ur kön, och försök sedan igen. Det du klippt finns kvar.",
    en: "The browser's storage for the extension is full. Hand the queued clips over to Word, or remove clips from the queue, then try again. What you clipped is kept.",
  },
  "ext.error.extensionRestarted": {
    sv: "Webbläsartillägget startades om (till exempel efter en uppdatering). Stäng fönstret, öppna det igen och försök på nytt.",
    en: "The extension restarted (for example after an update). Close the window, open it again and retry.",
  },
  "ext.error.unexpected": {
    sv: "Något oväntat gick fel i webbläsaren. Försök igen; hjälper det inte, starta om webbläsaren.",
    en: "Something unexpected went wrong in the browser. Try again; if that does not help, restart the browser.",
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
    sv: "Sidan kan inte läsas av webbläsartillägget (till exempel webbläsarens egna sidor eller tilläggsbutiken).",
    en: "The extension cannot read this page (e.g. the browser's own pages or the add-on store).",
  },
  "ext.clip.noPermission": {
    sv: "Webbläsartillägget har inte behörighet att läsa den här sidan. Öppna Inställningar, skriv webbplatsens adress under ”Intranät och mötesportaler” och välj ”Ge behörighet”. Klipp sedan igen. (Webbläsarens egna sidor och tilläggsbutiken går aldrig att läsa.)",
    en: "The extension has no permission to read this page. Open Settings, enter the site's address under “Intranet and meeting portals” and choose “Grant permission”. Then clip again. (The browser's own pages and the add-on store can never be read.)",
  },
  "ext.clip.queued": { sv: "{count} punkter lades i kön.", en: "{count} items were queued." },
  "ext.clip.queuedOne": { sv: "1 punkt lades i kön.", en: "1 item was queued." },

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
  "ext.popup.cancel": { sv: "Avbryt", en: "Cancel" },
  "ext.popup.cancelled": { sv: "Avbrutet. Inget lästes in.", en: "Cancelled. Nothing was read." },
  "ext.popup.itemsHeading": { sv: "Hittade punkter ({count})", en: "Items found ({count})" },
  "ext.popup.foundOne": {
    sv: "1 punkt hittades. Välj vad som ska med och lägg det i kön.",
    en: "1 item was found. Choose what to include and queue it.",
  },
  "ext.popup.found": {
    sv: "{count} punkter hittades. Välj vilka som ska med och lägg dem i kön.",
    en: "{count} items were found. Choose which to include and queue them.",
  },
  "ext.popup.itemsFrom": { sv: "Från: {source}", en: "From: {source}" },
  "ext.popup.select": { sv: "Ta med punkt {n}", en: "Include item {n}" },
  "ext.popup.selectAll": { sv: "Markera alla", en: "Select all" },
  "ext.popup.selectNone": { sv: "Markera inga", en: "Select none" },
  "ext.popup.selectedCount": { sv: "{selected} av {count} markerade", en: "{selected} of {count} selected" },
  "ext.popup.bulkClass": { sv: "MBL-klass för markerade", en: "MBL class for the selected" },
  "ext.popup.setClass": { sv: "Sätt MBL-klass för markerade", en: "Set MBL class of selected" },
  "ext.popup.classOf": { sv: "MBL-klass för punkt {n}", en: "MBL class of item {n}" },
  "ext.popup.edit": { sv: "Ändra", en: "Edit" },
  "ext.popup.editDone": { sv: "Klar", en: "Done" },
  "ext.popup.editLabel": { sv: "Ändra punkt {n}", en: "Edit item {n}" },
  "ext.popup.untitled": { sv: "(utan rubrik)", en: "(no title)" },
  "ext.popup.pages": { sv: "Sidor i listan", en: "Pages of the list" },
  "ext.popup.pageRange": { sv: "Punkt {from}–{to} av {count}", en: "Items {from}–{to} of {count}" },
  "ext.popup.previousPage": { sv: "Föregående", en: "Previous" },
  "ext.popup.nextPage": { sv: "Nästa", en: "Next" },
  "ext.popup.pagedNotice": {
    sv: "Listan är lång och visas {size} punkter åt gången. ”Markera alla”, ”Markera inga” och ”Sätt MBL-klass för markerade” gäller hela listan.",
    en: "The list is long and is shown {size} items at a time. “Select all”, “Select none” and “Set MBL class of selected” apply to the whole list.",
  },
  "ext.popup.tooManyChosen": {
    sv: "Ett klipp rymmer högst {max} punkter och {count} är markerade. Markera färre och lägg resten i ett klipp till.",
    en: "A clip holds at most {max} items and {count} are selected. Select fewer and queue the rest in another clip.",
  },
  "ext.popup.number": { sv: "Nummer", en: "Number" },
  "ext.popup.itemTitle": { sv: "Rubrik", en: "Title" },
  "ext.popup.dnr": { sv: "Dnr", en: "Ref." },
  "ext.popup.classMbl11": { sv: "MBL\u00a0§\u00a011", en: "MBL\u00a0§\u00a011" },
  "ext.popup.classMbl19": { sv: "MBL\u00a0§\u00a019", en: "MBL\u00a0§\u00a019" },
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
    sv: "Kön är tom. Word-tillägget hämtar klippen när protokollet är öppet i Word, under fliken Föredragningslista.",
    en: "The queue is empty. The Word add-in fetches the clips when the minutes are open in Word, in the Agenda tab.",
  },
  "ext.popup.queueNext": {
    sv: "Öppna protokollet i Word och fliken Föredragningslista i Word-tillägget, så hämtas klippen. I Word för skrivbordet: välj Kopiera till Word och klistra in i fliken.",
    en: "Open the minutes in Word and the Agenda tab of the Word add-in, and the clips are fetched. In Word for the desktop: choose Kopiera till Word and paste into the tab.",
  },
  "ext.popup.itemsOne": { sv: "1 punkt", en: "1 item" },
  "ext.popup.itemsMany": { sv: "{count} punkter", en: "{count} items" },
  "ext.popup.clippedOn": { sv: "klippt {date}", en: "clipped {date}" },
  "ext.popup.clipUnnamed": { sv: "Klipp utan namn", en: "Unnamed clip" },
  "ext.popup.copy": { sv: "Kopiera till Word", en: "Copy for Word" },
  "ext.popup.copied": {
    sv: "Kopierat. Klistra in i Word-tillägget under fliken Föredragningslista.",
    en: "Copied. Paste into the Word add-in, in the Agenda tab.",
  },
  "ext.popup.copyFailed": {
    sv: "Det gick inte att kopiera till urklipp. Klicka i fönstret och försök igen, eller använd ”Spara som fil”.",
    en: "Copying to the clipboard failed. Click in the window and try again, or use “Save as file”.",
  },
  "ext.popup.saveFile": { sv: "Spara som fil", en: "Save as file" },
  "ext.popup.savedAs": {
    sv: "Klippet sparades som ”{name}” bland webbläsarens hämtade filer. Öppna filen i Word-tillägget under fliken Föredragningslista.",
    en: "The clip was saved as “{name}” among the browser's downloads. Open the file in the Word add-in, in the Agenda tab.",
  },
  "ext.popup.savedAsk": {
    sv: "Ta bort klippet ur kön nu? Annars kan det lämnas över till Word en gång till.",
    en: "Remove the clip from the queue now? Otherwise it may be handed to Word a second time.",
  },
  "ext.popup.removeAfterSave": { sv: "Ta bort ur kön", en: "Remove from queue" },
  "ext.popup.keepAfterSave": { sv: "Behåll i kön", en: "Keep in queue" },
  "ext.popup.removedAfterSave": {
    sv: "Klippet togs bort ur kön. Under ”Nyligen lämnade kön” kan det läggas tillbaka.",
    en: "The clip was removed from the queue. It can be put back under “Recently left the queue”.",
  },
  "ext.popup.keptAfterSave": { sv: "Klippet ligger kvar i kön.", en: "The clip stays in the queue." },
  "ext.popup.remove": { sv: "Ta bort", en: "Remove" },
  "ext.popup.removeLabel": { sv: "Ta bort klippet {source}", en: "Remove the clip {source}" },
  "ext.popup.removed": {
    sv: "Klippet togs bort ur kön. Under ”Nyligen lämnade kön” kan det läggas tillbaka.",
    en: "The clip was removed from the queue. It can be put back under “Recently left the queue”.",
  },
  "ext.popup.recentHeading": { sv: "Nyligen lämnade kön ({count})", en: "Recently left the queue ({count})" },
  "ext.popup.recentHelp": {
    sv: "Klipp som lämnats över, sparats som fil eller tagits bort finns kvar här i {days} dagar.",
    en: "Clips handed over, saved as a file or removed stay here for {days} days.",
  },
  "ext.popup.leftDelivered": { sv: "Lämnat till Word {date}", en: "Handed to Word {date}" },
  "ext.popup.leftSaved": { sv: "Sparat som fil {date}", en: "Saved as a file {date}" },
  "ext.popup.leftRemoved": { sv: "Borttaget {date}", en: "Removed {date}" },
  "ext.popup.restore": { sv: "Lägg tillbaka i kön", en: "Put back in the queue" },
  "ext.popup.restoreLabel": { sv: "Lägg tillbaka {source} i kön", en: "Put {source} back in the queue" },
  "ext.popup.restored": { sv: "Klippet ligger i kön igen.", en: "The clip is back in the queue." },
  "ext.popup.restoreGone": {
    sv: "Klippet finns inte längre bland de senaste (de sparas i två veckor).",
    en: "The clip is no longer among the recent ones (they are kept for two weeks).",
  },
  "ext.popup.rescuedHeading": {
    sv: "Klipp som inte kom in i kön ({count})",
    en: "Clips that did not reach the queue ({count})",
  },
  "ext.popup.discard": { sv: "Kasta", en: "Discard" },
  "ext.popup.discardLabel": { sv: "Kasta klippet {source}", en: "Discard the clip {source}" },
  "ext.popup.discarded": { sv: "Klippet kastades.", en: "The clip was discarded." },
  "ext.popup.options": { sv: "Inställningar", en: "Settings" },
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
    sv: "Webbläsartillägget fick inte läsa dokument från {origin}. Välj ”Läs dokumentet i fliken” igen och tillåt webbplatsen när webbläsaren frågar, eller öppna Inställningar, skriv {origin} under ”Intranät och mötesportaler” och välj ”Ge behörighet”.",
    en: "The extension was not allowed to read documents from {origin}. Choose “Read the document in the tab” again and allow the site when the browser asks, or open Settings, enter {origin} under “Intranet and meeting portals” and choose “Grant permission”.",
  },
  "ext.popup.fetchFailed": {
    sv: "Dokumentet kunde inte hämtas ({status}).",
    en: "The document could not be fetched ({status}).",
  },

  // Options page.
  "ext.options.title": { sv: "Inställningar – Samverkansprotokoll", en: "Settings – Cooperation minutes" },
  "ext.options.addinHeading": { sv: "Word-tilläggets adress", en: "The Word add-in's address" },
  "ext.options.addinHelp": {
    sv: "Klippen lämnas bara över till Word-tillägget på den webbadress där er organisation har lagt upp det, till exempel https://samverkan.kommun.se/ eller https://www.kommun.se/samverkan/. Adressen får du av den som installerade Word-tillägget.",
    en: "Clips are handed over only to the Word add-in at the web address where your organisation put it, for example https://minutes.example.org/ or https://www.example.org/minutes/. Ask whoever installed the Word add-in for the address.",
  },
  "ext.options.ownOrigin": {
    sv: "Lägg helst upp Word-tillägget på en egen webbadress med eget värdnamn, till exempel https://samverkan.kommun.se/. Ligger det under samma värdnamn som andra webbsidor kan de sidorna komma åt det som visas i Word-tillägget.",
    en: "Preferably put the Word add-in at a web address with a host name of its own, for example https://minutes.example.org/. If it shares a host name with other web pages, those pages can reach what the Word add-in shows.",
  },
  "ext.options.sharedOrigin": {
    sv: "delar värdnamn med andra sidor",
    en: "shares its host name with other pages",
  },
  "ext.options.managed": { sv: "satt av din organisation", en: "set by your organisation" },
  "ext.options.managedHelp": {
    sv: "Adresser som din organisation har satt kan inte tas bort här. Webbläsaren kräver ändå att du ger behörighet för var och en en gång.",
    en: "Addresses set by your organisation cannot be removed here. The browser still needs you to grant permission for each of them once.",
  },
  "ext.options.originInput": { sv: "Ny adress", en: "New address" },
  "ext.options.addOrigin": { sv: "Lägg till", en: "Add" },
  "ext.options.removeOrigin": { sv: "Ta bort {origin}", en: "Remove {origin}" },
  "ext.options.badAddinUrl": {
    sv: "Ange en adress som börjar med https:// (http:// bara för localhost), utan ”?”, ”#” och ”*”.",
    en: "Enter an address starting with https:// (http:// only for localhost), without “?”, “#” and “*”.",
  },
  "ext.options.badSite": {
    sv: "Ange en adress som börjar med https:// eller http://, utan sökväg och utan ”*”.",
    en: "Enter an address starting with https:// or http://, without a path and without “*”.",
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
    sv: "Tillåt webbläsartillägget att läsa dokument (PDF, Word) från dessa webbplatser.",
    en: "Allow the extension to read documents (PDF, Word) from these sites.",
  },
  "ext.options.siteInput": { sv: "Webbplats", en: "Site" },
  "ext.options.addSite": { sv: "Ge behörighet", en: "Grant permission" },
  "ext.options.removeSite": { sv: "Ta bort behörighet för {origin}", en: "Remove permission for {origin}" },
  "ext.options.language": { sv: "Språk", en: "Language" },
  "ext.options.languageBrowser": { sv: "Samma som webbläsaren", en: "Same as the browser" },
  "ext.options.languageSv": { sv: "Svenska", en: "Swedish" },
  "ext.options.languageEn": { sv: "Engelska", en: "English" },
  "ext.options.granted": { sv: "behörighet given", en: "permission granted" },
  "ext.options.noSites": { sv: "Inga webbplatser är tillåtna ännu.", en: "No sites are allowed yet." },
  "ext.options.saved": { sv: "Sparat.", en: "Saved." },
} as const satisfies Messages;
