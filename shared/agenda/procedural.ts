/**
 * Formal items of a meeting that are no cases (agenda-keys rules): the opening and closing, the roll call,
 * the choice of justerare, approving the agenda, the previous minutes, declarations of jäv, "Övriga frågor",
 * "Övrigt", the question slots, the items added late and the next meeting. They are not samverkan items, so the popup leaves them unchosen.
 */
const PROCEDURAL = new RegExp(
  `^(?:${[
    "upprop",
    String.raw`(?:sammanträdets|mötets)\s+(?:öppnande|avslutande|avslutning)`,
    String.raw`(?:öppnande|avslutning)(?:\s+(?:av\s+)?(?:sammanträdet|mötet))?(?:\s+och\s+upprop)?$`,
    String.raw`öppnande\s+och\s+upprop`,
    // The same as verbs: "Mötet öppnas", "Ordföranden öppnar sammanträdet", "Sammanträdet avslutas".
    String.raw`(?:sammanträdet|mötet)\s+(?:öppnas|avslutas)`,
    String.raw`(?:ordföranden\s+)?(?:öppnar|avslutar)\s+(?:sammanträdet|mötet)`,
    // "Val av justerare", "Val av två justerare", "Utse justerare", "Val av justeringspersoner".
    String.raw`(?:(?:val|utseende)\s+av|utse)\s+(?:en\s+|två\s+|\d\s+)?(?:protokoll(?:s)?)?juster(?:are|ingsperson(?:er)?)`,
    "(?:protokolls)?justering$",
    String.raw`justering\s+av\s+protokoll`,
    // Any ending of the verb's stem: "Godkännande", "Godkänna", "Fastställelse", misspelt endings too.
    String.raw`(?:godkän\p{L}*|fastställ\p{L}*|justering)\s+(?:av\s+)?(?:dagordning|föredragningslista|ärendelista)`,
    // "Föregående protokoll", "Föregående mötesprotokoll", "Föregående sammanträdes protokoll".
    String.raw`(?:\p{L}+\s+av\s+)?föregående\s+(?:\p{L}+s\s+)?\p{L}*protokoll`,
    String.raw`protokoll(?:et)?\s+från\s+föregående\s+(?:möte|sammanträde)`,
    // The agenda named alone as an item: approving it.
    "(?:dagordning|dagordningen|föredragningslista|föredragningslistan|ärendelista)$",
    String.raw`(?:tid|dag)(?:\s+och\s+plats)?\s+för\s+justering`,
    String.raw`anmälan\s+(?:om|av)\s+(?:eventuell(?:t)?\s+)?jäv`,
    "jäv$",
    // A board's or an association's formalities.
    String.raw`mötets\s+(?:behörighet|stadgeenliga\s+utlysande|utlysande)`,
    String.raw`val\s+av\s+(?:mötes)?(?:sekreterare|ordförande)(?:\s+för\s+(?:mötet|sammanträdet))?$`,
    String.raw`anmälan\s+av\s+justerat\s+protokoll`,
    "närvaro(?:kontroll)?$",
    // Slots of the meeting's form with no case of their own (the key conventions of issue 13's ninth round).
    String.raw`övriga\s+frågor$`,
    "övrigt$",
    // The question slot of the public or of the meeting's own members: "Allmänhetens frågestund", "Frågestund
    // för allmänheten", "Frågor från (nämndens) ledamöter (och ersättare)", "Ledamöternas frågor" (not a
    // body's questions, nor an answer to them). The body that meets named by its kind alone is its members:
    // "Nämndens frågor", "Styrelsens frågor", "Direktionens frågestund".
    String.raw`(?:(?:allmänhetens|ledamöternas|nämndens|styrelsens|direktionens|utskottets|beredningens|rådets)\s+)?(?:frågestund|frågor)(?:\s+(?:från|för)\s+(?:\p{L}+s\s+)?(?:allmänheten|ledamöter(?:na)?|ersättare(?:na)?)(?:\s+och\s+ersättare(?:na)?)?)?$`,
    // The items added after the kallelse, reported as a slot: "Anmälan av ärenden som tillkommit efter
    // kallelsen", "Tillkommande ärenden" (not one such case named).
    String.raw`(?:anmälan\s+av\s+)?(?:(?:tillkommande|extra)\s+ärenden|ärenden\s+som\s+tillkommit(?:\s+efter\s+kallelsen)?)$`,
    String.raw`nästa\s+(?:sammanträde|möte)(?:\s+\d{1,4}(?:[-./ ]\d{1,2}){0,2})?$`,
  ]
    .map((form) => `(?:${form})`)
    .join("|")})`,
  "iu",
);

export const isProcedural = (title: string): boolean => PROCEDURAL.test(title);
