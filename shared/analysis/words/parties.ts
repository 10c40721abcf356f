/**
 * Words naming a party that is not one union: the unions jointly and the employer side. Lower case; the
 * scanner matches them case-insensitively at word boundaries.
 */

/** "de fackliga", "samtliga fackliga representanterna": what may stand before a joint name. */
export const JOINT_DETERMINERS = ["de", "samtliga", "alla"];

/** "de fackliga representanterna": nouns after "fackliga". */
export const JOINT_FACKLIGA_NOUNS = [
  "representanterna",
  "organisationerna",
  "parterna",
  "företrädarna",
  "ombuden",
];

/** "samtliga arbetstagarorganisationer", "alla fackförbund": the indefinite plural names them only so. */
const JOINT_INDEFINITE = ["arbetstagarorganisationer", "personalorganisationer", "fackförbund"];

/** The unions jointly in one word (or the indefinite plural after "samtliga"/"alla"). */
export const JOINT_WORDS = [
  `(?:samtliga|alla)\\s+(?:${JOINT_INDEFINITE.join("|")})`,
  "fackligt\\s+håll",
  "facken",
  "fackförbunden",
  "arbetstagarsidan",
  "arbetstagarparten",
  "arbetstagarorganisationerna",
  "arbetstagarföreträdarna",
  "arbetstagarrepresentanterna",
  "personalorganisationerna",
];

/**
 * The employer named as the organisation it is (an agency, a company, a university, a city, a parish): as a
 * speaker ("Bolaget informerar …") and as its delegation's label in the roster ("Företaget: Eva Lind, vd").
 */
export const EMPLOYER_ORGANISATIONS = [
  "myndigheten",
  "bolaget",
  "företaget",
  "koncernen",
  "verket",
  "regionen",
  "landstinget",
  "kommunen",
  "universitetet",
  "högskolan",
  "huvudmannen",
  "pastoratet",
  "församlingen",
];

/** The employer side and managers speaking for it, as regular-expression sources ("hr[- ]?chef(?:en)?"). */
export const EMPLOYER_ROLES = [
  "arbetsgivaren",
  "sveriges kommuner och regioner",
  "arbetsgivarsidan",
  "arbetsgivarparten",
  "arbetsgivarens representanter",
  "arbetsgivarens företrädare",
  "förvaltningen",
  "förvaltningsledningen",
  "hr[- ]?chef(?:en)?",
  "hr[- ]?direktör(?:en)?",
  "hr[- ]?konsult(?:en|erna)?",
  "hr[- ]?specialist(?:en)?",
  "hr[- ]?enheten",
  "hr[- ]?avdelningen",
  "personalchef(?:en)?",
  "förvaltningschef(?:en)?",
  "förvaltningsdirektör(?:en)?",
  "stadsdelsdirektör(?:en)?",
  "socialdirektör(?:en)?",
  "verksamhetschef(?:en)?",
  "avdelningschef(?:en)?",
  "enhetschef(?:en)?",
  "sektionschef(?:en)?",
  "ekonomichef(?:en)?",
  "controller(?:n)?",
  "kvalitetschef(?:en)?",
  "kommunikationschef(?:en)?",
  "chefen",
  "cheferna",
  "rektor(?:n|erna|er)?",
  "biträdande rektor(?:n)?",
  "skolledningen",
  "ledningen",
  "ledningsgruppen",
  "kyrkoherde(?:n)?",
  // A university's managers: "Dekanus informerade …", "prefekten svarade …".
  "(?:pro)?dekan(?:us|en)?",
  "prefekt(?:en)?",
  "hr[- ]?strateg(?:en)?",
  "hr[- ]?partner(?:n)?",
  "vd(?:n)?",
  "arbetsgivarhåll",
  // The employer by what it is, in its own minutes: "Myndigheten avser …", "Bolaget informerar …".
  "direktören",
  ...EMPLOYER_ORGANISATIONS,
  // The employers' organisations by name ("Sobona informerar …"), SKR apart (`EMPLOYER_ABBREVIATIONS`).
  "sobona",
  "arbetsgivarverket",
  "fastigo",
  "almega",
];

/**
 * The employers' organisations that negotiate for public employers and their companies: Sveriges Kommuner och
 * Regioner, Sobona (the municipal companies'), Arbetsgivarverket (the state's), Fastigo, Almega, and the Church
 * of Sweden's (regular-expression sources).
 */
const EMPLOYERS_ORGANISATIONS = [
  "SKR",
  "Sveriges\\s+Kommuner\\s+och\\s+Regioner",
  "Sobona",
  "Arbetsgivarverket",
  "Fastigo",
  "Almega",
  "Svenska\\s+kyrkans\\s+arbetsgivarorganisation",
];

/**
 * "SKR", "Sobona", "Region Åsmark", "Tuvby kommun": the employer named as the employers' organisation or as the
 * municipality or region itself, as a central negotiation's roster and justering name it (a pattern's source).
 */
