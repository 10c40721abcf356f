/**
 * Formal items of a meeting that are no cases (agenda-keys rules): the opening and closing, the roll call,
 * the choice of justerare, approving the agenda, the previous minutes, declarations of jäv. They are not
 * samverkan items, so the popup leaves them unchosen.
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
    String.raw`(?:val|utseende)\s+av\s+(?:protokoll(?:s)?)?justerare`,
    String.raw`justering\s+av\s+protokoll`,
    // Any ending of the verb's stem: "Godkännande", "Godkänna", "Fastställelse", misspelt endings too.
    String.raw`(?:godkän\p{L}*|fastställ\p{L}*|justering)\s+(?:av\s+)?(?:dagordning|föredragningslista|ärendelista)`,
    // "Föregående protokoll", "Föregående mötesprotokoll", "Föregående sammanträdes protokoll".
    String.raw`(?:anmälan\s+av\s+)?föregående\s+(?:\p{L}+s\s+)?\p{L}*protokoll`,
    String.raw`(?:tid|dag)(?:\s+och\s+plats)?\s+för\s+justering`,
    String.raw`anmälan\s+(?:om|av)\s+jäv`,
    String.raw`anmälan\s+av\s+justerat\s+protokoll`,
    "närvaro(?:kontroll)?$",
  ]
    .map((form) => `(?:${form})`)
    .join("|")})`,
  "iu",
);

export const isProcedural = (title: string): boolean => PROCEDURAL.test(title);
