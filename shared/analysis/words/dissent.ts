/**
 * The words by which minutes record that a union does not agree, and the agreements and denials that must not
 * be read as dissent. Regular-expression sources, matched case-insensitively at word boundaries.
 */

/** What a union says no to, or rejects, when that is dissent: the proposal or the decision, not whatever. */
const PROPOSAL =
  "(?:förslag(?:et)?|förändring(?:en|arna)?|beslut(?:et)?|rutin(?:en)?|plan(?:en)?|omorganisation(?:en)?|organisation(?:en)?)";

/** The change a proposal makes, which a union may say no to: "sa nej till flytten", "säger nej till nedläggningen". */
const CHANGE =
  "(?:flytt(?:en)?|nedläggning(?:en)?|stängning(?:en)?|sammanslagning(?:en)?|neddragning(?:en|arna)?|indragning(?:en|arna)?)(?![\\p{L}])";

/** Dissent in so many words: "oenighet", "oense", "reserverar sig", "motsätter sig", "avstyrker". */
export const DISSENT_WORDS = [
  "oenig(?:a|t|het(?:en|er|erna)?)?",
  "oense",
  // "reserverar sig för att tidplanen kan ändras" is a caveat, not dissent.
  // "Därför reserverade vi oss mot …": the subject after the verb, the clause opened by another word.
  "reserver(?:ar|ade|at|a)\\s+(?:(?:vi|de)\\s+)?(?:sig|oss|mig)(?!\\s+för\\s+att)",
  "reservation(?:en)?",
  "protokollsanteckning(?:en|ar)?",
  "(?:motsätter|motsatte|motsatt|motsätta)\\s+(?:sig|oss|mig)",
  "avstyrk(?:er|te|t|a|an|ning)",
  "avvikande\\s+(?:mening|uppfattning)",
  // "är av annan uppfattning än arbetsgivaren", "har en annan uppfattning i frågan".
  "(?:av|har)\\s+(?:en\\s+)?annan\\s+uppfattning",
  // "gör en helt annan bedömning", "hade en annan bedömning än arbetsgivaren".
  "(?:gör|gjorde|har|hade)\\s+(?:en\\s+)?(?:helt\\s+)?annan\\s+bedömning",
  // Against the proposal or the decision, as "avvisar": "har protesterat mot nedläggningen" is news, no record.
  `(?:protesterar|protesterade|protesterat)\\s+mot\\s+(?:(?!inte\\s|ej\\s)\\p{L}+\\s+){0,2}?${PROPOSAL}`,
  `(?:tar|tog|tagit)\\s+avstånd\\s+från\\s+(?:(?!inte\\s|ej\\s)\\p{L}+\\s+){0,2}?${PROPOSAL}`,
  "yrkar\\s+avslag",
  // "yrkar att förslaget avslås", "anser att beslutet bör avslås"; "röstade emot (förslaget)".
  `${PROPOSAL}\\s+(?:bör\\s+|ska\\s+|skall\\s+)?avslås`,
  "(?:röstar|röstade|röstat)\\s+(?:emot|nej)",
  // "vägrar godkänna förslaget", "vägrade skriva under".
  `(?:vägrar|vägrade|vägrat)\\s+(?:att\\s+)?(?:(?:godkänna|acceptera|godta)\\s+(?:\\p{L}+\\s+){0,2}?${PROPOSAL}|skriva\\s+under|justera)`,
  // A reporter's words: "Förhandlingen strandade", "förhandlingarna bröt samman".
  "förhandling(?:en|arna)?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:har\\s+|hade\\s+)?(?:strandade|strandat|bröt\\s+samman|brutit\\s+samman)",
  "yrkade\\s+avslag",
  "(?:är|var)\\s+emot",
  // "säger (bestämt) nej till förslaget", "sa nej till flytten": to the proposal or the change it makes, not to
  // whatever ("vi säger nej till att de flyttas …").
  `(?:säger|sade|sa|sagt)\\s+(?:(?!inte\\s|ej\\s)\\p{L}+\\s+)?nej\\s+till\\s+(?:\\p{L}+\\s+){0,2}(?:${PROPOSAL}|${CHANGE})`,
  // "Vi sa nej.", "Kommunal säger bestämt nej.": no to what the item proposes, the sentence ending there; not
  // another's no a quote tells ("– De sa nej.").
  "(?<!(?:^|\\s)(?:de|dom|han|hon|man|den|det)\\s)(?:säger|sade|sa|sagt)\\s+(?:(?!inte\\s|ej\\s)\\p{L}+\\s+)?nej(?=\\s*[.!]?\\s*$|,\\s+(?:medan|men)\\s)",
  `(?:avvisar|avvisade|avvisat)\\s+(?:(?!inte\\s|ej\\s)\\p{L}+\\s+){0,2}?${PROPOSAL}`,
  "(?:vänder|vände|vänt)\\s+(?:sig|oss|mig)\\s+(?:e)?mot",
];

