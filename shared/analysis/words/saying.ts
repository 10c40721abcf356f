/**
 * The verbs and phrases by which minutes report what a party says, in lower case. Data only: the speaker
 * grammar (`../speakers.ts`) decides how they combine with a party.
 */
const words = (list: string) => list.split(/\s+/).filter(Boolean);

/**
 * Verbs of saying, asking, proposing, informing and taking a stand, in the forms minutes use (present, past,
 * supine, infinitive after a modal). Particles are matched separately ("tar upp", "håller med").
 */
export const SAYING_VERBS = words(`menar menade menat anser ansåg ansett tycker tyckte tyckt framför framförde
  framfört framhåller framhöll framhållit påpekar påpekade påpekat poängterar poängterade poängterat betonar
  betonade betonat understryker underströk understrukit frågar frågade frågat undrar undrade undrat informerar
  informerade informerat meddelar meddelade meddelat redogör redogjorde redogjort instämmer instämde instämt
  önskar önskade önskat efterfrågar efterfrågade efterfrågat efterlyser efterlyste efterlyst föreslår föreslog
  föreslagit påminner påminde påmint säger sa sade sagt svarar svarade svarat responderar responderade
  responderat förklarar förklarade förklarat förtydligar förtydligade förtydligat klargör klargjorde klargjort
  belyser belyste belyst pålyser pålyste pålyst uppmärksammar uppmärksammade uppmärksammat noterar noterade
  noterat vill kräver krävde krävt yrkar yrkade yrkat befarar befarade befarat hänvisar hänvisade hänvisat
  återkommer återkom återkommit återkopplar återkopplade återkopplat beskriver beskrev beskrivit presenterar
  presenterade presenterat berättar berättade berättat nämner nämnde nämnt konstaterar konstaterade konstaterat
  bekräftar bekräftade bekräftat invänder invände invänt ifrågasätter ifrågasatte ifrågasatt delar delade
  välkomnar välkomnade välkomnat understödjer stödjer stöder stödde varnar varnade varnat reserverar
  reserverade reserverat lyfter lyfte lyft uttrycker uttryckte uttryckt tackar tackade redovisar redovisade
  redovisat anmäler anmälde anmält påtalar påtalade påtalat begär begärde begärt motsätter motsatte
  motsatt avstyrker avstyrkte avstyrkt tillstyrker tillstyrkte tillstyrkt accepterar accepterade accepterat
  godtar godtog godtagit tillägger tillade tillagt kritiserar kritiserade kritiserat efterlyste saknar saknade
  rapporterar rapporterade upplyser upplyste uppger uppgav anger angav aviserar aviserade lovar lovade
  anför anförde anfört vidhåller vidhöll vidhållit
  rekommenderar rekommenderade uppmanar uppmanade förordar förordade protesterar protesterade kommenterar
  kommenterade sammanfattar sammanfattade summerar summerade tydliggör tydliggjorde preciserar preciserade
  bemöter bemötte motiverar motiverade vittnar vittnade delger delgav föredrar föredrog inleder inledde
  avrundar avrundade stöttar stöttade vädjar vädjade tipsar tipsade visar visade bifaller biföll bifallit
  avslår avslog avslagit försvarar försvarade försvarat
  medger medgav medgett beklagar beklagade beklagat lovat
  mena anse tycka framföra framhålla påpeka poängtera betona understryka fråga undra informera meddela redogöra
  instämma önska efterfråga efterlysa föreslå påminna säga svara förklara förtydliga klargöra belysa
  uppmärksamma notera kräva yrka hänvisa återkomma återkoppla beskriva presentera berätta nämna konstatera
  bekräfta invända ifrågasätta varna reservera lyfta uttrycka redovisa anmäla påtala begära motsätta avstyrka
  tillstyrka acceptera godta tillägga kritisera försvara medge beklaga lova`);

