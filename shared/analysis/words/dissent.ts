/**
 * The words by which minutes record that a union does not agree, and the agreements and denials that must not
 * be read as dissent. Regular-expression sources, matched case-insensitively at word boundaries.
 */

/** Dissent in so many words: "oenighet", "oense", "reserverar sig", "motsätter sig", "avstyrker". */
export const DISSENT_WORDS = [
  "oenig(?:a|t|het(?:en|er|erna)?)?",
  "oense",
  // "reserverar sig för att tidplanen kan ändras" is a caveat, not dissent.
  "reserver(?:ar|ade|at|a)\\s+(?:sig|oss|mig)(?!\\s+för\\s+att)",
  "reservation(?:en)?",
  "protokollsanteckning(?:en|ar)?",
  "(?:motsätter|motsatte|motsätta)\\s+(?:sig|oss|mig)",
  "(?:vidhåller|vidhöll|står\\s+fast\\s+vid|stod\\s+fast\\s+vid)\\s+(?:sin(?:a)?\\s+|sitt\\s+)?(?:ståndpunkt|uppfattning|inställning|kritik|reservation|invändningar|krav(?:et)?|yrkande(?:t)?)",
  "avstyrk(?:er|te|t|a|an|ning)",
  "avvikande\\s+mening",
  "yrkar\\s+avslag",
  "yrkade\\s+avslag",
  "(?:är|var)\\s+emot",
  // "säger nej till förslaget": to the proposal, not to whatever ("vi säger nej till att de flyttas …").
  "(?:säger|sade|sa|sagt)\\s+nej\\s+till\\s+(?:\\p{L}+\\s+){0,2}(?:förslag(?:et)?|förändring(?:en|arna)?|beslut(?:et)?|rutin(?:en)?|plan(?:en)?|omorganisation(?:en)?|organisation(?:en)?)",
];

/** Agreement or support denied: "inte eniga", "delar inte", "accepterar inte", "kan inte ställa sig bakom". */
export const DENIED_AGREEMENT = [
  "(?:inte|ej|icke)\\s+(?:\\p{L}+\\s+)?(?:eniga?|ense|överens|enats|enas|enades)",
  "utan\\s+(?:att\\s+)?enighet",
  "(?:delar|delade|accepterar|accepterade|godtar|godtog|godkänner|godkände|tillstyrker|tillstyrkte|stöder|stödjer|stödde)\\s+(?:inte|ej)",
  "(?:ställer|ställde|ställt)\\s+(?:sig|oss|mig)\\s+(?:inte|ej)\\s+bakom",
  "(?:inte|ej)\\s+(?:ställa\\s+(?:sig|oss|mig)|stå)\\s+bakom",
  "(?:står|stod)\\s+(?:inte|ej)\\s+bakom",
  // In a clause the denial comes first: "… att Vision inte delar arbetsgivarens bedömning".
  "(?:inte|ej)\\s+(?:delar|accepterar|godtar|godkänner|tillstyrker|stöder|stödjer|står\\s+bakom|ställer\\s+sig\\s+bakom)",
  "(?:kan|kunde|kommer)\\s+(?:inte|ej)\\s+(?:att\\s+)?(?:acceptera|godta|godkänna|tillstyrka|stödja|ställa\\s+(?:sig|oss|mig)\\s+bakom)",
  "enighet\\s+(?:har\\s+|kunde\\s+|kan\\s+)?(?:inte|ej)\\s+(?:kunnat\\s+)?(?:nås|uppnås|nåtts|uppnåtts)",
  "ingen\\s+enighet",
];

/** "Fackets uppfattning kvarstår": the union holds its view (looked for only where "kvarst" stands). */
export const VIEW_HELD =
  "(?:uppfattning(?:en)?|ståndpunkt(?:en)?|inställning(?:en)?|invändning(?:en|ar|arna)?|kritik(?:en)?)\\s+(?:kvarstår|kvarstod)";

/** A reservation or a protocol note is dissent only when a union makes it ("med reservation för att …"). */
export const NEEDS_UNION = "^(?:reservation|protokollsanteckning)";

/** Agreement: "eniga", "överens", "enades", "i enighet", "förlikats". */
export const AGREEMENT = "(?:eniga?|ense|överens|enades|enats|förlikats|i\\s+enighet)";

/**
 * What denies dissent: "ingen"/"inga" before it in the sentence ("Ingen av parterna var oenig", "Inga
 * oenigheter noterades"), "inte" just before or after it ("inte oense", "reserverade sig inte").
 */
// "någon", "några" stand only under a negation or a condition: "Någon oenighet finns inte".
export const NONE_WORDS = ["ingen", "inga", "inget", "någon", "några", "något"];
export const NOT_WORDS = ["inte", "ej", "icke", "aldrig", "tillbaka", "utan"];
/**
 * Dissent as a rule or a risk, not a record: "vid oenighet ska frågan lyftas", "för att undvika oenighet",
 * "om oenighet uppstår".
 */
export const HYPOTHETICAL_WORDS = [
  "vid",
  "om",
  "ifall",
  "undvika",
  "förebygga",
  "hantera",
  "risk",
  "riskerar",
];
export const HYPOTHETICAL_REACH = 2;
/**
 * Dissent in a rule about whoever dissents: "Förbund som anmäler oenighet …", "Den part som reserverar sig …".
 * The nouns (or pronouns) that stand before "som" in such a rule.
 */
export const GENERIC_DISSENTERS = [
  "den",
  "de",
  "part",
  "parter",
  "förbund",
  "organisation",
  "organisationer",
  "organisationerna",
  "fackförbund",
];
/**
 * "Protokollsanteckning från Ledarna: …": a union's note is its dissent, unless the note welcomes or supports
 * what was decided ("Ledarna välkomnar …", "Vision ser fram emot …").
 */
export const NOTE_LABEL = "^\\s+från\\s+[^.:]{2,60}:";
export const NOTE_WELCOME =
  "välkomna(?:r|de)|ser\\s+fram\\s+emot|ser\\s+positivt|(?:är|var)\\s+positiva?|stöd(?:er|jer|de)\\s+(?!inte|ej)|tillstyrk(?:er|te)\\s+(?!inte|ej)";
/**
 * A sentence opening with a condition ("Om parterna inte enas …", "Skulle förbunden inte komma överens …"):
 * dissent inside that clause (before its first comma) is a case, not a record.
 */
export const CONDITION_OPENERS = ["om", "ifall", "såvida", "skulle", "i händelse"];
/** "i oenighet med Seko och ST": the unions named after these are those the dissent is recorded with. */
export const DISSENT_WITH =
  "(?:oenighet|oense|oeniga?|inte\\s+(?:\\p{L}+\\s+)?(?:överens|ense|eniga?))\\s+med\\s+$";
/** How many words before dissent a "ingen" denies it, and how near "inte" must stand. */
export const NONE_REACH = 6;
export const NOT_REACH = 2;