/** The dissent words that are nouns: "oenighet(en)", "reservation(en)", "protokollsanteckning(en)". */
export const DISSENT_NOUNS = "oenighet|reservation|protokollsanteckning";
/**
 * A union holding its view ("Kommunal vidhåller sin inställning", "står fast vid sina yrkanden", "står kvar vid
 * sin uppfattning", "står fast vid sitt avstyrkande", "håller fast vid sitt nej", "vidhåller att beslutet bör skjutas upp"): this meeting's own dissent, restated or not, also
 * where the item records it in other words too (the lead's convention of 2026-12-02). The employer holding its
 * proposal is no union's dissent (`statements.ts`).
 */
export const HELD_VIEW_WORDS = [
  "(?:vidhåller|vidhöll|vidhållit|(?:står|stod|stått)\\s+(?:fast|kvar)\\s+vid|(?:håller|höll|hållit)\\s+fast\\s+vid|kvarstår\\s+vid|kvarstod\\s+vid)\\s+(?:(?:sin|sina|sitt)\\s+)?(?:ståndpunkt(?:er|en|erna)?|uppfattning(?:ar|en)?|inställning(?:en)?|kritik(?:en)?|reservation(?:en)?|invändning(?:ar|en|arna)?|krav(?:en|et)?|yrkande(?:t|n|na)?|avstyrkande(?:t|n)?|nej(?:et)?|att)",
];

/** Agreement or support denied: "inte eniga", "delar inte", "accepterar inte", "kan inte ställa sig bakom". */
export const DENIED_AGREEMENT = [
  // "inte enats", "inte heller kunnat komma överens"; not "inte förrän parterna enats" (a condition).
  "(?:inte|ej|icke)\\s+(?:(?!(?:förrän|om|när|innan|sedan|att)\\s)\\p{L}+\\s+){0,3}?(?:eniga?|enigt|ense|överens|enats|enas|enades)",
  "utan\\s+(?:att\\s+)?enighet",
  // "utan att parterna kunnat enas", "utan att man kom överens".
  "utan\\s+att\\s+(?:\\p{L}+\\s+){0,2}?(?:enas|enats|enades|överens)",
  // "ST delar dock inte fakultetens bedömning": a sentence adverb may stand before the denial.
  "(?:delar|delade|accepterar|accepterade|godtar|godtog|godkänner|godkände|tillstyrker|tillstyrkte|stöder|stödjer|stödde)\\s+(?:(?:dock|däremot|emellertid|ändå|fortfarande|alltså|således)\\s+)?(?:inte|ej)",
  // "Den tolkningen delade vi inte": the subject after the verb, the object fronted.
  "(?:delar|delade|accepterar|accepterade|godtar|godtog|godkänner|godkände)\\s+(?:vi|de)\\s+(?:inte|ej)(?![\\p{L}])",
  // "Vi håller inte med om det", "att förbundet inte håller med arbetsgivaren".
  "(?:håller|höll|hållit)\\s+(?:inte|ej)\\s+med",
  "(?:inte|ej)\\s+(?:håller|höll)\\s+med",
  // In the passive, by its agent: "Förslaget accepteras inte av Vision" (`PASSIVE_AGENT`: a union must follow).
  "(?:delas|delades|accepteras|accepterades|godtas|godtogs|godkänns|godkändes|tillstyrks|stöds|stöddes)\\s+(?:inte|ej)\\s+av",
  "(?:ställer|ställde|ställt)\\s+(?:sig|oss|mig)\\s+(?:inte|ej)\\s+bakom",
  "(?:inte|ej)\\s+(?:ställa\\s+(?:sig|oss|mig)|stå)\\s+bakom",
  // "ser sig inte kunna ställa sig bakom", "anser sig inte kunna godta".
  "(?:inte|ej)\\s+kunna(?:t)?\\s+(?:ställa\\s+(?:sig|oss|mig)\\s+bakom|acceptera|godta|godkänna|tillstyrka|stödja)",
  "(?:står|stod)\\s+(?:inte|ej)\\s+bakom",
  // In a clause the denial comes first: "… att Vision inte delar arbetsgivarens bedömning", "… att förbundet
  // inte kan ställa sig bakom förändringen".
  "(?:inte|ej)\\s+(?:delar|accepterar|godtar|godkänner|tillstyrker|stöder|stödjer|accepterat|godtagit|godkänt|tillstyrkt|står\\s+bakom|ställer\\s+sig\\s+bakom|(?:kan|kunde)\\s+(?:acceptera|godta|godkänna|tillstyrka|stödja|ställa\\s+(?:sig|oss|mig)\\s+bakom))",
  // Not "kommer inte att acceptera": a warning about what is to come, not a record.
  "(?:kan|kunde)\\s+(?:(?:därför|dock|alltså|således|heller)\\s+)?(?:inte|ej)\\s+(?:att\\s+)?(?:acceptera|godta|godkänna|tillstyrka|stödja|ställa\\s+(?:sig|oss|mig)\\s+bakom)",
  // Main clause or subordinate order: "enighet har inte kunnat nås", "att enighet inte har nåtts", "enighet nåddes inte".
  "enighet\\s+(?:(?:om|i|kring|rörande)\\s+(?:\\p{L}+\\s+){1,3}?)?(?:(?:har|hade|kunde|kan)\\s+)?(?:inte|ej)\\s+(?:(?:har|hade)\\s+)?(?:kunnat\\s+)?(?:nås|uppnås|nåtts|uppnåtts|nåddes|uppnåddes)",
  "enighet\\s+(?:nåddes|uppnåddes|nåtts|uppnåtts|nås|uppnås)\\s+(?:inte|ej)",
  // A partial acceptance: "accepterar att A avvecklas, men inte B" ("men inte förrän …" is a condition).
  "(?:accepterar|accepterade|godtar|godtog|godkänner|godkände|(?:ställer|ställde|ställa)\\s+(?:sig|oss|mig)\\s+bakom)\\s[^.;!?]{1,120}?\\smen\\s+(?:däremot\\s+|dock\\s+)?(?:inte|ej)(?!\\s+(?:förrän|heller|bara|endast|enbart|alls)(?![\\p{L}]))",
  "ingen\\s+enighet",
  // "Inte heller Seko kunde ställa sig bakom förslaget": the denial before the subject, also with a relative clause
  // on it ("Inte heller Kommunal, som organiserar köket, godtog förslaget").
  "inte\\s+heller\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+(?:,\\s+som\\s[^,.;!?]{1,120},)?\\s+(?:(?:kan|kunde|har\\s+kunnat)\\s+(?:acceptera|godta|godkänna|tillstyrka|stödja|ställa\\s+(?:sig|oss|mig)\\s+bakom)|accepterar|accepterade|godtar|godtog|godkänner|tillstyrker|delar|delade|(?:ställer|ställde)\\s+(?:sig|oss|mig)\\s+bakom)",
  // A negation fronted before the topic, the verb and the parties after it: "Inte heller i frågan om placeringarna
  // är parterna överens", "Inte ens när det gäller X blev parterna eniga"; not "Inte förrän …", "Inte bara …".
  "^\\s*(?:[–-]\\s*)?(?:inte|ej)\\s+(?!(?:förrän|bara|endast|enbart|om|när|innan|sedan|att)\\s)(?:[\\p{L}-]+,?\\s+){1,10}?(?:är|var|blev|blir)\\s+(?:[\\p{L}-]+\\s+){1,4}?(?:eniga?|ense|överens)(?![\\p{L}])",
  // "Ingen överenskommelse kunde nås", "Ej enighet med Vision", "parterna har inte nått enighet".
  "ingen\\s+överenskommelse",
  "(?:ej|inte)\\s+(?:(?:har|hade|kunnat)\\s+)?(?:(?:nått|uppnått|nåtts)\\s+)?enighet(?!\\s+(?:krävs|behövs))",
  "(?:ansluter|anslöt|anslutit)\\s+(?:sig|oss|mig)\\s+(?:inte|ej)\\s+till",
  // "anser inte att samverkan är fullgjord", "anser att samverkan inte är genomförd": the union holds the
  // employer's duty to consult unmet.
  "(?:anser|ansåg|menar|menade)\\s+(?:inte\\s+att\\s+samverkan(?:en)?\\s+(?:är|har\\s+varit)|att\\s+samverkan(?:en)?\\s+(?:inte|ej)\\s+(?:är|har\\s+varit))\\s+(?:fullgjord|genomförd|fullständig)",
];

