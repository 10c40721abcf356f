import type { Messages } from "./types";

/** Strings of the shared core: validation, templates, dates, CLI. */
export const coreMessages = {
  "core.envelope.root": { sv: "klippet", en: "the clip" },
  "core.envelope.fieldError": { sv: "Fältet ”{field}”: {reason}", en: "Field “{field}”: {reason}" },
  "core.envelope.notHttp": {
    sv: "endast webbadresser som börjar med http:// eller https:// är tillåtna",
    en: "only http:// or https:// addresses are allowed",
  },
  "core.envelope.tooLong": {
    sv: "texten är för lång (högst {max} tecken eller poster)",
    en: "too long (at most {max})",
  },
  "core.envelope.tooShort": { sv: "värdet saknas eller är tomt", en: "missing or empty" },
  "core.envelope.badValue": { sv: "värdet har fel format", en: "the value has the wrong format" },
  "core.envelope.wrongType": { sv: "värdet saknas eller har fel typ", en: "missing or of the wrong type" },
  "core.envelope.unknownField": { sv: "okänt fält", en: "unknown field" },
  "core.envelope.notJson": {
    sv: "Klippet kunde inte läsas: det är inte giltig JSON.",
    en: "The clip could not be read: it is not valid JSON.",
  },
  "core.envelope.tooLarge": {
    sv: "Klippet är för stort (högst {max} kB). Dela upp föredragningslistan i flera klipp.",
    en: "The clip is too large (at most {max} kB). Split the agenda into several clips.",
  },
} as const satisfies Messages;
