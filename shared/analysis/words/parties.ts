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

/** The unions jointly in one word. */
export const JOINT_WORDS = [
  "facken",
  "facket",
  "fackförbunden",
  "arbetstagarsidan",
  "arbetstagarparten",
  "arbetstagarorganisationerna",
  "arbetstagarföreträdarna",
];

/** The employer side and managers speaking for it, as regular-expression sources ("hr[- ]?chef(?:en)?"). */
export const EMPLOYER_ROLES = [
  "arbetsgivaren",
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
  "kvalitetschef(?:en)?",
  "kommunikationschef(?:en)?",
];

/** Managers' abbreviations (HR, FC, VC, EC, SC, AC): they count only when written in capitals. */
export const EMPLOYER_ABBREVIATIONS = ["hr", "fc", "vc", "ec", "sc", "ac"];