/** "Fackets uppfattning kvarstår": the union holds its view (looked for only where "kvarst" stands). */
export const VIEW_HELD =
  "(?:uppfattning(?:en)?|ståndpunkt(?:en)?|inställning(?:en)?|invändning(?:en|ar|arna)?|kritik(?:en)?)\\s+(?:kvarstår|kvarstod)";

/** A reservation or a protocol note is dissent only when a union makes it ("med reservation för att …"). */
export const NEEDS_UNION = "^(?:reservation|protokollsanteckning)";

/**
 * "Seko är inte oense med arbetsgivaren men vill att …": after denied dissent, the party's own stance makes the
 * sentence its statement, not an agreement. Looked for right after the denied word, within its clause.
 */
export const STANCE_AFTER_DENIAL =
  "^[^.;!?]{0,200}?\\smen\\s(?:\\p{L}+\\s)?(?:vill|ville|anser|ansåg|önskar|önskade|begär|begärde|påpekar|påpekade|kräver|krävde|efterfrågar|efterfrågade|framhåller|framhöll|betonar|betonade|menar|menade|understryker|underströk|yrkar|yrkade)(?![\\p{L}])";

/** Agreement: "eniga", "överens", "enades", "i enighet", "förlikats". */
export const AGREEMENT = "(?:eniga?|ense|överens|enades|enats|förlikats|i\\s+enighet)";

