import type { Messages } from "./types";

/** Strings of the task pane ("pane." keys). */
export const paneMessages = {
  "pane.tabs.label": { sv: "Protokollet", en: "The minutes" },
  "pane.tabs.meeting": { sv: "Möte", en: "Meeting" },
  "pane.tabs.templates": { sv: "Mallar/Punkter", en: "Templates/Items" },
  "pane.tabs.statements": { sv: "Inspel", en: "Statements" },
  "pane.tabs.disagreements": { sv: "Oenighet", en: "Disagreement" },
  "pane.tabs.inbox": { sv: "Föredragningslista", en: "Agenda" },
  "pane.tabs.justering": { sv: "Justering", en: "Approval" },
  "pane.alert.dismiss": { sv: "Stäng meddelandet", en: "Dismiss" },
  "pane.alert.details": { sv: "Detaljer", en: "Details" },
  "pane.file.unreadable": {
    sv: "Filen ”{file}” kunde inte läsas. Kontrollera att den finns kvar och går att öppna, och försök igen.",
    en: "The file “{file}” could not be read. Check that it still exists and can be opened, and try again.",
  },
  "pane.storage.full": {
    sv: "Word-tillägget kunde inte spara i webbläsarens lagring (full eller avstängd). Inget har tagits bort.",
    en: "The add-in could not save to the browser's storage (full or disabled). Nothing was removed.",
  },
  "pane.boot.noOffice": {
    sv: "Word-tillägget kunde inte starta: Office-biblioteket (office.js) laddades inte. Kontrollera nätverket och att sidan öppnas i Word.",
    en: "The add-in could not start: the Office library (office.js) did not load. Check the network and open it in Word.",
  },
  "pane.boot.notInWord": {
    sv: "Den här sidan är Word-tilläggets aktivitetsfönster och fungerar bara inuti Word. Utan Word: använd provsidan (npm start).",
    en: "This page is the add-in's task pane and works only inside Word. Without Word: use the trial page (npm start).",
  },
  "pane.boot.timeout": {
    sv: "Word-tillägget kunde inte starta: Word svarade inte. Stäng fönstret och öppna Word-tillägget igen.",
    en: "The add-in could not start: Word did not answer. Close the pane and open the add-in again.",
  },

  "pane.meetingType.fsg-vsg": { sv: "FSG/VSG", en: "FSG/VSG" },
  "pane.meetingType.forvaltningsgrupp": { sv: "Förvaltningsgrupp", en: "Administration group" },
  "pane.meetingType.samverkansgrupp": { sv: "Samverkansgrupp", en: "Cooperation group" },
  "pane.meetingType.mbl-forhandling": { sv: "MBL-förhandling", en: "MBL negotiation" },
  "pane.meetingType.skyddskommitte": { sv: "Skyddskommitté", en: "Safety committee" },

  "pane.meeting.heading": { sv: "Mötet", en: "The meeting" },
  "pane.meeting.type": { sv: "Mötestyp", en: "Meeting type" },
  "pane.meeting.groupName": { sv: "Gruppens namn", en: "Group name" },
  "pane.meeting.forvaltning": { sv: "Förvaltning", en: "Administration" },
  "pane.meeting.committee": { sv: "Nämnd", en: "Committee" },
  "pane.meeting.date": { sv: "Datum", en: "Date" },
  "pane.meeting.time": { sv: "Tid", en: "Time" },
  "pane.meeting.place": { sv: "Plats", en: "Place" },
  "pane.meeting.protocolNumber": { sv: "Protokollnummer", en: "Minutes number" },
  "pane.meeting.chair": { sv: "Ordförande", en: "Chair" },
  "pane.meeting.secretary": { sv: "Sekreterare", en: "Secretary" },
  "pane.meeting.justering": { sv: "Justering", en: "Approval" },
  "pane.meeting.justeringDate": { sv: "Justeringsdag", en: "Approval day" },
  "pane.meeting.commentsDueDate": { sv: "Synpunkter senast", en: "Comments due" },
  "pane.meeting.commentsDueTime": { sv: "Synpunkter senast, klockan", en: "Comments due, time" },
  "pane.meeting.reuse": { sv: "Hämta från förra mötet", en: "Copy from the last meeting" },
  "pane.meeting.reused": {
    sv: "Deltagare, ordförande och plats hämtade från mötet {date}. Förhinder och justerare väljs för varje möte.",
    en: "Participants, chair and place copied from the meeting of {date}. Apologies and approvers are chosen for each meeting.",
  },
  "pane.meeting.template": {
    sv: "Mallen ”{name}” används. Byt mall under fliken Mallar/Punkter.",
    en: "The template “{name}” is used. Change it in the Templates/Items tab.",
  },
  "pane.meeting.noTemplateForType": {
    sv: "Det finns ingen mall för mötestypen {type}; mallen ”{name}” används. Välj eller importera en mall under fliken Mallar/Punkter.",
    en: "There is no template for the meeting type {type}; the template “{name}” is used. Choose or import one in the Templates/Items tab.",
  },
  "pane.meeting.save": { sv: "Spara i dokumentet", en: "Save to the document" },
  "pane.meeting.saved": {
    sv: "Mötesuppgifterna är sparade i dokumentet.",
    en: "The meeting is saved to the document.",
  },
  "pane.meeting.savedRosterKept": {
    sv: "Mötesuppgifterna är sparade, men Närvarande i dokumentet skrevs inte om: du har ändrat listan där. Ändra den i dokumentet, eller ersätt den med listan från Möte.",
    en: "The meeting is saved, but Present in the document was not rewritten: you have edited the list there. Edit it in the document, or replace it with the list from Meeting.",
  },
  "pane.meeting.savedRosterByHand": {
    sv: "Mötesuppgifterna är sparade, men Närvarande i dokumentet skrevs inte: det står redan text under rubriken. Skriv listan där, eller töm raderna under rubriken och spara igen.",
    en: "The meeting is saved, but Present was not written in the document: there is already text under its heading. Write the list there, or empty the lines under the heading and save again.",
  },
  "pane.meeting.savedJusterareKept": {
    sv: "Mötesuppgifterna är sparade, men listan över justerare i dokumentet skrevs inte om: du har ändrat den där. Ändra den i dokumentet, eller töm listan och spara igen.",
    en: "The meeting is saved, but the list of justerare in the document was not rewritten: you have edited it there. Edit it in the document, or empty the list and save again.",
  },
  "pane.meeting.justerareKeptToo": {
    sv: "Inte heller listan över justerare skrevs om: du har ändrat den i dokumentet.",
    en: "Nor was the list of justerare rewritten: you have edited it in the document.",
  },
  "pane.meeting.replaceRoster": {
    sv: "Ersätt Närvarande i dokumentet",
    en: "Replace Present in the document",
  },
  "pane.meeting.replaceRosterHint": {
    sv: "Det du har skrivit i listan Närvarande i dokumentet ersätts med deltagarna i Möte. Du kan ångra i Word.",
    en: "What you wrote in the Present list in the document is replaced by the participants in Meeting. You can undo in Word.",
  },
  "pane.meeting.rosterReplaced": {
    sv: "Mötesuppgifterna är sparade och Närvarande i dokumentet är ersatt med listan från Möte.",
    en: "The meeting is saved and Present in the document is replaced with the list from Meeting.",
  },
  "pane.meeting.draft.kept": {
    sv: "Ändringarna sparas automatiskt i Word-tillägget men finns inte i dokumentet förrän du sparar.",
    en: "Your changes are kept by the add-in automatically but are not in the document until you save.",
  },
  "pane.meeting.draft.failed": {
    sv: "Ändringarna kunde inte sparas i Word-tillägget (lagringen är full eller avstängd). Spara i dokumentet för att inte förlora dem.",
    en: "Your changes could not be kept by the add-in (storage full or disabled). Save to the document to keep them.",
  },
  "pane.meeting.draft.none": { sv: "Inga osparade ändringar.", en: "No unsaved changes." },
  "pane.meeting.draftRestored": {
    sv: "Ett osparat utkast av mötesuppgifterna har återställts.",
    en: "An unsaved draft of the meeting details was restored.",
  },

  "pane.roster.employer": { sv: "Arbetsgivarens representanter", en: "Employer representatives" },
  "pane.roster.unions": { sv: "Fackliga representanter", en: "Union representatives" },
  "pane.roster.absent": { sv: "Förhinder", en: "Apologies" },
  "pane.roster.justerare": { sv: "Justerare", en: "Approvers" },
  "pane.roster.addEmployer": { sv: "Lägg till person", en: "Add person" },
  "pane.roster.addUnion": { sv: "Lägg till facklig representant", en: "Add union representative" },
  "pane.roster.addAbsent": { sv: "Lägg till förhinder", en: "Add apology" },
  "pane.roster.addJusterare": { sv: "Lägg till justerare", en: "Add approver" },
  "pane.roster.name": { sv: "Namn", en: "Name" },
  "pane.roster.title": { sv: "Titel", en: "Title" },
  "pane.roster.org": { sv: "Organisation", en: "Organisation" },
  "pane.roster.party": { sv: "Part", en: "Party" },
  /** Read after a field's label by assistive technology only. */
  "pane.roster.row": { sv: ", rad {number}", en: ", row {number}" },
  "pane.roster.noOrg": { sv: "(ingen organisation)", en: "(no organisation)" },
  "pane.rows.remove": { sv: "Ta bort rad {number} i {list}", en: "Remove row {number} of {list}" },
  "pane.org.employer": { sv: "Arbetsgivaren", en: "The employer" },
  "pane.org.more": { sv: "Fler organisationer", en: "More organisations" },

  "pane.templates.heading": { sv: "Mallar och punkter", en: "Templates and items" },
  "pane.templates.template": { sv: "Mall", en: "Template" },
  "pane.templates.create": { sv: "Skapa protokoll", en: "Create minutes" },
  "pane.templates.rosterFirst": {
    sv: "Närvarolistan skrivs från fliken Möte när protokollet skapas och ändras inte när du sparar mötet senare. Fyll i vilka som är med under Möte först.",
    en: "The attendance list is written from the Möte tab when the minutes are created, and is not changed when you save the meeting later. Fill in who attends under Möte first.",
  },
  "pane.templates.alreadyHasMinutes": {
    sv: "Dokumentet innehåller redan ett protokoll. Ett nytt läggs till sist i dokumentet.",
    en: "The document already holds minutes. New minutes are added at its end.",
  },
  "pane.templates.created": {
    sv: "Protokollet är skapat från mallen ”{name}”.",
    en: "Minutes created from “{name}”.",
  },
  "pane.templates.sectionHeading": { sv: "Infoga en punkt", en: "Insert an item" },
  "pane.templates.section": { sv: "Punkt", en: "Item" },
  "pane.templates.insertSection": { sv: "Infoga vid markören", en: "Insert at the cursor" },
  "pane.templates.sectionInserted": { sv: "Punkten ”{title}” är infogad.", en: "Item “{title}” inserted." },
  "pane.templates.fileHeading": { sv: "Egna mallar", en: "Own templates" },
  "pane.templates.export": { sv: "Exportera mallen (JSON)", en: "Export the template (JSON)" },
  "pane.templates.import": { sv: "Importera mall …", en: "Import template …" },
  "pane.templates.imported": {
    sv: "Mallen ”{name}” är importerad och vald.",
    en: "Template “{name}” imported and chosen.",
  },

  "pane.statements.heading": { sv: "Inspel", en: "Statements" },
  "pane.statements.help": {
    sv: "Markera stycket i dokumentet, välj vems inspel det är och tryck på knappen. Ett gemensamt inspel markeras för varje organisation som står bakom det.",
    en: "Select the paragraph in the document, choose whose statement it is and press the button. A joint statement is marked for each organisation behind it.",
  },
  "pane.statements.partly": {
    sv: "Inspelet markerades för {done} men inte för {failed}: {reason}",
    en: "The statement was marked for {done} but not for {failed}: {reason}",
  },
  "pane.statements.org": { sv: "Vems inspel", en: "Whose statement" },
  "pane.statements.mark": { sv: "Markera som inspel", en: "Mark as statement" },
  "pane.statements.marked": { sv: "Markerat som inspel från {org}.", en: "Marked as a statement of {org}." },
  "pane.statements.markedUnder": {
    sv: "Markerat som inspel från {org} under ”{section}”.",
    en: "Marked as a statement of {org} under “{section}”.",
  },
  "pane.statements.insertHeading": {
    sv: "Infoga rubriken ”{heading}” vid markören",
    en: "Insert the heading “{heading}” at the cursor",
  },
  "pane.statements.headingInserted": {
    sv: "Rubriken ”{heading}” är infogad under markörens stycke. Skriv inspelen under den.",
    en: "The heading “{heading}” is inserted below the cursor's paragraph. Write the statements under it.",
  },
  "pane.statements.list": { sv: "Inspel i dokumentet", en: "Statements in the document" },
  "pane.statements.empty": { sv: "Inga inspel är markerade än.", en: "No statements marked yet." },

  "pane.disagreements.heading": { sv: "Oenighet", en: "Disagreement" },
  "pane.disagreements.help": {
    sv: "Markera stycket där oenigheten står, välj de fackliga organisationer som är oeniga och tryck på knappen. Punkten den hör till noteras.",
    en: "Select the paragraph stating the disagreement, choose the unions and press the button.",
  },
  "pane.disagreements.orgs": { sv: "Fackliga organisationer som är oeniga", en: "Unions that disagree" },
  "pane.disagreements.mark": { sv: "Markera oenighet", en: "Mark disagreement" },
  "pane.disagreements.marked": { sv: "Oenighet markerad för {orgs}.", en: "Disagreement marked for {orgs}." },
  "pane.disagreements.markedUnder": {
    sv: "Oenighet markerad för {orgs} under ”{section}”.",
    en: "Disagreement marked for {orgs} under “{section}”.",
  },
  "pane.disagreements.list": { sv: "Oenighet i dokumentet", en: "Disagreements in the document" },
  "pane.disagreements.empty": { sv: "Ingen oenighet är markerad.", en: "No disagreement marked." },

  "pane.negotiation.heading": {
    sv: "Central förhandling (MBL\u00a0§\u00a014)",
    en: "Central negotiation (MBL\u00a0§\u00a014)",
  },
  "pane.negotiation.endedOn": { sv: "Förhandlingen avslutad", en: "Negotiation ended on" },
  "pane.negotiation.result": { sv: "Resultat", en: "Outcome" },
  "pane.negotiation.oenighet": { sv: "Oenighet", en: "Disagreement" },
  "pane.negotiation.enighet": { sv: "Enighet", en: "Agreement" },
  "pane.negotiation.deadline": {
    sv: "Sista dag att begära central förhandling: {date}.",
    en: "Last day to request central negotiation: {date}.",
  },
  "pane.negotiation.deadlineMoved": {
    sv: "Sista dag att begära central förhandling: {date} (flyttad från {nominal}, som inte är en arbetsdag).",
    en: "Last day to request central negotiation: {date} (moved from {nominal}, not a working day).",
  },
  "pane.negotiation.missingDate": {
    sv: "Ange dagen då förhandlingen avslutades så räknas sista dagen ut.",
    en: "Enter the day the negotiation ended to compute the last day.",
  },
  "pane.negotiation.enighetResult": {
    sv: "Förhandlingen slutade i enighet; ingen central förhandling behövs.",
    en: "The negotiation ended in agreement; no central negotiation is needed.",
  },
  "pane.negotiation.notNegotiation": {
    sv: "Ingen förhandling är angiven.",
    en: "No negotiation is given.",
  },
  "pane.negotiation.saveHint": {
    sv: "Dagen och resultatet anges under fliken Möte och sparas i dokumentet med mötesuppgifterna.",
    en: "The day and the outcome are entered in the Meeting tab and saved with the meeting details.",
  },

  "pane.marks.noSection": { sv: "Utan punkt", en: "No item" },
  "pane.marks.show": {
    sv: "Visa i dokumentet: {orgs} – {text}",
    en: "Show in the document: {orgs} – {text}",
  },
  "pane.marks.remove": { sv: "Ta bort markeringen: {orgs} – {text}", en: "Remove the mark: {orgs} – {text}" },
  "pane.marks.removed": {
    sv: "Markeringen är borttagen; texten finns kvar.",
    en: "The mark is removed; the text is kept.",
  },

  "pane.justering.heading": { sv: "Justering", en: "Approval" },
  "pane.justering.preview": { sv: "Så skrivs justeringen", en: "The approval block will read" },
  "pane.justering.noJusterare": {
    sv: "Inga justerare är valda. Lägg till dem under fliken Möte.",
    en: "No approvers chosen. Add them in the Meeting tab.",
  },
  "pane.justering.problems": { sv: "Att åtgärda före justering", en: "To fix before approval" },
  "pane.justering.missingBlock": {
    sv: "Dokumentet saknar justeringsblock; det läggs till sist när du uppdaterar.",
    en: "The document has no approval block; updating adds it at the end.",
  },
  "pane.justering.update": { sv: "Uppdatera justeringen", en: "Update the approval block" },
  "pane.justering.updated": {
    sv: "Justeringen är uppdaterad i dokumentet.",
    en: "The approval block is updated.",
  },

  "pane.review.heading": { sv: "Granskning före justering", en: "Review before approval" },
  "pane.review.help": {
    sv: "Letar efter oenighet som saknas i justeringen, fack utan justerare, tomma punkter, kvarglömda platshållare och datum som inte stämmer.",
    en: "Looks for disagreements missing from the approval block, unions without an approver, empty items, left placeholders and dates that do not agree.",
  },
  "pane.review.run": { sv: "Granska protokollet", en: "Review the minutes" },
  "pane.review.running": { sv: "Granskar protokollet …", en: "Reviewing the minutes …" },
  "pane.review.final": {
    sv: "Slutgranskning före justering: visa varje tom punkt och varje omarkerat inspel för sig",
    en: "Final review before approval: show every empty item and every unmarked statement on its own",
  },
  "pane.review.suggestions": {
    sv: "Förslag från texten: {count}",
    en: "Suggestions from the text: {count}",
  },
  "pane.review.count": { sv: "Att se över: {count}", en: "To look at: {count}" },
  "pane.review.none": { sv: "Inga problem hittades.", en: "No problems found." },
  "pane.review.done": {
    sv: "Granskningen är klar: {count} att se över.",
    en: "Review finished: {count} to look at.",
  },
  "pane.review.doneWithSuggestions": {
    sv: "Granskningen är klar: {toFix} att se över, {suggested} förslag från texten.",
    en: "Review finished: {toFix} to look at, {suggested} suggestions from the text.",
  },
  "pane.review.doneNone": {
    sv: "Granskningen är klar: inga problem hittades.",
    en: "Review finished: no problems found.",
  },
  "pane.review.under": { sv: "Under ”{section}”", en: "Under “{section}”" },
  "pane.review.show": { sv: "Visa i dokumentet: {message}", en: "Show in the document: {message}" },

  "pane.read.heading": { sv: "Befintligt protokoll", en: "Existing minutes" },
  "pane.read.help": {
    sv: "Skrevs protokollet utan Word-tillägget? Läs in det så föreslås markeringar för inspel och oenighet, som du bekräftar grupp för grupp. Texten ändras inte.",
    en: "Were the minutes written without the add-in? Read them to get suggested marks for statements and disagreements, confirmed group by group. The text is not changed.",
  },
  "pane.read.start": { sv: "Läs in befintligt protokoll", en: "Read existing minutes" },
  "pane.read.reading": {
    sv: "Läser och analyserar dokumentet …",
    en: "Reading and analysing the document …",
  },
  "pane.read.nothingFound": {
    sv: "Inga inspel eller oenigheter hittades i dokumentet.",
    en: "No statements or disagreements were found in the document.",
  },
  "pane.read.found": {
    sv: "Hittade {count} grupper av markeringar. Välj vilka som ska läggas till.",
    en: "Found {count} groups of marks. Choose which to add.",
  },
  "pane.read.groups": { sv: "Föreslagna markeringar", en: "Suggested marks" },
  "pane.read.alreadyMarked": { sv: "(redan markerat)", en: "(already marked)" },
  "pane.read.jointly": {
    sv: "Gemensamma inspel från facken kan inte markeras automatiskt: markera dem för en organisation under Inspel.",
    en: "Joint statements of the unions cannot be marked automatically: mark them for one organisation under Statements.",
  },
  "pane.read.add": { sv: "Lägg till markeringar", en: "Add the marks" },
  "pane.read.dismiss": { sv: "Stäng förslagen", en: "Close the suggestions" },
  "pane.read.cancel": { sv: "Avbryt", en: "Cancel" },
  "pane.read.progressLabel": { sv: "Markeringar som läggs till", en: "Marks being added" },
  "pane.read.progress": { sv: "Markerar {done} av {total} …", en: "Marking {done} of {total} …" },
  "pane.read.done": { sv: "Markeringar tillagda: {marked}.", en: "Marks added: {marked}." },
  "pane.read.cancelled": {
    sv: "Avbrutet: {marked} av {total} markeringar lades till och finns kvar i dokumentet.",
    en: "Cancelled: {marked} of {total} marks were added and stay in the document.",
  },
  "pane.read.failed": {
    sv: "{marked} av {total} markeringar hann läggas till innan felet. Försök igen – redan markerade stycken hoppas över.",
    en: "{marked} of {total} marks were added before the error. Try again – paragraphs already marked are skipped.",
  },
  "pane.read.skipped": {
    sv: "Redan markerade, hoppades över: {count}.",
    en: "Already marked, skipped: {count}.",
  },
  "pane.read.notFound": {
    sv: "Hittades inte i dokumentet (texten har ändrats sedan inläsningen):",
    en: "Not found in the document (the text changed since it was read):",
  },

  "pane.inbox.heading": { sv: "Föredragningslista", en: "Agenda" },
  "pane.inbox.bridge.waiting": {
    sv: "Söker webbläsartillägget …",
    en: "Looking for the browser extension …",
  },
  "pane.inbox.bridge.connected": {
    sv: "Ansluten till webbläsartillägget: nya klipp kommer hit.",
    en: "Connected to the browser extension: new clips arrive here.",
  },
  "pane.inbox.bridge.absent": {
    sv: "Webbläsartillägget svarar inte här. Klistra in ett klipp eller öppna en klippfil i stället.",
    en: "The browser extension does not answer here. Paste a clip or open a clip file instead.",
  },
  "pane.inbox.bridge.noAnswer": {
    sv: "Inga klipp hämtades: webbläsartillägget svarar inte här. Det lämnar klipp bara i Word på webben, under Word-tilläggets adress. Använd Kopiera till Word i webbläsartillägget och klistra in här, eller öppna en klippfil.",
    en: "No clips were fetched: the browser extension does not answer here. It hands over clips only in Word on the web, under the Word add-in's address. Use Copy to Word in the browser extension and paste here, or open a clip file.",
  },
  "pane.inbox.pull": { sv: "Hämta klipp från webbläsaren", en: "Fetch clips from the browser" },
  "pane.inbox.openFile": { sv: "Öppna klippfil …", en: "Open clip file …" },
  "pane.inbox.pasteLabel": { sv: "Klistra in ett klipp här (Ctrl+V)", en: "Paste a clip here (Ctrl+V)" },
  "pane.inbox.pastePlaceholder": {
    sv: "Välj ”Kopiera till Word” i webbläsartillägget, klicka här och klistra in",
    en: "Use Copy to Word in the extension, click here and paste",
  },
  "pane.inbox.noClipInPaste": {
    sv: "Det inklistrade innehöll inget klipp från webbläsartillägget. Använd ”Kopiera till Word” i webbläsartillägget först.",
    en: "The pasted content held no clip. Use “Copy to Word” in the extension first.",
  },
  "pane.inbox.received.one": { sv: "1 punkt har tagits emot.", en: "1 item received." },
  "pane.inbox.received.other": { sv: "{count} punkter har tagits emot.", en: "{count} items received." },
  "pane.inbox.receivedAgain.one": {
    sv: "1 punkt fanns redan i listan och har uppdaterats.",
    en: "1 item was already listed and has been updated.",
  },
  "pane.inbox.receivedAgain.other": {
    sv: "{count} punkter fanns redan i listan och har uppdaterats.",
    en: "{count} items were already listed and have been updated.",
  },
  "pane.inbox.seeNotices.one": {
    sv: "Läs anmärkningen vid klippet.",
    en: "Read the note beside the clip.",
  },
  "pane.inbox.seeNotices.other": {
    sv: "Läs anmärkningarna vid de {count} klippen.",
    en: "Read the notes beside the {count} clips.",
  },
  "pane.inbox.refused.one": {
    sv: "1 klipp kunde inte tas emot och har inte lagts in. {errors}",
    en: "1 clip was refused and not added. {errors}",
  },
  "pane.inbox.refused.other": {
    sv: "{count} klipp kunde inte tas emot och har inte lagts in. {errors}",
    en: "{count} clips were refused and not added. {errors}",
  },
  "pane.inbox.empty": {
    sv: "Inga klipp än. Klipp föredragningslistan med webbläsartillägget.",
    en: "No clips yet. Clip the agenda with the browser extension.",
  },
  "pane.inbox.via.bridge": { sv: "Från webbläsaren: {source}", en: "From the browser: {source}" },
  "pane.inbox.via.paste": { sv: "Inklistrat: {source}", en: "Pasted: {source}" },
  "pane.inbox.via.file": { sv: "Från fil: {source}", en: "From a file: {source}" },
  "pane.inbox.mbl.mbl11": { sv: "MBL\u00a0§\u00a011", en: "MBL\u00a0§\u00a011" },
  "pane.inbox.mbl.mbl19": { sv: "MBL\u00a0§\u00a019", en: "MBL\u00a0§\u00a019" },
  "pane.inbox.links.one": { sv: "(1 länk)", en: "(1 link)" },
  "pane.inbox.links.other": { sv: "({count} länkar)", en: "({count} links)" },
  "pane.inbox.alreadyInserted": { sv: "redan infogad", en: "already inserted" },
  "pane.inbox.remove": {
    sv: "Ta bort klippet {name} från inkorgen",
    en: "Remove clip {name} from the inbox",
  },
  "pane.inbox.classify": { sv: "MBL-klass för ”{title}”", en: "MBL class of “{title}”" },
  "pane.inbox.classNone": { sv: "Välj MBL-klass …", en: "Choose an MBL class …" },
  "pane.inbox.unclassified.one": {
    sv: "1 markerad punkt saknar MBL-klass och infogas inte förrän du väljer §\u00a011 eller §\u00a019 vid punkten.",
    en: "1 selected item has no MBL class and is not inserted until you choose §\u00a011 or §\u00a019 at the item.",
  },
  "pane.inbox.unclassified.other": {
    sv: "{count} markerade punkter saknar MBL-klass och infogas inte förrän du väljer §\u00a011 eller §\u00a019 vid varje punkt.",
    en: "{count} selected items have no MBL class and are not inserted until you choose §\u00a011 or §\u00a019 at each.",
  },
  "pane.inbox.target": { sv: "Infoga under", en: "Insert under" },
  "pane.inbox.byClass": {
    sv: "Efter MBL-klass (§\u00a011 / §\u00a019)",
    en: "By MBL class (§\u00a011 / §\u00a019)",
  },
  "pane.inbox.noAgendaSection": {
    sv: "Mallen ”{name}” har inget avsnitt för föredragningslistan. Välj en annan mall under fliken Mallar/Punkter.",
    en: "Template “{name}” has no agenda section. Choose another template.",
  },
  "pane.inbox.insert": { sv: "Infoga markerade ({count})", en: "Insert selected ({count})" },
  "pane.inbox.insertedUnder.one": {
    sv: "1 punkt infogad under ”{section}”",
    en: "1 item inserted under “{section}”",
  },
  "pane.inbox.insertedUnder.other": {
    sv: "{count} punkter infogade under ”{section}”",
    en: "{count} items inserted under “{section}”",
  },
  "pane.inbox.alsoUnder.one": { sv: "1 under ”{section}”", en: "1 under “{section}”" },
  "pane.inbox.alsoUnder.other": { sv: "{count} under ”{section}”", en: "{count} under “{section}”" },
  "pane.inbox.unclassifiedGoes.one": {
    sv: "1 markerad punkt saknar MBL-klass och infogas under ”{section}”. Välj §\u00a011 eller §\u00a019 vid punkten om den hör till någon av dem.",
    en: "1 selected item has no MBL class and is inserted under “{section}”. Choose §\u00a011 or §\u00a019 at the item if it belongs to one.",
  },
  "pane.inbox.unclassifiedGoes.other": {
    sv: "{count} markerade punkter saknar MBL-klass och infogas under ”{section}”. Välj §\u00a011 eller §\u00a019 vid de punkter som hör till någon av dem.",
    en: "{count} selected items have no MBL class and are inserted under “{section}”. Choose §\u00a011 or §\u00a019 at those that belong to one.",
  },
  "pane.inbox.inserted.one": { sv: "1 punkt infogad.", en: "1 item inserted." },
  "pane.inbox.inserted.other": { sv: "{count} punkter infogade.", en: "{count} items inserted." },
  "pane.inbox.updated.one": {
    sv: "1 punkt var redan infogad och har uppdaterats.",
    en: "1 item was already inserted and has been updated.",
  },
  "pane.inbox.updated.other": {
    sv: "{count} punkter var redan infogade och har uppdaterats.",
    en: "{count} items were already inserted and have been updated.",
  },

  // Written into the minutes (always Swedish): the pane's roster as the document lists it.
  "pane.minutes.delegation": { sv: "{org}: {names}", en: "{org}: {names}" },
  /** The committee's number of a clipped item, after its title ("punkt 7", "§ 12"). */

  "pane.trial.banner": {
    sv: "Testdubblett — inte Word. Dokumentet till vänster är en simulering för att prova Word-tillägget.",
    en: "Test double — not Word. The document on the left is a simulation for trying the add-in.",
  },
  "pane.trial.document": { sv: "Dokument (testdubblett)", en: "Document (test double)" },
} as const satisfies Messages;