/** Verbs that say something only with their particle: "tar upp", "håller med", "ställer sig", "bjuder in". */
export const PARTICLE_VERBS: Readonly<Record<string, readonly string[]>> = {
  // "tar ställning till": taking a stand.
  ta: ["upp", "med", "ställning"],
  tar: ["upp", "med", "ställning"],
  tog: ["upp", "med", "ställning"],
  tagit: ["upp", "med", "ställning"],
  hålla: ["med"],
  // "håller fast vid sitt krav": holding a view, as "står fast vid".
  håller: ["med", "fast"],
  höll: ["med", "fast"],
  hållit: ["med"],
  stämma: ["in"],
  stämmer: ["in"],
  stämde: ["in"],
  // "ansluter sig till Sekos synpunkter" (not "anslöt till mötet", which is attendance).
  ansluta: ["sig"],
  ansluter: ["sig"],
  anslöt: ["sig"],
  anslutit: ["sig"],
  ställa: ["sig"],
  ställer: ["sig"],
  ställde: ["sig"],
  ställt: ["sig"],
  bjuda: ["in"],
  bjuder: ["in"],
  bjöd: ["in"],
  bjudit: ["in"],
  föra: ["fram"],
  för: ["fram"],
  förde: ["fram"],
  fört: ["fram"],
  trycker: ["på"],
  tryckte: ["på"],
  oroar: ["sig"],
  oroade: ["sig"],
  ber: ["om"],
  bad: ["om"],
  följer: ["upp"],
  följde: ["upp"],
  lägger: ["fram"],
  lade: ["fram"],
  la: ["fram"],
  åtar: ["sig"],
  åtog: ["sig"],
  // "ser positivt på", "ser fram emot": a stand.
  ser: ["positivt", "negativt", "allvarligt", "fram"],
  såg: ["positivt", "negativt", "allvarligt", "fram"],
  // "står kvar vid sin uppfattning", "stod fast vid kravet", "kvarstår vid sin bedömning": holding a view.
  står: ["kvar", "fast"],
  stod: ["kvar", "fast"],
  stå: ["kvar", "fast"],
  kvarstår: ["vid"],
  kvarstod: ["vid"],
  // "går igenom", "gick igenom": presents.
  gå: ["igenom"],
  går: ["igenom"],
  gick: ["igenom"],
  gått: ["igenom"],
};

/**
 * "ger en kort redogörelse", "lämnar information", "har synpunkter", "ställer en fråga": giving, having or
 * raising counts when what is given is said (a claim in any of its forms: "lämnat våra yrkanden", round 15).
 */
export const GIVING_VERBS =
  words(`ger gav gett givit lämnar lämnade lämnat har hade haft ställer ställde ställt
  väcker väckte väckt kommer kom`);
export const SAID_NOUNS = words(`redogörelse summering sammanfattning information återkoppling bakgrund bild
  uppdatering svar förslag synpunkter synpunkt synpunkten synpunkterna besked protokollsanteckning protokollsanteckningar reservation
  reservationer fråga frågor frågan
  invändningar invändning kommentarer kommentar önskemål yrkande krav inspel
  yrkanden yrkandet yrkandena kravet kraven önskemålen
  erinran erinringar anmärkning anmärkningar`);

/**
 * "tar till sig synpunkten": taking a view to heart is an answer to it. Not "tar frågan vidare", an action (the
 * in-sample key), though blind 10 keys it as said.
 */
export const TAKING_VERBS = words("ta tar tog tagit");

/**
 * What a party's question or view is called: "På Kommunals fråga …", "Enligt hans bedömning …". A party in
 * the genitive before one of these speaks, when it opens the sentence.
 */
export const VIEW_NOUNS =
  words(`fråga frågor förslag begäran yrkande synpunkter synpunkt bedömning uppfattning
  åsikt mening inspel invändning invändningar önskemål`);

/** "kommer Kommunal att kontakta …", "Vision avser att …": an announced action is said. */
export const INTENTION_VERBS = words("kommer avser tänker planerar");
/** "Unionen avser att …": intentions that are said in the ordinary order (not "kommer att", a forecast). */
export const SAID_INTENTIONS = words("avser tänker planerar");

/** "för Akavias räkning", "å Visions vägnar": speaking on a party's behalf. */
export const BEHALF_NOUNS = words("räkning vägnar");

/** "förklarade mötet öppnat": a formality of the chair, not a statement. */
export const PROCEDURAL_OBJECTS = words("mötet förhandlingen sammanträdet samverkan");
export const DECLARING_VERBS = words("förklarar förklarade förklarat förklara");

/**
 * "SSR är bekymrade", "Vision är positiva": a stand taken; in the neuter too, as of "förbundet" ("Kommunal är
 * kritiskt").
 */
export const STANCE_WORDS = words(`bekymrade bekymrad bekymrat oroliga orolig oroligt oroade positiva positiv
  positivt negativa negativ negativt kritiska kritisk kritiskt tveksamma tveksam tveksamt frågande missnöjda missnöjd
  missnöjt oeniga oenig oenigt oense nöjda nöjd nöjt angelägna angelägen angeläget skeptiska skeptisk skeptiskt
  besvikna besviken besviket tacksamma frustrerade emot`);