/**
 * What denies dissent: "ingen"/"inga" before it in the sentence ("Ingen av parterna var oenig", "Inga
 * oenigheter noterades"), "inte" just before or after it ("inte oense", "reserverade sig inte").
 */
// "någon", "några" stand only under a negation or a condition: "Någon oenighet finns inte".
// "Varken Vision eller Kommunal reserverade sig", "avstår från att lämna en protokollsanteckning": none either.
export const NONE_WORDS = [
  "ingen",
  "inga",
  "inget",
  "någon",
  "några",
  "något",
  "varken",
  // "Inte heller Vision reserverade sig".
  "heller",
  "avstå",
  "avstår",
  "avstod",
  "avstått",
];
// "… att reservera sig men avstod", "Oenighet undveks": renounced or avoided, after it as before.
export const NOT_WORDS = ["inte", "ej", "icke", "aldrig", "tillbaka", "utan", "avstod", "avstår", "undveks"];
/**
 * Dissent as a rule or a risk, not a record: "vid oenighet ska frågan lyftas", "för att undvika oenighet",
 * "om oenighet uppstår".
 */
export const HYPOTHETICAL_WORDS = [
  // "Eventuell oenighet ska anmälas …".
  "eventuell",
  "eventuella",
  "eventuellt",
  "om",
  "hantera",
  "risk",
  "riskerar",
];
export const HYPOTHETICAL_REACH = 2;
/** Agreement as the one outcome of two before "eller" ("i enighet eller i oenighet", "överens eller oense"). */
export const AGREEMENT_OUTCOMES = ["enighet", "enig", "eniga", "ense", "överens"];
/** "även om": the word before "om" that makes it concede, not condition. */
export const CONCESSIVE = "även";
/**
 * A frame that denies the clause after it: "Det är inte så att Kommunal motsätter sig …", "Det handlar inte om
 * att …", "Det betyder inte att …" (the clause before the dissent, from the sentence's start or a comma).
 */
export const DENIAL_FRAME =
  "(?:^|[,;:]\\s*)\\W*det\\s+(?:är|var|handlar|rör\\s+sig|betyder|innebär)\\s+inte\\s+(?:så\\s+|fråga\\s+om\\s+|tal\\s+om\\s+|om\\s+)?att\\s[^,;]*$";
/**
 * Dissent only weighed or possible: "Vision överväger att lämna en protokollsanteckning", "kan komma att
 * reservera sig", "har (inte) för avsikt att reservera sig".
 */
// A right or a possibility: "har rätt att lämna en protokollsanteckning", "gavs möjlighet att reservera sig".
export const WEIGHED_WORDS = [
  "överväger",
  "övervägde",
  // "avser (inte) att motsätta sig", "planerar att reservera sig": intended, not done.
  "avser",
  "avsåg",
  "planerar",
  "planerade",
  "funderar",
  "funderade",
  "komma",
  "avsikt",
  "rätt",
  "rätten",
  "möjlighet",
  "möjligheten",
];
/** "kan reservera sig", "får lämna en protokollsanteckning": the act possible, right before it, not recorded. */
export const POSSIBLE_WORDS = ["kan", "får"];
export const ACT_WORDS = ["lämna", "anmäla", "lägga"];
export const WEIGHED_REACH = 4;
/**
 * Dissent resolved or withdrawn: "Oenigheten om schemat har nu lösts", "… är undanröjd", "Reservationen från
 * Vision har dragits tillbaka" (after it, not "inte är löst"), "Vision återkallar sin protokollsanteckning" (before it).
 */
export const RESOLVED_AFTER =
  "^[^.;,]{0,40}?(?<!inte|ej)\\s(?:har|är|blev)\\s+(?:nu\\s+|därmed\\s+)?(?:\\p{L}+\\s+och\\s+)?(?:löst|lösts|lösta|undanröjd|undanröjts|upphört|återkallad|återkallats|återtagits|dragits\\s+tillbaka|tagits\\s+tillbaka)(?![\\p{L}])";
/**
 * "Kommunal ställde sig inte bakom förslaget men anmälde heller ingen oenighet": a refusal whose subject goes on,
 * after "men" and with no subject of its own, to deny dissent is a stance, no record. Read from the refusal's end.
 */
export const DISSENT_DENIED_AFTER =
  "^[^.;!?]{0,80}?\\smen\\s+(?!(?:de|den|det|han|hon|vi|man|övriga|andra)\\s)(?:(?:\\p{Ll}+\\s+){1,2}?(?:heller\\s+|dock\\s+|därför\\s+)?(?:ingen|inte|ej)\\s+(?:\\p{L}+\\s+){0,2}?(?:oenighet|reservation|protokollsanteckning|reserver)|reserver\\p{Ll}*\\s+sig\\s+(?:heller\\s+)?(?:inte|ej)(?![\\p{L}]))";
export const WITHDRAWN_BEFORE = ["återkallar", "återkallade", "återkallat", "återtar", "återtog"];

