import type { Messages } from "./types";

/** Strings of the shared core: validation, templates, dates, CLI. */
export const coreMessages = {
  "core.date.format": { sv: "ÅÅÅÅ-MM-DD", en: "YYYY-MM-DD" },
  "core.date.invalid": {
    sv: "Datumet kunde inte läsas. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2024-03-05.",
    en: "The date could not be read. Write it as YYYY-MM-DD, for example 2024-03-05.",
  },
  "core.time.format": { sv: "TT:MM", en: "HH:MM" },
  "core.time.invalid": {
    sv: "Tiden kunde inte läsas. Skriv den som TT:MM, till exempel 13:00.",
    en: "The time could not be read. Write it as HH:MM, for example 13:00.",
  },
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
  // Said by the review (analysis) and checked by the Justering tab, which shows it only once.
  "core.justering.problem.unionWithoutJusterare": {
    sv: "{org} deltar men har ingen justerare.",
    en: "{org} takes part but has no justerare.",
  },
  "core.justering.problem.duplicateJusterare": {
    sv: "{org} har fler än en justerare.",
    en: "{org} has more than one person approving the minutes.",
  },
  // Document text under an inserted agenda item: the committee's own number ("Nämndens punkt 4").
  "core.minutes.committeeItem": { sv: "Nämndens {number}", en: "The committee's {number}" },
} as const satisfies Messages;