/** Agreement is no stand of one party ("Arbetsgivaren och Vision är eniga"), unless it is denied ("inte eniga"). */
export const AGREEMENT_WORDS = words("eniga enig ense överens");
/** Words that deny what follows: "inte eniga", "ej överens". */
export const NEGATIONS = words("inte ej icke aldrig");
/** Adverbs that may stand between a pronoun and its verb or a verb and its particle: "Hon vill dock", "tog båda upp". */
// "tar särskilt upp", "lyfter kort fram": an adverb of degree or manner too (round 15).
export const LIGHT_ADVERBS = words(
  "också även dock vidare därför då ju nu inte ej båda bägge gemensamt särskilt speciellt kort närmare",
);

/** "Från Vision framfördes att …": the passive names its speaker after "från". */
export const PASSIVE_SAYING =
  words(`framfördes framförs påpekades påpekas lyftes lyfts efterfrågades efterfrågas
  betonades betonas underströks framhölls framhålls uttrycktes uttrycks föreslogs föreslås önskades önskas
  ifrågasattes ifrågasätts poängterades poängteras framkom framkommer`);

/**
 * "Representanten för Kommunal", "Kommunals skyddsombud": the nouns by which a party speaks through a person, or
 * through its local unit ("Kommunals sektion på sjukhuset har framfört …", "Visions lokalavdelning").
 */
export const REPRESENTATIVE_NOUNS = words(`representant företrädare ombud ledamot ordförande skyddsombud
  huvudskyddsombud arbetsplatsombud förtroendevald sektion avdelning lokalavdelning klubb
  företrädaren företrädarna ledamöter ledamöterna ordföranden förtroendevalda`);
export const REPRESENTATIVE_ENDINGS = words("en erna et na");

/**
 * A party after one of these is the object of the sentence, not its speaker ("gick till Kommunal"), nor is it
 * after a preposition of place ("LSG vid myndigheten inte har sammanträtt … och begär", round 15).
 */
export const OBJECT_PREPOSITIONS = words(
  "med till från för om av hos mot på åt enligt inför under via bland mellan utan genom kring än vid inom",
);

/** Finite verbs that are not verbs of saying but may carry one: "De har tidigare tagit upp", "Vi är kritiska". */
export const FINITE_VERBS =
  words(`är var har hade vill ville ska skall skulle kan kunde får fick måste bör borde
  kommer kom gör gjorde blir blev tar tog ger gav ser såg står stod går gick vet visste tror trodde ställer ställde`);

/**
 * What a union asked for or claims, reported in a fragment of another's sentence: "… i enlighet med vad Vision
 * begärde", "… i enlighet med det som SSR föreslog", "… ökar inte i den omfattning Kommunal anger". Its union
 * does not speak in the sentence. Regular-expression sources.
 */
export const REPORTED_REQUEST_LEADS = [
  "i\\s+enlighet\\s+med\\s+(?:vad|det\\s+som)",
  "enligt\\s+vad",
  "i\\s+den\\s+omfattning(?:\\s+som)?",
];

/**
 * In a union's own report, what the writer says to the members, not what was said at the meeting: the
 * reader addressed ("har du frågor", "hör av dig", "mejla oss"), the greeting ("informerar sina medlemmar"),
 * the summary's opening ("Här är det viktigaste …") and the editor's act on the text itself ("Vi återger
 * artikeln", "Nedan publicerar vi …").
 */
export const TO_MEMBERS =
  "\\b(?:du|dig|din|ditt|dina|ni)\\b|\\binformerar\\s+(?:sina|våra|alla)\\s+medlemmar|^\\W*här\\s+(?:är|kommer|följer)\\b|(?:^|[^a-zåäö])(?:vi\\s+(?:återger|publicerar|citerar|länkar)|(?:återger|publicerar|citerar|länkar)\\s+vi)(?![a-zåäö])";

/** The verbs of a quote's attribution after its comma ("– …, säger Kommunals ordförande Marie Lönn"). */
export const QUOTE_ATTRIBUTING = [
  "säger",
  "sa",
  "sade",
  "berättar",
  "berättade",
  "menar",
  "tillägger",
  "tillade",
];

/**
 * Words before a noun, never before a verb: a saying verb's form right after one is the noun it spells ("i dessa
 * delar", "i alla delar", "ett lyft"), no verb of the party named before it.
 */
export const NOUN_DETERMINERS =
  words(`dessa denna detta alla vissa båda bägge flera några många en ett sina sitt
  sin samtliga övriga`);