/** A form's field left empty: "Oenighet: ingen.", "Anmäld oenighet: nej", "Reservation: –". */
export const EMPTY_FIELD = "^\\s*:\\s*(?:(?:ingen|inga|inget|nej|ej|saknas)(?![\\p{L}])|[–-]\\s*$)";
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
 * "Protokollsanteckning från Ledarna: …", "Vision lämnar en protokollsanteckning": a union's note is its
 * dissent, unless the sentence welcomes or supports what was decided ("Ledarna välkomnar …", "Vision ställer
 * sig bakom flytten och lämnar en protokollsanteckning …").
 */
/**
 * "Protokollsanteckning: Vision begär att arbetsgivaren redovisar …": a note under its label whose content asks
 * for something (an analysis, a follow-up) is the union's request, no dissent. The label, the verbs of asking
 * and how far into the content the verb stands.
 */
export const NOTE_LABEL = "^\\W*protokollsanteckning(?:ar)?(?:\\s+från\\s+[^:]{1,40})?:";
export const REQUEST_VERBS = [
  "begär",
  "begärde",
  "önskar",
  "önskade",
  "efterfrågar",
  "efterfrågade",
  "ber",
  "bad",
];
export const REQUEST_REACH = 4;
export const NOTE_WELCOME =
  "välkomna(?:r|de)|(?:ställer|ställde)\\s+sig\\s+bakom|ser\\s+fram\\s+emot|ser\\s+positivt|(?:är|var)\\s+positiva?|stöd(?:er|jer|de)(?!\\s+(?:inte|ej))|tillstyrk(?:er|te)(?!\\s+(?:inte|ej))";
/**
 * A sentence opening with a condition ("Om parterna inte enas …", "Skulle förbunden inte komma överens …"):
 * dissent inside that clause (before its first comma) is a case, not a record.
 */
export const CONDITION_OPENERS = [
  "om",
  "ifall",
  "såvida",
  "skulle",
  "i händelse",
  "för det fall",
  "i det fall",
];
/**
 * A condition as Swedish puts it without "om", its finite verb first ("Blir parterna oense kan förbundet …", "Kan
 * parterna inte enas avgör …", "Uppstår oenighet ska …"): read only where the sentence opens with it, not a clause
 * after a comma ("…, och kan därför inte ställa sig bakom").
 */
export const CONDITION_VERBS_FIRST = ["blir", "kan", "är", "hamnar", "uppstår"];
/**
 * Dissent as a state between the parties ("oenighet", "inte överens", "ingen enighet", "förhandlingen
 * strandade"), which the employer may state too; every other marker is an act of the one who dissents
 * ("avvisar förslaget", "motsätter sig"), no union's where the employer does it.
 */
export const DISSENT_STATE = "o(?:enig|ense)|överens|enig|ense|ena[st]|enades|strand|samman";
/** Denied agreement in the passive ("delas inte av"): dissent only of a union named this near after it. */
export const PASSIVE_AGENT = /\sav$/i;
export const AGENT_REACH = 30;
/** "i oenighet med Seko och ST": the unions named after these are those the dissent is recorded with. */
export const DISSENT_WITH =
  "(?:oenighet|oense|oeniga?|inte\\s+(?:\\p{L}+\\s+)?(?:överens|ense|eniga?))\\s+med\\s+$";
/** How many words before dissent a "ingen" denies it, and how near "inte" must stand. */
export const NONE_REACH = 6;
export const NOT_REACH = 2;
/**
 * "Ledarna delar inte Fastighets bedömning", "ansluter sig inte till Seko": not sharing a view or not joining a
 * stand is dissent only when it is the employer's; a union named right after the denial is the one disagreed with.
 */
export const SHARES_VIEW = "(?:delar|delade|ansluter|anslöt|anslutit)";
/**
 * "Kommunal delar inte oron", "delar inte Visions farhågor", "delar inte kritiken": a concern or a criticism not
 * shared is raised against the employer by others, so not sharing it is no dissent with the employer's view.
 */
export const SHARED_CONCERNS = [
  "oro",
  "oron",
  "farhåga",
  "farhågan",
  "farhågor",
  "farhågorna",
  "bekymmer",
  "bekymret",
  "bekymren",
  "kritik",
  "kritiken",
  "invändning",
  "invändningen",
  "invändningar",
  "invändningarna",
];
/** Words that may stand between "delar inte" and the concern ("delar inte den oron", "… riktigt samma oro"). */
export const CONCERN_DETERMINERS = ["den", "de", "denna", "dessa", "samma", "riktigt", "helt", "alla"];
/** How near after "delar inte" (in characters) the party whose view it is stands. */
export const VIEW_OWNER_REACH = 12;
/**
 * Dissent recorded before this meeting or in another forum: "Frågan har tidigare behandlats i skyddskommittén,
 * där Seko anmälde oenighet", "Vid förra mötet var Kommunal oense". Words standing before the dissent in its
 * sentence; a relative "där"/"varvid" after a comma hangs the dissent on a forum the sentence names.
 */
export const EARLIER_WORDS = [
  "tidigare",
  "förra",
  "föregående",
  "föregåtts",
  "föregicks",
  "dessförinnan",
  // "I fjol avslutades en liknande förhandling i oenighet".
  "fjol",
  "ifjol",
  "liknande",
];
export const ELSEWHERE_CLAUSE = ",\\s*(?:där|varvid)\\s";
/**
 * A meeting or negotiation a sentence names after a preposition, whose relative "som" the dissent's clause opens:
 * "… vid den förhandling som hölls i april, och som avslutades i oenighet med Seko" describes that meeting.
 */
export const FORUM_NOUNS = [
  "förhandling",
  "förhandlingen",
  "förhandlingar",
  "förhandlingarna",
  "möte",
  "mötet",
  "sammanträde",
  "sammanträdet",
  "överläggning",
  "överläggningen",
];
/** Between the preposition and the forum noun: "vid den förhandling", "på det möte", "vid förhandlingen". */
export const FORUM_DETERMINERS = ["den", "det", "de", "en", "ett"];
/** How many words a relative "som" may stand before the dissent it opens ("som sedan avslutades i oenighet"). */
export const RELATIVE_REACH = 4;
/**
 * Dissent given as the reason for what may follow: "Eftersom samverkan avslutats i oenighet kan Vision påkalla
 * förhandling". The openers of such a reason and the words of the possibility after it.
 */
export const CAUSE_OPENERS = ["eftersom", "då", "när", "sedan", "i och med att", "med anledning av att"];
export const POSSIBILITY_WORDS = ["kan", "kunde", "får", "fick", "äger", "rätt", "möjlighet"];
/** How many words after the dissent the possibility of a reason's consequence stands. */
export const POSSIBILITY_REACH = 5;
/**
 * A note in parentheses pointing at the item where the dissent stands, after a name in a signature or
 * justering line: "Maria Lund, Kommunal (oenighet under § 1)", "(reservation punkt 2)", "(oenighet p. 3.2)".
 */
/**
 * A line opening with the act of signing ("Justerat 2026-01-20, med oenighet", "Undertecknat … under
 * reservation", "Signerad digitalt, oenighet kvarstår") notes how a signer signed: the dissent stands in the
 * item, as with an item pointer, whatever words the note uses after the signing.
 */
export const SIGNING_OPENER = "^\\s*(?:juster|underteckn|signer)(?:at|ad|as|ade|ats)\\b";
/** The words an item is pointed at by in a dissent note ("§ 4", "punkt 2", "ärende 4"), one place for all four pointers. */
const ITEM_WORD = "(?:§|punkt|pkt\\.?|p\\.|ärende)";
/** "oenighet under", "reservation i", "protokollsanteckning": a dissent noun and its pointing preposition. */
const NOTED_AT = `(?:${DISSENT_NOUNS})\\s(?:(?:under|i|enligt|vid)\\s)?`;
/**
 * "Oenighet § 4", "med reservation punkt 3" alone (a signer's note on its own line, an index): a dissent noun
 * pointing at the item that records it, as the parenthesised pointer does.
 */
export const BARE_ITEM_POINTER = `^\\W*(?:med\\s)?${NOTED_AT}${ITEM_WORD}\\s?\\d[\\d.]*\\W*$`;
/**
 * "ST – oenighet ärende 4", "Eva Berg, Vision - reservation § 3": a signer's note after a dash ending a line,
 * pointing at the item that records the dissent (a signature grid's row of roles and notes, joined or not).
 */
export const DASH_NOTE_TAIL = `\\s[–-]\\s(?:med\\s)?${NOTED_AT}${ITEM_WORD}\\s?\\d[\\d.]*(?:\\s?(?:,|och|&)\\s?\\d[\\d.]*)*\\W*$`;
/**
 * A signer's note ending a name's line, parenthesised or not ("Roger Berg, skyddsombud med reservation under § 4",
 * "för Vision med oenighet punkt 2 och 3"): "med" and a dissent noun pointing at one or more items. Blinds 23 and
 * 24 showed the line joined with the name above it, so the bare pointer's own line was gone.
 */
export const SIGNER_NOTE_TAIL = `\\smed\\s${NOTED_AT}${ITEM_WORD}\\s?\\d[\\d.]*(?:\\s?(?:,|och|&|–|-)\\s?\\d[\\d.]*)*\\W*$`;
/**
 * "Av det lokala protokollet framgår att …", "Det framgår av skrivelsen att …": the content of another document,
 * reported. What it says was recorded there, not by this meeting. The verb of the report and the word of its source.
 */
export const REPORTED_FROM_WORDS = ["framgår", "framgick", "framgått"];
export const REPORT_SOURCE = "av";
/** "Det framgår av förvaltningens skrivelse från mars att …": how many words the source after "av" may take. */
export const REPORT_SOURCE_REACH = 6;
/**
 * "inte är föremål för oenighet", "inte var föremål för": a negated copula and the noun frame it predicates, between
 * the negation and the dissent noun (the negation's reach counts words of the act, not of the frame).
 */
export const NEGATED_FRAME_WORDS = ["är", "var", "vara", "varit", "blir", "blev", "föremål", "för"];
export const ITEM_POINTER = `\\([^()]*?${ITEM_WORD}(?:\\s*\\d[^()]*\\)|\\s*$)`;

/**
 * The record rule (`dissent-record.ts`). Prepositions whose phrase names a dissent noun as a known thing, in any
 * form: "trots Visions reservation", "efter oenigheten i mars", "angående reservationen", "inför …".
 */
export const MENTIONING_PREPOSITIONS = [
  "trots",
  // "vid oenighet ska frågan lyftas": a case.
  "vid",
  "efter",
  "kring",
  "angående",
  "gällande",
  "beträffande",
  "rörande",
  "inför",
];
/** "på grund av oenigheten": "av" names known dissent only before the definite form ("präglades av oenighet" records). */
export const MENTIONING_BEFORE_DEFINITE = ["av"];
/**
 * Prepositions that record dissent after a verb ("avslutades i oenighet", "med oenighet från Vision", "justerar
 * under reservation") but name another thing's content after a noun ("protokollet med Visions reservation").
 */
export const RECORDING_PREPOSITIONS = ["i", "med", "under"];
/** Articles before a noun and its adjective ("det lokala protokollet"). */
export const ARTICLES = ["det", "den", "de", "ett", "en"];
/** Prepositions chaining the phrases of a clause's subject: "underlaget från enhetsnivån i …". */
export const PHRASE_PREPOSITIONS = [
  "från",
  "av",
  "för",
  "på",
  "vid",
  "inom",
  "hos",
  "om",
  "med",
  "i",
  "under",
];
/** Words ending as a definite noun does that are no noun ("avslutades igen i oenighet"). */
export const NOT_NOUNS = ["igen", "sedan", "redan", "även", "kan", "man", "hon", "han", "den", "en"];
/** What may stand between a preposition or verb and its dissent noun: "en", "sin", a genitive ("Visions"). */
export const NOUN_DETERMINERS = [
  "en",
  "ett",
  "sin",
  "sina",
  "sitt",
  "den",
  "det",
  "denna",
  "detta",
  "hans",
  "hennes",
  "deras",
  "vår",
  "vårt",
  "våra",
  "skriftlig",
  "skriftliga",
];
/** A definite dissent noun held on records it again: "Oenigheten kvarstår". */
export const HELD_AFTER = ["kvarstår", "kvarstod", "består", "bestod", "råder", "rådde"];
/** How many words after the noun its holding verb may stand ("Oenigheten om schemat kvarstår"). */
export const HELD_REACH = 5;
/**
 * Modals of necessity or permission right before dissent make it a rule, not a party's act: "Arbetsgivaren
 * behöver inte vara överens med facket", "får besluta utan att parterna är överens" (not "kan": "kan inte
 * godta" records).
 */
export const RULE_MODALS = ["behöver", "behövde", "måste", "bör", "borde", "får", "ska", "skall"];
export const RULE_MODAL_REACH = 2;
/**
 * Words of what has not happened, should not, or is asked, anywhere in dissent's clause before it: "innan
 * förhandlingen avslutas i oenighet", "för att undvika att parterna blir oense", "huruvida Seko motsätter sig".
 */
export const NOT_YET_WORDS = [
  "innan",
  "tills",
  "förrän",
  "huruvida",
  "ifall",
  "såvida",
  "undvika",
  "undviks",
  "förhindra",
  "förebygga",
];
/** The most words of a condition's opener ("för det fall"). */
export const OPENER_LENGTH = 3;
/** Where the clause of dissent's content begins after it: "lämnar en protokollsanteckning om att …", "som …". */
export const CONTENT_OPENERS = ["att", "som"];
/** Denials of the verb governing a dissent noun, up to two words before it ("inte längre råder oenighet"). */
export const NEGATIONS = ["inte", "ej", "icke", "aldrig"];
export const NEGATION_REACH = 2;
/** "kan fattas utan att parterna är överens": a possibility before another verb. */
export const POSSIBILITY_MODALS = ["kan"];
/** Before an earlier meeting's word after dissent: "vid förra mötet", "på föregående sammanträde", "i fjol". */
export const TIME_PREPOSITIONS = ["vid", "på", "under", "i", "från"];
/** How many words after dissent its own earlier meeting may be named ("reserverade sig i går vid förra mötet"). */
export const EARLIER_REACH = 6;
/** Verbs of asking before "om": "frågade om Vision var oense" asks, records nothing. */
export const ASKING_VERBS = [
  "fråga",
  "frågar",
  "frågade",
  "frågat",
  "frågats",
  "undrar",
  "undrade",
  "undrat",
  "undrats",
];
/**
 * "X frågar om Vision kan acceptera förslaget. Y svarar nej.": a bare "nej" answering whether a party accepts
 * refuses it. The verbs of answering, and the words of acceptance (starts) the question asks about.
 */
export const ANSWER_VERBS = ["svarar", "svarade", "svarat"];
export const ACCEPTANCE_STARTS = ["accepter", "godta", "godkän", "tillstyrk", "bakom", "ställa sig bakom"];
/**
 * Where and when a dissent's act is placed, when it is not this meeting (`dissent-placed.ts`). A past season
 * ("i våras", "i höstas") names a time before now wherever it stands in the act's clause.
 */
export const PAST_SEASONS = ["våras", "höstas", "vintras", "somras"];
/** "våren 2023", "hösten 2024": a season named with its year. */
export const SEASONS = ["våren", "hösten", "vintern", "sommaren"];
/**
 * Prepositions that place an act in a month ("i maj", "under mars"); a day's number also does. "sedan" does not:
 * "har motsatt sig förslaget sedan i våras" holds the dissent on to now.
 */
export const MONTH_PREPOSITIONS = ["i", "under", "redan"];
/** "yttrandet av den 19 september", "skrivelse daterad den 3 maj": the words before "den" of a document's date. */
export const DOCUMENT_DATE_WORDS = ["av", "daterad", "daterat", "daterade"];
/** "sedan (i våras)", "alltsedan": a time from which the dissent has lasted, to now. */
export const SINCE_WORDS = ["sedan", "alltsedan", "ända"];
/** "hade … reserverat sig": words that may stand between the pluperfect's "hade" and its supine. */
export const PLUPERFECT_ADVERBS = [
  "inte",
  "ej",
  "redan",
  "dock",
  "också",
  "även",
  "då",
  "tidigare",
  "själva",
  "sig",
];
/**
 * Forums of politics, never a samverkan or negotiation meeting ("i nämnden", "vid socialnämndens sammanträde",
 * "i kommunfullmäktige", a parish's elected "i kyrkorådet"): word endings, so the compounds and genitives hold.
 */
export const POLITICAL_FORUM_ENDINGS = [
  "nämnd",
  "nämnden",
  "nämndens",
  "fullmäktige",
  "fullmäktiges",
  "styrelsen",
  "styrelsens",
  "utskottet",
  "utskottets",
  "kyrkorådet",
  "kyrkorådets",
];
/** Political parties as actors: their dissent is not a party of the meeting's ("Vänsterpartiet reserverade sig"). */
export const POLITICAL_ACTOR_ENDINGS = [
  "partiet",
  "demokraterna",
  "moderaterna",
  "liberalerna",
  "oppositionen",
];
/**
 * Samverkan at another level than the meeting's: "i den centrala samverkansgruppen", "vid central samverkan",
 * "centrala skyddskommittén". The level's adjective and the forums (word starts) it qualifies.
 */
export const OTHER_LEVEL_WORDS = ["central", "centrala"];
/** The definite nouns of a meeting a demonstrative points back at ("vid det mötet"), and the demonstratives. */
export const POINTED_MEETINGS = ["mötet", "sammanträdet", "förhandlingen", "överläggningen"];
export const DEMONSTRATIVES = ["det", "den"];
export const SAMVERKAN_FORUM_STARTS = ["samverkan", "skyddskommitt"];
/** How many words before the level a preposition places the act there ("i den centrala …"). */
export const FORUM_PREPOSITION_REACH = 2;
/**
 * "har centralt anmält oenighet": the level as an adverb after the finite verb (after a union's name it is its
 * central body, "Saco-S centralt", a party of the meeting). The words it may follow.
 */
export const CENTRAL_ADVERB = "centralt";
export const BEFORE_LEVEL_ADVERB = ["har", "hade", "även", "också", "redan", "då"];
/** "reserverade sig oppositionen": how many words after an inverted act its subject may stand. */
export const INVERTED_SUBJECT_REACH = 2;
/** Prepositions placing an act at a forum ("vid förhandlingen", "i nämnden"). */
export const PLACE_PREPOSITIONS = ["i", "vid", "på", "under", "inför", "från", "efter"];
/** A negotiation as the subject whose end is the dissent ("Den lokala förhandlingen avslutades i oenighet"). */
export const NEGOTIATION = "förhandling";
/** The level's adjective that names a negotiation the earlier one ("den lokala förhandlingen", "lokal förhandling"); the definite last. */
export const LOCAL_WORDS = ["lokal", "lokala"];
/** An item heading on the previous meeting's minutes: "Föregående protokoll", "Protokoll från förra mötet". */
export const EARLIER_MINUTES_WORDS = ["föregående", "förra", "senaste"];
export const MINUTES_WORD = "protokoll";
/** Words of a sentence under that heading pointing at those minutes, not at this meeting's own ("protokollsanteckning"). */
export const MINUTES_POINTERS = ["protokoll", "protokollet", "där"];
/** A word of a compound's first part, split off by its hyphen, between the level and "förhandlingen" ("MBL-"). */
export const NEGOTIATION_PREFIXES = ["mbl"];
/** How many words before "förhandlingen" a preposition governs it ("vid den lokala förhandlingen"). */
export const NEGOTIATION_REACH = 3;
