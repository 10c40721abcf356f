/**
 * Labels written inside an item, over its text ("Föredragande: Maria Holt", "Underlag: PM 2025-03-20"): the
 * line is the item's furniture, never an item of its own. Lower case, as regular-expression sources.
 */
export const ITEM_LABELS = [
  "föredragande",
  "föredragare",
  "presentatör",
  "underlag",
  "beslutsunderlag",
  "handlingar?",
  "bilagor?",
  "ansvarig",
  "ansvariga",
  "dnr",
  "diarienummer",
  "ärendenummer",
  "kontaktperson",
  "handläggare",
  // A meeting system's fields of an item: "Ärendetyp: Formalia", "Anteckning: …".
  "ärendetyp",
  "typ\\s+av\\s+ärende",
  "ärendekategori",
  "anteckning(?:ar)?",
  "vid\\s+(?:protokollet|anteckningarna|pennan|tangentbordet|datorn)",
  "protokollförare",
  "sekreterare",
  "antecknare",
  "sekr",
  "adjungerade?",
  "ej\\s+närvarande",
  "inbjudna?",
  "nästa\\s+möte",
  // An e-mail's header fields, also of a message quoted further down: "Ämne: …", "Bifogade filer: …".
  "från",
  "till",
  "kopia",
  "skickat",
  "ämne",
  "bifogade?(?:\\s+filer)?",
  // Who meets: "Förvaltning: Vård och omsorg", "Parter: …", "Arbetsgivare: …".
  "förvaltning",
  "parter",
  "arbetsgivare",
  "arbetstagarorganisation(?:er)?",
];

/**
 * The parts an item's text is written in ("Bakgrund", "Diskussion:", "Beslut"), each on its own line over the
 * text: the item's furniture, never an item or a group of its own. Regular-expression sources.
 */
export const ITEM_PARTS = [
  "bakgrund",
  "beslut",
  "diskussion",
  "överläggning",
  "åtgärd(?:er)?",
  "förslag\\s+till\\s+beslut",
  "beslutsförslag",
  "ärendebeskrivning",
  "sammanfattning",
];

/**
 * An attachment's caption ("Bilaga 1: Protokollsanteckning från Seko …", "Bilaga A – Reservation …"): it
 * names the note attached, whose dissent the item records: a reservation or a note in it is none, nor is
 * it an item.
 */
export const ATTACHMENT_CAPTION = "^\\W*bilaga(?:\\s+[\\p{L}\\p{N}]{1,3})?\\s*[:–—-]";