export const EMPLOYER_BODY = `^(?:${EMPLOYERS_ORGANISATIONS.join("|")}|Region\\s+\\p{Lu}[\\p{L}-]+|\\p{Lu}[\\p{L}-]+\\s+(?:kommun|stad))$`;

/**
 * Any manager, director or coordinator by role, also in the plural ("enhetscheferna", "regiondirektören",
 * "personalsamordnaren"), as the endings of a compound (each stem and its forms; a coordinator only in the
 * definite form, the one of the meeting: "Miljösamordnare har gått igenom …" presents as staff, in-sample); indefinite plurals ("vuxens chefer") are managers as a group, not a speaker.
 */
export const ROLE_COMPOUND_STEMS = [
  "chef",
  "direktör",
  "samordnare",
  "handläggare",
  "ingenjör",
  "förvaltning",
  "ledning",
];
/** The staff of the meeting's side, as the coordinator, in the definite singular ("Lönehandläggaren", round 15). */
export const ROLE_COMPOUND_ENDINGS = [
  "chef(?:en|erna)?",
  "direktör(?:en|erna)?",
  "samordnaren",
  "handläggaren",
  "ingenjören",
  // "Kommunledningsförvaltningen presenterade …": an administration by compound, as "förvaltningen".
  "förvaltningen",
  // "Kommunledningen har föreslagit …", "Koncernledningen": the management by compound, as "ledningen".
  "ledningen",
];

/**
 * Words that refer back to a party named before in the item: "förbundet" and "facket" to a union, "de" to
 * a union or the unions jointly, "hon"/"han" and their possessives to whoever spoke last. "Förbundet" is the
 * employer where the employer is a kommunalförbund.
 */
export const UNION_REFERENCES = ["förbundet", "facket", "fackförbundet", "organisationen"];
/** "Förbundets ombud menade …": the union referred back to, in the genitive (an owner, or its speaker's). */
export const UNION_GENITIVE_REFERENCES = ["förbundets", "fackets", "fackförbundets"];
export const PLURAL_REFERENCES = ["de", "dom"];
/** "Förbunden anser …", "båda förbunden": the unions the item named, wherever the word stands. */
export const UNIONS_REFERENCES = ["förbunden"];
export const PERSON_REFERENCES = ["hon", "han", "hans", "hennes", "henne", "honom"];
/** "vi"/"oss" in a union's own report to its members. */
export const FIRST_PERSON = ["vi", "vårt förbund"];
/** "Sektionen har begärt …", "Klubben krävde …": the union's local unit, in its own report the union itself. */
export const OWN_UNIT = ["sektionen", "klubben"];
/** "våra skyddsombud", "vår ordförande", "våra medlemmar": the union's people in its own report (an owner). */
export const FIRST_PERSON_GENITIVE = ["vår", "vårt", "våra"];

/**
 * Managers' abbreviations (HR, FC, VC, EC, SC, AC; MAS and MAR, the medically responsible nurse and
 * rehabilitation officer) and SKR, which negotiates for municipalities and regions:
 * they count only when written in capitals.
 */
export const EMPLOYER_ABBREVIATIONS = ["hr", "fc", "vc", "ec", "sc", "ac", "gd", "skr", "mas", "mar"];

/**
 * Unions the catalogue lacks whose names have no union's shape (no "förbund", no "Sveriges"), as written,
 * case-sensitive: LO's (Byggnads, Handels, IF Metall, Livs, Målarna, Pappers, Elektrikerna, GS-facket,
 * Hotell- och restaurangfacket, HRF), Saco's SULF and SRAT, TCO's Tull-Kust and Scen & Film, and
 * Sjöbefälsföreningen. Reported by name (`namn:Byggnads`).
 */
export const UNIONS_BY_NAME = [
  "Byggnads",
  "Handels",
  "IF Metall",
  "Livs",
  "Målarna",
  "Pappers",
  "Elektrikerna",
  "GS-facket",
  "Hotell- och restaurangfacket",
  "HRF",
  "SULF",
  "SRAT",
  "Tull-Kust",
  "Scen & Film",
  "Sjöbefälsföreningen",
];

/** The federations and negotiation councils themselves, which "OFR/ST" writes before the union that speaks. */
export const COUNCILS = ["lo", "tco", "saco", "ofr", "saco-s"];

/** The Saco council's name as texts write it ("Saco-rådet"): Saco-S where the employer is the state. */
export const COUNCIL_NAMES = ["saco-?rådet(?:s)?"];
/** Words of a text's opening that name a state employer: a university, a university college, an authority. */
export const STATE_EMPLOYER_WORDS = [/universitet/, /högskola/, /högskolan/, /myndighet(?:en)?$/];
/** Parts of such a word that make it a region's or a municipality's ("universitetssjukhuset"). */
export const STATE_EMPLOYER_EXCLUDED = ["sjukhus"];
