import type { Messages } from "./types";

/**
 * Strings of the clip envelope (shared/clip): why a clip was refused, in one sentence of the user's terms,
 * and what was dropped from it. "{field} {problem}" are composed, so each problem reads after any field.
 */
export const clipMessages = {
  "clip.notClip": {
    sv: "Filen är inget klipp från Samverkansprotokoll.",
    en: "The file is not a clip from Cooperation minutes.",
  },
  "clip.newerVersion": {
    sv: "Klippet kommer från en nyare version av webbläsartillägget. Uppdatera Word-tillägget och försök igen.",
    en: "The clip comes from a newer version of the browser extension. Update the Word add-in and try again.",
  },
  "clip.noItems": { sv: "Klippet innehåller inga punkter.", en: "The clip contains no items." },
  "clip.tooManyItems": {
    sv: "Klippet har {count} punkter, fler än de {max} som ryms i ett klipp. Dela upp föredragningslistan i flera klipp.",
    en: "The clip has {count} items, more than the {max} a clip can hold. Split the agenda into several clips.",
  },
  "clip.invalid": {
    sv: "Klippet kunde inte läsas: {field} {problem}.",
    en: "The clip could not be read: {field} {problem}.",
  },
  "clip.invalidMore": {
    sv: "Klippet kunde inte läsas: {field} {problem} (och {more} fel till).",
    en: "The clip could not be read: {field} {problem} (and {more} more errors).",
  },

  "clip.field.clip": { sv: "det", en: "it" },
  "clip.field.id": { sv: "klippets id", en: "the clip's id" },
  "clip.field.createdAt": { sv: "klippets tidpunkt", en: "the clip's time" },
  "clip.field.source": { sv: "källan", en: "the source" },
  "clip.field.sourceUrl": { sv: "källans adress", en: "the source's address" },
  "clip.field.sourceTitle": { sv: "källans namn", en: "the source's name" },
  "clip.field.agenda": { sv: "föredragningslistan", en: "the agenda" },
  "clip.field.committee": { sv: "nämndens namn", en: "the committee's name" },
  "clip.field.meetingDate": { sv: "sammanträdesdatumet", en: "the meeting date" },
  "clip.field.items": { sv: "punkterna", en: "the items" },
  "clip.field.item": { sv: "punkt {item}", en: "item {item}" },
  "clip.field.number": { sv: "numret i punkt {item}", en: "the number of item {item}" },
  "clip.field.title": { sv: "rubriken i punkt {item}", en: "the title of item {item}" },
  "clip.field.dnr": { sv: "diarienumren i punkt {item}", en: "the reference numbers of item {item}" },
  "clip.field.mbl": { sv: "typen (MBL) i punkt {item}", en: "the kind (MBL) of item {item}" },
  "clip.field.procedural": {
    sv: "uppgiften om formalia i punkt {item}",
    en: "the formal flag of item {item}",
  },
  "clip.field.links": { sv: "länkarna i punkt {item}", en: "the links of item {item}" },
  "clip.field.linkText": { sv: "en länktext i punkt {item}", en: "a link text of item {item}" },

  "clip.problem.missing": { sv: "saknas", en: "is missing" },
  "clip.problem.empty": { sv: "är tom", en: "is empty" },
  "clip.problem.tooLong": { sv: "har fler än {max} tecken", en: "has more than {max} characters" },
  "clip.problem.tooMany": { sv: "är fler än {max}", en: "are more than {max}" },
  "clip.problem.badFormat": { sv: "har fel format", en: "has the wrong format" },
  "clip.problem.wrongType": { sv: "har fel form", en: "has the wrong shape" },
  "clip.problem.unknownField": {
    sv: "har en uppgift som inte hör till ett klipp",
    en: "has a field that does not belong in a clip",
  },

  "clip.notice.linkDropped": {
    sv: "Punkt {item} har en länk som inte är en webbadress: den togs bort.",
    en: "Item {item} has a link that is not a web address: it was removed.",
  },
  "clip.notice.linksDropped": {
    sv: "Punkt {item} har {count} länkar som inte är webbadresser: de togs bort.",
    en: "Item {item} has {count} links that are not web addresses: they were removed.",
  },
  "clip.notice.tooManyLinks": {
    sv: "Punkt {item} har fler än {max} länkar: de första {max} togs med.",
    en: "Item {item} has more than {max} links: the first {max} were kept.",
  },
  "clip.notice.moreItems": {
    sv: "Länkar togs också bort ur {count} punkter till.",
    en: "Links were also removed from {count} more items.",
  },
  "clip.notice.sourceDropped": {
    sv: "Källans adress var inte en webbadress: den togs bort.",
    en: "The source's address was not a web address: it was removed.",
  },
  "clip.notice.sourceShortened": {
    sv: "Sidans adress var för lång: den sparades utan sökdelen (det som stod efter ”?”).",
    en: "The page's address was too long: it was kept without its query (the part after “?”).",
  },
} as const satisfies Messages;
