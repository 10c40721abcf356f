import type { Messages } from "./types";

/** Strings of the agenda part: extraction results and the `agenda` CLI command. */
export const agendaMessages = {
  "agenda.mbl.mbl11": { sv: "MBL § 11", en: "MBL § 11" },
  "agenda.mbl.mbl19": { sv: "MBL § 19", en: "MBL § 19" },
  "agenda.noItems": {
    sv: "Inga ärenden hittades. Markera föredragningslistan och klipp markeringen i stället.",
    en: "No items were found. Select the agenda and clip the selection instead.",
  },
  "agenda.cli.summary": {
    sv: "Läs en föredragningslista (HTML, PDF, DOCX eller text) och skriv ut ärendena",
    en: "Read an agenda (HTML, PDF, DOCX or text) and print its items",
  },
  "agenda.cli.missingFile": {
    sv: "Ange en fil: agenda <fil.html|.pdf|.docx> [--json] [--url <sidans adress>].",
    en: "Give a file: agenda <file.html|.pdf|.docx> [--json] [--url <page address>].",
  },
  "agenda.cli.badUrl": {
    sv: "--url ska följas av en webbadress som börjar med http:// eller https://.",
    en: "--url must be followed by an address starting with http:// or https://.",
  },
  "agenda.cli.unsupported": {
    sv: "Filtypen ”{ext}” stöds inte: använd .html, .htm, .pdf, .docx eller .txt.",
    en: "The file type “{ext}” is not supported: use .html, .htm, .pdf, .docx or .txt.",
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
