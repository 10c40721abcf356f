import type { Messages } from "./types";

/** Strings of the shared core: validation, templates, dates, CLI. */
export const coreMessages = {
  "core.validation.fieldError": { sv: "Fältet ”{field}”: {reason}", en: "Field “{field}”: {reason}" },
  "core.validation.tooLong": {
    sv: "texten är för lång (högst {max} tecken eller poster)",
    en: "too long (at most {max})",
  },
  "core.validation.tooShort": { sv: "värdet saknas eller är tomt", en: "missing or empty" },
  "core.validation.badValue": { sv: "värdet har fel format", en: "the value has the wrong format" },
  "core.validation.wrongType": { sv: "värdet saknas eller har fel typ", en: "missing or of the wrong type" },
  "core.validation.unknownField": { sv: "okänt fält", en: "unknown field" },
  "core.envelope.notJson": {
    sv: "Klippet kunde inte läsas: det är inte giltig JSON.",
    en: "The clip could not be read: it is not valid JSON.",
  },
  "core.envelope.tooLarge": {
    sv: "Klippet är för stort (högst {max} kB). Dela upp föredragningslistan i flera klipp.",
    en: "The clip is too large (at most {max} kB). Split the agenda into several clips.",
  },
  "core.template.root": { sv: "mallen", en: "the template" },
  "core.template.notJson": {
    sv: "Mallen kunde inte läsas: filen är inte giltig JSON.",
    en: "The template could not be read: the file is not valid JSON.",
  },
  // Predicates of a field ("avsnitten är nästlade …"), read after the field in words or after "Fältet ”…”:".
  "core.template.tooDeep": {
    sv: "är nästlade i fler än {max} nivåer",
    en: "are nested in more than {max} levels",
  },
  "core.template.tooManySections": {
    sv: "är fler än {max}",
    en: "are more than {max}",
  },
  "core.template.unknownPlaceholder": {
    sv: "har en platshållare som inte finns: {names}",
    en: "has a placeholder that does not exist: {names}",
  },
  "core.template.duplicateIds": {
    sv: "har två avsnitt med samma id",
    en: "have two sections with the same id",
  },
  "core.template.unknownField": {
    sv: "har en uppgift som inte hör till en mall",
    en: "has a field that does not belong in a template",
  },
  "core.template.knownPlaceholders": {
    sv: "Platshållare som finns: {known}",
    en: "Placeholders that exist: {known}",
  },
  // Why a template file was refused, as one sentence ({file} is the file's name); the rest under details.
  "core.template.notTemplate": {
    sv: "Filen ”{file}” är ingen mall från Samverkansprotokoll.",
    en: "The file “{file}” is not a template from Samverkansprotokoll.",
  },
  "core.template.newer": {
    sv: "Mallen i ”{file}” är gjord för en nyare version av Samverkansprotokoll. Uppdatera Word-tillägget och försök igen.",
    en: "The template in “{file}” was made for a newer version of Samverkansprotokoll. Update the add-in and try again.",
  },
  "core.template.fileTooLarge": {
    sv: "Filen ”{file}” är för stor för att vara en mall (högst {max} kB).",
    en: "The file “{file}” is too large to be a template (at most {max} kB).",
  },
  "core.template.invalid": {
    sv: "Mallen i ”{file}” kunde inte importeras: {field} {problem}.",
    en: "The template in “{file}” could not be imported: {field} {problem}.",
  },
  "core.template.field.template": { sv: "mallen", en: "the template" },
  "core.template.field.id": { sv: "mallens id", en: "the template's id" },
  "core.template.field.name": { sv: "mallens namn", en: "the template's name" },
  "core.template.field.description": { sv: "mallens beskrivning", en: "the template's description" },
  "core.template.field.meetingType": { sv: "mötestypen", en: "the meeting type" },
  "core.template.field.title": { sv: "protokollets rubrik", en: "the minutes' title" },
  "core.template.field.headerLines": { sv: "raderna under rubriken", en: "the lines under the title" },
  "core.template.field.headerLine": { sv: "rad {line} under rubriken", en: "line {line} under the title" },
  "core.template.field.statementsHeading": { sv: "rubriken för inspel", en: "the statements heading" },
  "core.template.field.justering": { sv: "justeringen", en: "the approval" },
  "core.template.field.sections": { sv: "avsnitten", en: "the sections" },
  "core.template.field.section": { sv: "avsnitt {place}", en: "section {place}" },
  "core.template.field.sectionTitle": {
    sv: "rubriken i avsnitt {place}",
    en: "the title of section {place}",
  },
  "core.template.field.sectionId": { sv: "id:t i avsnitt {place}", en: "the id of section {place}" },
  "core.template.field.sectionKind": { sv: "typen av avsnitt {place}", en: "the kind of section {place}" },
  "core.template.field.sectionNumber": {
    sv: "numret i avsnitt {place}",
    en: "the number of section {place}",
  },
  "core.template.field.sectionBody": { sv: "texten i avsnitt {place}", en: "the text of section {place}" },
  "core.template.field.sectionPresenter": {
    sv: "föredraganden i avsnitt {place}",
    en: "the presenter of section {place}",
  },
  "core.template.field.sectionSetting": {
    sv: "en inställning i avsnitt {place}",
    en: "a setting of section {place}",
  },
  "core.template.field.sectionChildren": {
    sv: "avsnitten under avsnitt {place}",
    en: "the sections under section {place}",
  },
  // Justering texts go into the minutes, which are always Swedish; the English side serves only the catalogue's completeness.
  "core.justering.heading": { sv: "Justeras", en: "Approved" },
  "core.justering.firstParty": {
    sv: "{name} justerar {document} för {org}",
    en: "{name} approves {document} for {org}",
  },
  "core.justering.document": { sv: "protokollet", en: "the minutes" },
  "core.justering.party": { sv: "{name} för {org}", en: "{name} for {org}" },
  "core.justering.oenighet": { sv: "(oenighet)", en: "(disagreement)" },
  "core.review.justerareListDiffers": {
    sv: "Under ”Till justerare valdes:” står {listed}, men under Möte är justerarna {chosen}.",
    en: "Under “Till justerare valdes:” the minutes list {listed}, but under Meeting the approvers are {chosen}.",
  },
  "core.review.nobody": { sv: "ingen", en: "nobody" },
  "core.review.justerareListHint": {
    sv: "Spara mötet under Möte, så skrivs listan om. I ett protokoll från en äldre version av Word-tillägget, eller om du har skrivit i listan, rättar du den för hand.",
    en: "Save the meeting under Meeting and the list is rewritten. In minutes from an older version of the add-in, or if you have written in the list, correct it by hand.",
  },
  "core.justering.oenighetUnder": { sv: "(oenighet under {sections})", en: "(disagreement on {sections})" },
  "core.justering.problem.missingJusterare": {
    sv: "{org} deltar i mötet men har ingen justerare.",
    en: "{org} attends the meeting but has no one to approve the minutes.",
  },
  "core.justering.problem.disagreementWithoutJusterare": {
    sv: "{org} är oenig i en fråga men har ingen justerare, så oenigheten syns inte i justeringen.",
    en: "{org} disagreed but has no one to approve the minutes, so the disagreement is missing from the approval.",
  },
  "core.justering.problem.duplicateJusterare": {
    sv: "{org} har fler än en justerare.",
    en: "{org} has more than one person approving the minutes.",
  },
  "core.cli.usage": {
    sv: "Användning: {program} <kommando> [argument]",
    en: "Usage: {program} <command> [arguments]",
  },
  "core.cli.commandUsage": { sv: "Användning: {program} {usage}", en: "Usage: {program} {usage}" },
  "core.cli.commands": { sv: "Kommandon:", en: "Commands:" },
  "core.cli.helpHint": {
    sv: "Lägg till --help efter ett kommando för att se hur det används.",
    en: "Add --help after a command to see how to use it.",
  },
  "core.cli.noCommand": {
    sv: "Inget kommando angivet. Kör ”{program} --help” för en lista över kommandon.",
    en: "No command given. Run “{program} --help” for a list of commands.",
  },
  "core.cli.unknownCommand": {
    sv: "Okänt kommando ”{name}”. Kör ”{program} --help” för en lista över kommandon.",
    en: "Unknown command “{name}”. Run “{program} --help” for a list of commands.",
  },
  "core.cli.unknownOption": { sv: "Okänt alternativ ”{option}”.", en: "Unknown option “{option}”." },
  "core.cli.unexpectedArgument": { sv: "Oväntat argument ”{arg}”.", en: "Unexpected argument “{arg}”." },
  "core.cli.failed": { sv: "Kommandot misslyckades: {message}", en: "The command failed: {message}" },
  "core.cli.templates.summary": {
    sv: "Lista de inbyggda mallarna (id och namn)",
    en: "List the built-in templates (id and name)",
  },
  "core.cli.template.summary": {
    sv: "Visa en mall som disposition, eller som JSON med --json (för att redigera och importera)",
    en: "Show a template as an outline, or as JSON with --json (to edit and import)",
  },
  "core.cli.template.missingId": {
    sv: "Ange mallens id, t.ex. ”template fsg-vsg”. Kommandot ”templates” listar alla.",
    en: "Give the template's id, e.g. “template fsg-vsg”. The “templates” command lists them all.",
  },
  "core.cli.template.unknown": {
    sv: "Det finns ingen mall med id ”{id}”. Tillgängliga: {ids}.",
    en: "There is no template with id “{id}”. Available: {ids}.",
  },
  "core.cli.template.statementsNote": {
    sv: "* avsnittet samlar inspel under rubriken ”{heading}”",
    en: "* the section collects statements under the heading “{heading}”",
  },
  "core.cli.deadline.summary": {
    sv: "Sista dag att begära central förhandling efter oenighet (MBL § 14), räknat från datumet",
    en: "Last day to request central negotiation after disagreement (MBL § 14), counted from the date",
  },
  "core.cli.deadline.lastDay": {
    sv: "Sista dag att begära central förhandling: {date}",
    en: "Last day to request central negotiation: {date}",
  },
  "core.cli.deadline.counted": {
    sv: "{days} dagar räknat från dagen efter {from}.",
    en: "{days} days counted from the day after {from}.",
  },
  "core.cli.deadline.moved": {
    sv: "Den sista dagen hade blivit {date}, som är {why}; den flyttas till nästa vardag.",
    en: "The last day would have been {date}, which is {why}; it moves to the next working day.",
  },
  "core.cli.deadline.missingDate": {
    sv: "Ange dagen då förhandlingen avslutades, t.ex. ”deadline 2024-02-14”.",
    en: "Give the day the negotiation ended, e.g. “deadline 2024-02-14”.",
  },
  "core.cli.deadline.badDate": {
    sv: "Datumet ”{value}” kunde inte läsas. Skriv t.ex. 2024-02-14 eller ”14 februari 2024”.",
    en: "The date “{value}” could not be read. Write e.g. 2024-02-14 or “14 februari 2024”.",
  },
  "core.cli.deadline.badDays": {
    sv: "--days måste vara ett heltal mellan 1 och {max}, inte ”{value}”.",
    en: "--days must be a whole number from 1 to {max}, not “{value}”.",
  },
} as const satisfies Messages;
