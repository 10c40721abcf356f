/**
 * Formal items of a meeting that are no cases (agenda-keys rules): the opening and closing, the roll call,
 * the choice of justerare, approving the agenda, the previous minutes, declarations of jäv, "Övriga frågor",
 * "Övrigt", the question slots, the items added late and the next meeting. They are not samverkan items, so the popup leaves them unchosen.
 */
// The meeting before this one: "föregående", "förra", "senaste" (sammanträde).
const PREVIOUS = "(?:föregående|förra|senaste)";

// The body that meets, named by its kind: "nämndens", "direktionens" (another body has a name of its own).
const BODY =
  "(?:nämndens|styrelsens|direktionens|utskottets|fullmäktiges|beredningens|rådets|förbundsstyrelsens)";

const PROCEDURAL = new RegExp(
  `^(?:${[
    "upprop",
    // The meeting's or the meeting body's own opening: "Sammanträdets öppnande", "Direktionens öppnande".
    String.raw`(?:sammanträdets|mötets|${BODY})\s+(?:öppnande|avslutande|avslutning)`,
    String.raw`(?:öppnande|avslutning)(?:\s+(?:av\s+)?(?:sammanträdet|mötet))?(?:\s+och\s+upprop)?$`,
    String.raw`öppnande\s+och\s+upprop`,
    // The same as verbs: "Mötet öppnas", "Ordföranden öppnar sammanträdet", "Sammanträdet avslutas".
    String.raw`(?:sammanträdet|mötet)\s+(?:öppnas|avslutas)`,
    String.raw`(?:ordföranden\s+)?(?:öppnar|avslutar)\s+(?:sammanträdet|mötet)`,
    // "Val av justerare", "Val av två justerare", "Utse justerare", "Val av justeringspersoner".
    String.raw`(?:(?:val|utseende)\s+av|utse)\s+(?:en\s+|två\s+|\d\s+)?(?:protokoll(?:s)?)?juster(?:are|ingsperson(?:er)?)`,
    "(?:protokolls)?justering$",
    // "Justering av protokoll", "Justering av dagens protokoll", "Justering av sammanträdets protokoll".
    String.raw`justering\s+av\s+(?:(?:dagens|sammanträdets|mötets)\s+)?protokoll`,
    // Any ending of the verb's stem: "Godkännande", "Godkänna", "Fastställelse", misspelt endings too.
    String.raw`(?:godkän\p{L}*|fastställ\p{L}*|justering)\s+(?:av\s+)?(?:dagordning|föredragningslista|ärendelista)`,
    // "Föregående protokoll", "Föregående mötesprotokoll", "Förra sammanträdets protokoll", and the previous
    // minutes by the meeting they come from: "Anmälan av protokoll från förra sammanträdet", "Anmälan av
    // sekreterarens protokoll från föregående möte" (not another body's
    // meeting: "… från senaste mötet i pensionärsrådet").
    String.raw`(?:\p{L}+\s+av\s+)?${PREVIOUS}\s+(?:\p{L}+s\s+)?\p{L}*protokoll`,
    String.raw`(?:\p{L}+\s+av\s+)?(?:\p{L}+s\s+)?protokoll(?:et)?\s+från\s+${PREVIOUS}\s+(?:möte|sammanträde)t?(?![\p{L}]|\s+(?:i|hos|med)\s)`,
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
    // "Nämndens frågor", "Styrelsens frågor", "Direktionens frågestund"; a slot open to all: "Öppen frågestund".
    String.raw`(?:(?:allmänhetens|ledamöternas|öppen|allmän|${BODY})\s+)?(?:frågestund|frågor)(?:\s+(?:från|för)\s+(?:\p{L}+s\s+)?(?:allmänheten|ledamöter(?:na)?|ersättare(?:na)?)(?:\s+och\s+ersättare(?:na)?)?)?$`,
    // The question slot with what it holds after a dash: "Öppen frågestund – svar på frågor från allmänheten".
    String.raw`(?:(?:allmänhetens|ledamöternas|öppen|allmän|${BODY})\s+)?frågestund(?:\s+(?:för|med)\s+allmänheten)?\s+[–—-]\s`,
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
