import type { Messages } from "./types";

/** Strings of the agenda part: extraction results and the `agenda` CLI command. */
export const agendaMessages = {
  "agenda.mbl.mbl11": { sv: "MBL § 11", en: "MBL § 11" },
  "agenda.mbl.mbl19": { sv: "MBL § 19", en: "MBL § 19" },
  "agenda.noItems": {
    sv: "Inga ärenden hittades. Markera föredragningslistan och klipp markeringen i stället.",
    en: "No items were found. Select the agenda and clip the selection instead.",
  },
  "agenda.notice.itemsCut": {
    sv: "Listan har {found} ärenden; de första {kept} togs med.",
    en: "The list has {found} items; the first {kept} were taken.",
  },
  "agenda.notice.pagesCut": {
    sv: "Bara de första {read} av {pages} sidorna lästes.",
    en: "Only the first {read} of {pages} pages were read.",
  },
  "agenda.notice.paragraphsCut": {
    sv: "Bara de första {kept} av {total} styckena i Word-filen lästes.",
    en: "Only the first {kept} of {total} paragraphs of the Word file were read.",
  },
  "agenda.notice.hiddenParts": {
    sv: "En del av sidan kunde inte läsas (inbäddade komponenter), så listan kan vara ofullständig. Markera listan och klipp markeringen om något saknas.",
    en: "Part of the page could not be read (embedded components), so the list may be incomplete. Select the list and clip the selection if something is missing.",
  },
  "agenda.notice.agendaInDocument": {
    sv: "{platform} visar föredragningslistan bara i kallelsen: öppna kallelsen ({document}) och läs in den.",
    en: "{platform} shows the agenda only in the notice of meeting: open it ({document}) and read it in.",
  },
  "agenda.notice.platformEmpty": {
    sv: "{platform} visade inga ärenden när sidan lästes: öppna mötet så att ärendelistan syns och klipp igen, eller läs in kallelsen (PDF).",
    en: "{platform} showed no items when the page was read: open the meeting so that its items show and clip again, or read in the notice of meeting (PDF).",
  },
  "agenda.notice.platformLocked": {
    sv: "{platform} visar inte ärendena utan inloggning här: öppna kallelsen som PDF och läs in den i stället.",
    en: "{platform} does not show the items here without logging in: open the notice of meeting as a PDF and read that in instead.",
  },
  "agenda.error.zipTooLarge": {
    sv: "Word-filen packas upp till mer än {max} MB och läses därför inte. Spara den som PDF och läs in den i stället.",
    en: "The Word file unpacks to more than {max} MB and is not read. Save it as PDF and read that in instead.",
  },
  "agenda.error.zipEntries": {
    sv: "Word-filen innehåller fler än {max} delar och läses därför inte.",
    en: "The Word file has more than {max} parts and is not read.",
  },
  "agenda.error.notDocx": {
    sv: "Filen är ingen Word-fil (.docx) som kunde läsas: den är skadad eller i ett annat format (äldre .doc stöds inte).",
    en: "The file is not a readable Word file (.docx): it is damaged or in another format (old .doc is not supported).",
  },
  "agenda.error.notPdf": {
    sv: "PDF:en kunde inte läsas: den är skadad, lösenordsskyddad eller ingen PDF. Hämta kallelsen på nytt eller be om en kopia utan lösenord, eller klipp föredragningslistan från webbsidan.",
    en: "The PDF could not be read: it is damaged, password-protected or not a PDF. Download the notice of meeting again or ask for a copy without a password, or clip the agenda from the web page.",
  },
  "agenda.error.pdfNoText": {
    sv: "PDF:en innehåller ingen text (den är troligen inskannad) och kan därför inte läsas. Be om kallelsen som en PDF med text (sparad från Word eller mötesportalen), eller klipp föredragningslistan från webbsidan.",
    en: "The PDF contains no text (it is probably scanned) and so cannot be read. Ask for the notice of meeting as a PDF with text (saved from Word or the meeting portal), or clip the agenda from the web page.",
  },
  "agenda.error.tooSlow": {
    sv: "Dokumentet tog för lång tid att läsa och avbröts. Spara om det som PDF eller klipp föredragningslistan från webbsidan.",
    en: "The document took too long to read and was stopped. Save it again as PDF or clip the agenda from the web page.",
  },
  "agenda.error.workerFailed": {
    sv: "Dokumentet kunde inte läsas (läsaren stannade, kanske för att filen är för stor eller skadad). Inget annat påverkades.",
    en: "The document could not be read (the reader stopped, perhaps because the file is too large or damaged). Nothing else was affected.",
  },
  "agenda.cli.summary": {
    sv: "Läs en föredragningslista (HTML, PDF, DOCX, text, Markdown eller en mötesportals JSON) och skriv ut ärendena",
    en: "Read an agenda (HTML, PDF, DOCX, text, Markdown or a meeting portal's JSON) and print its items",
  },
  "agenda.cli.missingFile": {
    sv: "Ange en fil: agenda <fil.html|.htm|.pdf|.docx|.txt|.md|.json> [--json] [--url <sidans adress>].",
    en: "Give a file: agenda <file.html|.htm|.pdf|.docx|.txt|.md|.json> [--json] [--url <page address>].",
  },
  "agenda.cli.badUrl": {
    sv: "--url ska följas av en webbadress som börjar med http:// eller https://.",
    en: "--url must be followed by an address starting with http:// or https://.",
  },
  "agenda.cli.unsupported": {
    sv: "Filtypen ”{ext}” stöds inte: använd .html, .htm, .pdf, .docx, .txt, .md eller .json (en mötesportals svar).",
    en: "The file type “{ext}” is not supported: use .html, .htm, .pdf, .docx, .txt, .md or .json (a meeting portal's response).",
  },
  "agenda.cli.notText": {
    sv: "Filen ”{file}” innehåller ingen läsbar text (den ser ut att vara en binärfil).",
    en: "The file “{file}” holds no readable text (it looks like a binary file).",
  },
  "agenda.cli.notJson": {
    sv: "Filen ”{file}” är ingen JSON som kunde läsas.",
    en: "The file “{file}” is not readable JSON.",
  },
  "agenda.cli.unknownJson": {
    sv: "JSON-filen ”{file}” är inget svar från en känd mötesportal (Netpublicator, Ciceron, Lex2Publish).",
    en: "The JSON file “{file}” is not a response of a known meeting portal (Netpublicator, Ciceron, Lex2Publish).",
  },
  "agenda.cli.pdfRefused": {
    sv: "PDF-filen ”{file}”: {reason}",
    en: "The PDF “{file}”: {reason}",
  },
  "agenda.cli.docxRefused": {
    sv: "Word-filen ”{file}”: {reason}",
    en: "The Word file “{file}”: {reason}",
  },
  "agenda.cli.notFound": { sv: "Filen ”{file}” finns inte.", en: "The file “{file}” does not exist." },
  "agenda.cli.notAFile": { sv: "”{file}” är ingen fil.", en: "“{file}” is not a file." },
  "agenda.cli.tooLarge": {
    sv: "Filen ”{file}” är för stor ({size} MB, högst {max} MB).",
    en: "The file “{file}” is too large ({size} MB, at most {max} MB).",
  },
  "agenda.cli.unreadable": {
    sv: "Filen ”{file}” kunde inte läsas.",
    en: "The file “{file}” could not be read.",
  },
  "agenda.cli.unreadablePdf": {
    sv: "PDF-filen ”{file}” kunde inte läsas: den är skadad, lösenordsskyddad eller ingen PDF.",
    en: "The PDF “{file}” could not be read: it is damaged, password-protected or not a PDF.",
  },
  "agenda.cli.unreadableDocx": {
    sv: "Word-filen ”{file}” kunde inte läsas: den är skadad eller ingen .docx (äldre .doc stöds inte).",
    en: "The Word file “{file}” could not be read: it is damaged or not a .docx (old .doc is not supported).",
  },
  "agenda.cli.committee": { sv: "Nämnd: {committee}", en: "Committee: {committee}" },
  "agenda.cli.meetingDate": { sv: "Sammanträde: {date}", en: "Meeting: {date}" },
  "agenda.cli.unknown": { sv: "okänd", en: "unknown" },
  "agenda.cli.count": { sv: "Ärenden: {count}", en: "Items: {count}" },
  "agenda.cli.dnr": { sv: "Dnr {dnr}", en: "Ref. {dnr}" },
} as const satisfies Messages;
