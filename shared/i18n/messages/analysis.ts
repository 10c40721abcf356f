import type { Messages } from "./types";

/** Strings of the analysis part: the review before justering and the `analyze` command. */
export const analysisMessages = {
  "analysis.finding.disagreementNotInJustering": {
    sv: "Oenighet för {org} under ”{section}” nämns inte i justeringen.",
    en: "The disagreement of {org} under “{section}” is not mentioned in the justering.",
  },
  "analysis.hint.disagreementNotInJustering": {
    sv: "Lägg till ”(oenighet under {section})” efter justeraren för {org}.",
    en: "Add “(oenighet under {section})” after the justerare of {org}.",
  },
  "analysis.finding.disagreementWithoutJusterare": {
    sv: "{org} har oenighet under ”{section}” men ingen justerare.",
    en: "{org} disagrees under “{section}” but has no justerare.",
  },
  "analysis.hint.disagreementWithoutJusterare": {
    sv: "Välj en justerare för {org} under Möte, så att oenigheten kommer med i justeringen.",
    en: "Choose a justerare for {org} under Möte, so that the disagreement appears in the justering.",
  },
  "analysis.finding.justerareFromExcusedUnion": {
    sv: "{name} justerar för {org}, som har anmält förhinder.",
    en: "{name} approves for {org}, which sent its apologies.",
  },
  "analysis.finding.justerareFromAbsentUnion": {
    sv: "{name} justerar för {org}, som inte finns med bland de närvarande.",
    en: "{name} approves for {org}, which is not among those present.",
  },
  "analysis.hint.justerareFromAbsentUnion": {
    sv: "Kontrollera närvarolistan eller välj en justerare för en organisation som var med.",
    en: "Check the attendance list or choose a justerare of an organisation that was there.",
  },
  "analysis.finding.justeringNoteWithoutDisagreement": {
    sv: "Justeringen anger oenighet för {org} (”{note}”), men texten redovisar ingen oenighet för {org}.",
    en: "The justering records a disagreement for {org} (“{note}”), but the text records none for {org}.",
  },
  "analysis.hint.justeringNoteWithoutDisagreement": {
    sv: "Skriv in oenigheten under rätt punkt eller ta bort anteckningen i justeringen.",
    en: "Record the disagreement under its item or remove the note from the justering.",
  },
  "analysis.hint.unionWithoutJusterare": {
    sv: "Lägg till en justerare för {org} eller kontrollera närvarolistan.",
    en: "Add a justerare for {org} or check the attendance list.",
  },
  "analysis.finding.statementFromAbsentUnion": {
    sv: "Inspel tillskrivs {org}, som inte finns med bland de närvarande.",
    en: "A statement is attributed to {org}, which is not among those present.",
  },
  "analysis.finding.statementFromExcusedUnion": {
    sv: "Inspel tillskrivs {org}, som har anmält förhinder.",
    en: "A statement is attributed to {org}, which sent its apologies.",
  },
  "analysis.hint.statementFromAbsentUnion": {
    sv: "Kontrollera vem som sade detta, eller lägg till {org} i närvarolistan.",
    en: "Check who said this, or add {org} to the attendance list.",
  },
  "analysis.finding.emptySection": {
    sv: "Avsnittet ”{section}” är tomt.",
    en: "The section “{section}” is empty.",
  },
  "analysis.hint.emptySection": {
    sv: "Skriv vad som sades eller beslutades, eller ”–” om punkten inte togs upp.",
    en: "Write what was said or decided, or “–” if the item was not discussed.",
  },
  "analysis.finding.emptySections": {
    sv: "{count} avsnitt är tomma: {sections}",
    en: "{count} sections are empty: {sections}",
  },
  "analysis.hint.emptySections": {
    sv: "Fyll i dem eller skriv ”–” där punkten inte togs upp. Slutgranskningen visar dem ett och ett.",
    en: "Fill them in or write “–” where the item was not discussed. The final review shows them one by one.",
  },
  "analysis.finding.emptyBlocks": {
    sv: "{count} rubriker saknar innehåll: {blocks}",
    en: "{count} headings have no content: {blocks}",
  },
  "analysis.hint.emptyBlocks": {
    sv: "Skriv in inspelen eller ta bort de rubriker som inte behövs. Slutgranskningen visar dem en och en.",
    en: "Write the statements or remove the headings you do not need. The final review shows them one by one.",
  },
  "analysis.finding.emptyBlock": {
    sv: "”{block}” under ”{section}” saknar innehåll.",
    en: "“{block}” under “{section}” has no content.",
  },
  "analysis.hint.emptyBlock": {
    sv: "Skriv in inspelen eller ta bort rubriken.",
    en: "Write the statements or remove the heading.",
  },
  "analysis.finding.placeholderAt": {
    sv: "Platshållaren ”{text}” står kvar under ”{section}”.",
    en: "The placeholder “{text}” is still there under “{section}”.",
  },
  "analysis.finding.placeholders": {
    sv: "Platshållaren ”{text}” står kvar på {count} ställen, först under ”{section}”.",
    en: "The placeholder “{text}” is still there in {count} places, first under “{section}”.",
  },
  "analysis.finding.possibleDisagreement": {
    sv: "Möjlig oenighet för {orgs} under ”{section}”: ”{text}”",
    en: "Possible disagreement of {orgs} under “{section}”: “{text}”",
  },
  "analysis.hint.possibleDisagreement": {
    sv: "Markera stycket som oenighet om det stämmer, så kommer det med i justeringen.",
    en: "Mark the paragraph as a disagreement if it is one, so that it appears in the justering.",
  },
  "analysis.finding.possibleStatement": {
    sv: "Möjligt inspel från {org} under ”{section}”: ”{text}”",
    en: "Possible statement of {org} under “{section}”: “{text}”",
  },
  "analysis.hint.possibleStatement": {
    sv: "Markera stycket som inspel om det stämmer.",
    en: "Mark the paragraph as a statement if it is one.",
  },
  "analysis.finding.possibleStatementOne": {
    sv: "1 stycke ser ut som ett inspel men är inte markerat.",
    en: "1 paragraph looks like a statement but is not marked.",
  },
  "analysis.finding.possibleStatements": {
    sv: "{count} stycken ser ut som inspel men är inte markerade.",
    en: "{count} paragraphs look like statements but are not marked.",
  },
  "analysis.hint.possibleStatements": {
    sv: "Läs in befintligt protokoll (Mallar/Punkter) för att markera dem, eller kör slutgranskningen för att se dem.",
    en: "Read the existing minutes (Mallar/Punkter) to mark them, or run the final review to see them.",
  },
  "analysis.finding.placeholderInOpening": {
    sv: "Platshållaren ”{text}” står kvar i protokollets inledning.",
    en: "The placeholder “{text}” is still there in the opening of the minutes.",
  },
  "analysis.finding.placeholdersInOpening": {
    sv: "Platshållaren ”{text}” står kvar på {count} ställen, först i protokollets inledning.",
    en: "The placeholder “{text}” is still there in {count} places, first in the opening of the minutes.",
  },
  "analysis.hint.placeholder": {
    sv: "Fyll i uppgiften under fliken Möte och tryck på Spara i dokumentet, så skrivs den in. Står platshållaren i text du har skrivit själv, ersätter du den där.",
    en: "Fill in the value under the Möte tab and press Spara i dokumentet, and it is written in. Where the placeholder is in text you wrote yourself, replace it there.",
  },
  "analysis.finding.dateMismatch": {
    sv: "Mötesdatumet i {first} ({firstDate}) stämmer inte med {second} ({secondDate}).",
    en: "The meeting date in {first} ({firstDate}) does not match {second} ({secondDate}).",
  },
  "analysis.hint.dateMismatch": {
    sv: "Kontrollera vilket datum mötet hölls och rätta det andra.",
    en: "Check on which date the meeting was held and correct the other.",
  },
  "analysis.finding.documentDateBeforeMeeting": {
    sv: "Protokollet är daterat {date}, före mötet ({meeting}).",
    en: "The minutes are dated {date}, before the meeting ({meeting}).",
  },
  "analysis.hint.documentDateBeforeMeeting": {
    sv: "Rätta datumet i sidhuvudet.",
    en: "Correct the date in the page header.",
  },
  "analysis.finding.weekdayMismatch": {
    sv: "”{text}”: den {date} är en {weekday}.",
    en: "“{text}”: {date} is a {weekday}.",
  },
  "analysis.hint.weekdayMismatch": {
    sv: "Rätta veckodagen eller datumet.",
    en: "Correct the weekday or the date.",
  },
  "analysis.finding.deadlineBeforeMeeting": {
    sv: "”{text}” ({date}) ligger före mötet ({meeting}).",
    en: "“{text}” ({date}) is before the meeting ({meeting}).",
  },
  "analysis.hint.deadlineBeforeMeeting": {
    sv: "Kontrollera månad och år: en justering eller sista dag för synpunkter kommer efter mötet.",
    en: "Check month and year: a justering or a deadline for comments comes after the meeting.",
  },
  "analysis.finding.justeringBeforeDeadline": {
    sv: "Justeringen ({justering}) sker före sista dag för synpunkter ({deadline}).",
    en: "The justering ({justering}) is before the deadline for comments ({deadline}).",
  },
  "analysis.hint.justeringBeforeDeadline": {
    sv: "Flytta sista dag för synpunkter till före justeringen.",
    en: "Move the deadline for comments before the justering.",
  },
  "analysis.marks.statements": { sv: "Inspel från {orgs} ({count})", en: "Statements of {orgs} ({count})" },
  "analysis.marks.disagreements": {
    sv: "Oenighet för {orgs} ({count})",
    en: "Disagreements of {orgs} ({count})",
  },
  "analysis.place.title": { sv: "rubriken", en: "the heading" },
  "analysis.place.meeting": { sv: "uppgiften om tidpunkt", en: "the time of the meeting" },
  "analysis.unionsJointly": { sv: "de fackliga organisationerna", en: "the unions" },
  "analysis.noSection": { sv: "(utan rubrik)", en: "(no heading)" },
  "analysis.cli.summary": {
    sv: "Läs ett befintligt protokoll (.txt, .md, .docx) och granska det inför justering",
    en: "Read existing minutes (.txt, .md, .docx) and review them before justering",
  },
  "analysis.cli.usage": {
    sv: "analyze <fil.txt|.md|.docx> [--json]",
    en: "analyze <file.txt|.md|.docx> [--json]",
  },
  "analysis.cli.missingFile": {
    sv: "Ange protokollfilen: analyze <fil.txt|.md|.docx> [--json]",
    en: "Give the minutes file: analyze <file.txt|.md|.docx> [--json]",
  },
  "analysis.cli.unknownOption": { sv: "Okänt val: {option}", en: "Unknown option: {option}" },
  "analysis.cli.unreadable": {
    sv: "Kunde inte läsa ”{file}”: {reason}",
    en: "Could not read “{file}”: {reason}",
  },
  "analysis.cli.tooLarge": {
    sv: "filen är för stor (högst {max} MB)",
    en: "the file is too large (at most {max} MB)",
  },
  "analysis.cli.notFound": { sv: "filen finns inte", en: "the file does not exist" },
  "analysis.cli.notText": {
    sv: "filen är inte text i UTF-8 (spara den som .txt eller .docx)",
    en: "the file is not UTF-8 text (save it as .txt or .docx)",
  },
  "analysis.cli.notDocx": {
    sv: "filen är ingen giltig Word-fil (.docx)",
    en: "the file is not a valid Word file (.docx)",
  },
  "analysis.cli.unsupported": {
    sv: "filtypen stöds inte (använd .txt, .md eller .docx)",
    en: "unsupported file type (use .txt, .md or .docx)",
  },
  "analysis.cli.sections": { sv: "Avsnitt: {count}", en: "Sections: {count}" },
  "analysis.cli.statements": { sv: "Inspel: {count}", en: "Statements: {count}" },
  "analysis.cli.disagreements": { sv: "Oenighet: {count}", en: "Disagreements: {count}" },
  "analysis.cli.justering": { sv: "Justerare: {count}", en: "Justerare: {count}" },
  "analysis.cli.findings": {
    sv: "Att åtgärda före justering: {count}",
    en: "To fix before justering: {count}",
  },
  "analysis.cli.noFindings": {
    sv: "Granskningen hittade inget att åtgärda.",
    en: "The review found nothing to fix.",
  },
} as const satisfies Messages;
