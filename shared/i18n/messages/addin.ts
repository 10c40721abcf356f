import type { Messages } from "./types";

/** Strings of the Word adapter, manifest and ribbon commands ("word." keys). */
export const addinMessages = {
  // Content-control titles: shown by Word on the mark's tag, so short.
  "word.mark.inspel": { sv: "Inspel: {org}", en: "Statement: {org}" },
  "word.mark.oenighet": { sv: "Oenighet: {orgs}", en: "Disagreement: {orgs}" },
  "word.mark.punkt": { sv: "Punkt: {title}", en: "Item: {title}" },
  "word.mark.agenda": { sv: "Ärende: {title}", en: "Agenda item: {title}" },
  "word.mark.justering": { sv: "Justering", en: "Approval" },
  "word.mark.structure": { sv: "Samverkansprotokoll", en: "Samverkansprotokoll" },
  "word.mark.inspelShort": { sv: "Inspel", en: "Statement" },
  "word.mark.oenighetShort": { sv: "Oenighet", en: "Disagreement" },
  "word.mark.field": { sv: "Mötesuppgift: {name}", en: "Meeting detail: {name}" },

  // Text written into the minutes (always Swedish: the minutes are a Swedish document).
  "word.minutes.present": { sv: "Närvarande", en: "Present" },
  "word.minutes.employerSide": { sv: "Arbetsgivarföreträdare", en: "Employer" },
  "word.minutes.unionSide": { sv: "Fackliga företrädare", en: "Unions" },
  "word.minutes.absent": { sv: "Förhinder", en: "Apologies" },
  "word.minutes.personWithTitle": { sv: "{name}, {title}", en: "{name}, {title}" },
  "word.minutes.personOfOrg": { sv: "{name}, {org}", en: "{name}, {org}" },
  "word.minutes.justerareChosen": { sv: "Till justerare valdes:", en: "Chosen to approve the minutes:" },
  "word.minutes.noJusterare": { sv: "Justerare väljs på mötet.", en: "Chosen at the meeting." },
  "word.minutes.presenter": { sv: "Föredragande: {presenter}", en: "Presented by: {presenter}" },
  "word.minutes.dnr": { sv: "Dnr: {dnr}", en: "Ref.: {dnr}" },
  "word.minutes.mbl11": { sv: "Samverkas motsvarande MBL § 11", en: "Cooperation under MBL § 11" },
  "word.minutes.mbl19": { sv: "Information enligt MBL § 19", en: "Information under MBL § 19" },
  "word.minutes.underlag": { sv: "Underlag: ", en: "Documents: " },

  // Errors, each saying what happened and what to do.
  "word.error.itemNotFound": {
    sv: "Markeringen finns inte längre i dokumentet. Den kan ha tagits bort eller ångrats – uppdatera listan.",
    en: "The mark is no longer in the document. It may have been deleted or undone – refresh the list.",
  },
  "word.error.invalidArgument": {
    sv: "Word kunde inte utföra åtgärden på den här markeringen. Markera ett eller flera hela stycken och försök igen.",
    en: "Word could not do this with the current selection. Select one or more whole paragraphs and try again.",
  },
  "word.error.inTable": {
    sv: "Markeringen ligger delvis i en tabell. Markera stycken utanför tabellen, eller hela tabellen.",
    en: "The selection lies partly in a table. Select paragraphs outside the table, or the whole table.",
  },
  "word.error.crossesSections": {
    sv: "Markeringen sträcker sig över två punkter. Markera bara stycken under en och samma rubrik.",
    en: "The selection runs over two items. Select paragraphs under one heading only.",
  },
  "word.error.markEmpty": {
    sv: "Stycket är tomt. Skriv texten först och markera den sedan.",
    en: "The paragraph is empty. Write the text first, then mark it.",
  },
  "word.error.markTitle": {
    sv: "Dokumentets rubrik kan inte markeras. Markera stycken i protokollets text.",
    en: "The document title cannot be marked. Select paragraphs in the text of the minutes.",
  },
  "word.error.markHeading": {
    sv: "Rubriker kan inte markeras. Markera bara styckena under rubriken.",
    en: "Headings cannot be marked. Select only the paragraphs under the heading.",
  },
  "word.error.markInStructure": {
    sv: "Den här texten skriver Word-tillägget självt (ärendets uppgifter eller justeringen) och den kan inte markeras. Markera stycken under rubriken.",
    en: "The add-in writes this text itself (the item's details or the approval), so it cannot be marked. Select paragraphs under the heading.",
  },
  "word.error.markInsideHeading": {
    sv: "Stycket står inne i rutan kring ärendets rubrik, mellan raderna som Word-tillägget skriver. Klipp ut stycket (Ctrl+X), klistra in det på den tomma raden under ärendet (Ctrl+V) och markera det där.",
    en: "The paragraph stands inside the box around the item's heading, between the lines the add-in writes. Cut the paragraph (Ctrl+X), paste it on the empty line below the item (Ctrl+V) and mark it there.",
  },
  "word.error.markOutsideItems": {
    sv: "Här står vilka som var med och vem som justerar protokollet, och där hör inga inspel hemma. Skriv inspel och oenighet under den punkt de gäller och markera dem där.",
    en: "This part lists who attended and who approves the minutes; statements do not belong here. Write statements and disagreements under the item they concern and mark them there.",
  },
  "word.error.markMeetingFacts": {
    sv: "Stycket innehåller mötesuppgifter som Word-tillägget fyller i från Möte. Skriv inspel och oenighet i ett eget stycke under den punkt de gäller.",
    en: "The paragraph holds meeting details the add-in fills in from Meeting. Write statements and disagreements in a paragraph of their own under the item they concern.",
  },
  "word.error.alreadyMarked": {
    sv: "Stycket är redan markerat för {orgs}. Ta bort den markeringen först om du vill ändra den.",
    en: "The paragraph is already marked for {orgs}. Remove that mark first to change it.",
  },
  "word.error.accessDenied": {
    sv: "Dokumentet är skrivskyddat eller låst för redigering. Aktivera redigering och försök igen.",
    en: "The document is read-only or locked. Enable editing and try again.",
  },
  "word.error.notAllowed": {
    sv: "Word tillåter inte ändringen här (till exempel i ett låst innehållskontrollfält).",
    en: "Word does not allow this change here (for example inside a locked content control).",
  },
  "word.error.general": {
    sv: "Word kunde inte slutföra åtgärden. Försök igen; om felet kvarstår, spara dokumentet och starta om Word.",
    en: "Word could not finish the action. Try again; if it persists, save the document and restart Word.",
  },
  "word.error.noSelection": {
    sv: "Placera markören i det stycke som ska markeras och försök igen.",
    en: "Place the cursor in the paragraph to mark and try again.",
  },
  "word.error.noOrgs": {
    sv: "Välj minst en organisation för oenigheten.",
    en: "Choose at least one organisation for the disagreement.",
  },
  "word.error.noAgendaSection": {
    sv: "Dokumentet saknar avsnittet för föredragningslistan. Infoga avsnittet från Mallar först.",
    en: "The document has no agenda section. Insert it from Templates first.",
  },
  "word.error.apiNotFound": {
    sv: "Den här versionen av Word saknar en funktion som åtgärden behöver. Uppdatera Word eller använd Word på webben.",
    en: "This version of Word lacks a feature the action needs. Update Word or use Word on the web.",
  },
  "word.error.meetingNotSaved": {
    sv: "Word sparade inte mötesuppgifterna i dokumentet (de lästes tillbaka oförändrade). Spara dokumentet, öppna det igen och försök en gång till; hjälper det inte, kör Självtest under Hjälp och skicka rapporten.",
    en: "Word did not save the meeting data in the document (they read back unchanged). Save the document, reopen it and try again; if that does not help, run the self-test under Help and send the report.",
  },
  "word.error.notEmptyForSelfTest": {
    sv: "Självtestet skriver och tar bort text. Öppna ett nytt, tomt dokument och kör det där.",
    en: "The self-test writes and removes text. Open a new, empty document and run it there.",
  },
  "word.error.meetingUnreadable": {
    sv: "Mötesuppgifterna i dokumentet kunde inte läsas. Fyll i dem igen under Möte och spara.",
    en: "The meeting data in the document could not be read. Fill them in again under Meeting and save.",
  },
  "word.error.unknown": {
    sv: "Något gick fel i kontakten med Word: {detail}",
    en: "Something went wrong talking to Word: {detail}",
  },

  // Help tab: the self-test and where meeting data is kept.
  "word.help.tab": { sv: "Hjälp", en: "Help" },
  "word.help.heading": { sv: "Självtest", en: "Self-test" },
  "word.help.intro": {
    sv: "Kör självtestet en gång i ett nytt, tomt dokument när Word-tillägget har installerats. Det provar alla funktioner i just den här Word-versionen, tar bort det som skrevs och visar en rapport att skicka till den som förvaltar Word-tillägget.",
    en: "Run the self-test once in a new, empty document after the add-in has been installed. It tries every feature in this very Word, removes what it wrote and shows a report to send to whoever maintains the add-in.",
  },
  "word.help.run": { sv: "Kör självtest", en: "Run self-test" },
  "word.help.running": {
    sv: "Självtestet körs: steg {count} …",
    en: "Running the self-test: step {count} …",
  },
  "word.help.done": { sv: "Självtestet är klart: {counts}.", en: "The self-test is done: {counts}." },
  // "steg" is neuter: 1 godkänt steg, 2 godkända steg; the counts after it agree with it.
  "word.report.passed.one": { sv: "{count} godkänt steg", en: "{count} step passed" },
  "word.report.passed.other": { sv: "{count} godkända steg", en: "{count} steps passed" },
  "word.report.failed.one": { sv: "{count} underkänt", en: "{count} failed" },
  "word.report.failed.other": { sv: "{count} underkända", en: "{count} failed" },
  "word.report.skipped.one": { sv: "{count} överhoppat", en: "{count} skipped" },
  "word.report.skipped.other": { sv: "{count} överhoppade", en: "{count} skipped" },
  "word.help.report": { sv: "Rapport", en: "Report" },
  "word.help.copy": { sv: "Kopiera rapporten", en: "Copy the report" },
  "word.help.copied": { sv: "Rapporten är kopierad.", en: "The report has been copied." },
  "word.help.copyFailed": {
    sv: "Rapporten kunde inte kopieras. Markera texten i rutan och kopiera med Ctrl+C.",
    en: "The report could not be copied. Select the text in the box and copy it with Ctrl+C.",
  },
  "word.help.sendTo": {
    sv: "Skicka rapporten till den som förvaltar Samverkansprotokoll hos er (oftast it-avdelningen).",
    en: "Send the report to whoever maintains Samverkansprotokoll in your organisation (usually IT).",
  },
  "word.help.storageSettings": {
    sv: "Den här versionen av Word saknar anpassade XML-delar (WordApi 1.4), så mötesuppgifterna sparas i dokumentets inställningar i stället. Allt fungerar som vanligt.",
    en: "This version of Word lacks custom XML parts (WordApi 1.4), so the meeting data is kept in the document's settings instead. Everything works as usual.",
  },
  "word.report.title": { sv: "Samverkansprotokoll – självtest", en: "Samverkansprotokoll – self-test" },
  "word.report.ranAt": { sv: "Körd: {date}", en: "Run: {date}" },
  "word.report.word": {
    sv: "Word: {host} {version} ({platform})",
    en: "Word: {host} {version} ({platform})",
  },
  "word.report.sets": { sv: "Kravuppsättningar: {sets}", en: "Requirement sets: {sets}" },
  "word.report.yes": { sv: "ja", en: "yes" },
  "word.report.no": { sv: "nej", en: "no" },
  "word.report.summary": { sv: "Resultat: {counts}", en: "Result: {counts}" },
  "word.report.pass": { sv: "godkänt", en: "passed" },
  "word.report.fail": { sv: "UNDERKÄNT", en: "FAILED" },
  "word.report.skipped": { sv: "hoppades över", en: "skipped" },

  // The trial page (the Word test double).
  "word.trial.intro": {
    sv: "Fyll i mötet och vilka som är med under Möte, skapa sedan protokollet under Mallar/Punkter. Skriv ett stycke på en tom rad under en rubrik i dokumentet till vänster, markera det och välj Inspel eller Oenighet här intill. Under Justering uppdaterar du justeringen och granskar protokollet; Ctrl+Z i dokumentet ångrar den senaste ändringen.",
    en: "Fill in the meeting and who attends under Meeting, then create the minutes under Templates/Items. Write a paragraph on an empty line under a heading in the document on the left, select it and choose Statements or Disagreement beside it. Under Approval you update the approval block and review the minutes; Ctrl+Z in the document undoes the last change.",
  },

  // Ribbon and context-menu commands.
  "word.command.close": { sv: "Stäng", en: "Close" },
  "word.command.chooseOrgFirst": {
    sv: "Knappen använder den organisation du senast markerade med i fönstret Protokoll. Öppna Protokoll på fliken Start, markera där en gång och försök sedan igen.",
    en: "The button uses the organisation you last marked with in the Minutes pane. Open Minutes on the Home tab, mark there once, then try again.",
  },
} as const satisfies Messages;
