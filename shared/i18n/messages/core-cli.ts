import type { Messages } from "./types";

/** Strings of the command line's own help and errors ("core.cli." keys), registered by the CLI only. */
export const coreCliMessages = {
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
