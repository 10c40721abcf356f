import type { OrgId } from "../model/meeting";

export type Federation = "LO" | "TCO" | "Saco" | "OFR" | "PTK";

export interface Organisation {
  id: OrgId;
  /** How the minutes name it in full, e.g. in a justering line. */
  displayName: string;
  /** Short form used in running text, e.g. "SSR". */
  shortName: string;
  /** Every other spelling, abbreviation or former name that should resolve to this organisation. */
  aliases: readonly string[];
  /**
   * Spellings that resolve when written as a name (a roster label, "Arbetsgivare: Lars Wennberg") but are
   * too common as ordinary words to count as a mention in running text ("en attraktiv arbetsgivare").
   */
  labelOnly?: readonly string[];
  side: "employer" | "union";
  /**
   * The name is also an ordinary Swedish word ("kommunal verksamhet", "ledarna på enheterna", "Transport av
   * avfall", "Vision 2035"): in running text it counts only capitalised as here, not before a number, and
   * not before "på"/"vid"/"inom" (a profession at a place).
   */
  commonWord?: true;
  /** The central organisations and negotiation councils the union belongs to ("Saco-förbunden"). */
  federations?: readonly Federation[];
  /**
   * A federation or council itself: its collective names ("Saco-förbunden", "TCO-förbunden") stand for the
   * member unions the text names or that attend, see `shared/analysis`.
   */
  federation?: Federation;
  collectives?: readonly string[];
}

/**
 * The organisations a municipality, a region, a state agency or the Church of Sweden meets in samverkan,
 * checked against the unions' own pages (2025). Former names resolve to today's organisation because old
 * minutes and rosters still use them: Sif and HTF → Unionen (2008); Jusek and Civilekonomerna → Akavia
 * (2020); Lärarförbundet and Lärarnas Riksförbund → Sveriges Lärare (2023); SKTF → Vision; SHSTF →
 * Vårdförbundet; Statsanställdas förbund → Seko (1995); Civilingenjörsförbundet and Ingenjörsförbundet →
 * Sveriges Ingenjörer (2007); Naturvetareförbundet and Agrifack → Naturvetarna (2009); Legitimerade
 * Sjukgymnasters Riksförbund → Fysioterapeuterna (2014); Sveriges Arbetsledareförbund (SALF) → Ledarna;
 * Statstjänstemannaförbundet → Fackförbundet ST; Svenska Kyrkans Personalförbund → Kyrkans Akademikerförbund
 * (1998), which is not Akademikerförbundet SSR. An organisation that is not here is reported by its name.
 */
export const ORGANISATIONS: readonly Organisation[] = [
  {
    id: "arbetsgivaren",
    displayName: "arbetsgivaren",
    shortName: "Arbetsgivaren",
    aliases: ["arbetsgivarsidan", "arbetsgivarens representanter", "AG"],
    labelOnly: ["arbetsgivare", "arbetsgivarpart", "arbetsgivarparten", "arbetsgivarens företrädare"],
    side: "employer",
  },
  {
    id: "kommunal",
    displayName: "Kommunal",
    shortName: "Kommunal",
    aliases: ["Svenska Kommunalarbetareförbundet", "Kommunalarbetareförbundet", "Kommunal sektion"],
    side: "union",
    commonWord: true,
    federations: ["LO"],
  },
  {
    id: "vision",
    displayName: "Vision",
    shortName: "Vision",
    aliases: ["Fackförbundet Vision", "SKTF", "Sveriges Kommunaltjänstemannaförbund"],
    side: "union",
    commonWord: true,
    federations: ["TCO", "OFR", "PTK"],
  },
  {
    id: "ssr",
    displayName: "Akademikerförbundet SSR",
    shortName: "SSR",
    // "Akademikerförbundet" alone is SSR unless the text names Kyrkans Akademikerförbund (SHARED_SHORT_FORMS).
    aliases: ["Akademikerförb. SSR", "Akad. SSR", "Akademikerförbundet-SSR"],
    side: "union",
    federations: ["Saco", "OFR", "PTK"],
  },
  {
    id: "sveriges-larare",
    displayName: "Sveriges Lärare",
    shortName: "Sveriges Lärare",
    aliases: [
      "Lärarförbundet",
      "Lärarnas Riksförbund",
      "LR",
      "Lärarnas riksförbund",
      "Sv Lärare",
      "lärarorganisationerna",
      "lärarförbunden",
      "lärarfacken",
    ],
    side: "union",
    federations: ["Saco", "PTK"],
  },
  {
    id: "vardforbundet",
    displayName: "Vårdförbundet",
    shortName: "Vårdförbundet",
    aliases: ["Vårdförb.", "SHSTF"],
    side: "union",
    federations: ["TCO", "OFR", "PTK"],
  },
  {
    id: "ledarna",
    displayName: "Ledarna",
    shortName: "Ledarna",
    aliases: ["Ledarna – Sveriges chefsorganisation", "Sveriges Arbetsledareförbund", "SALF"],
    side: "union",
    commonWord: true,
    federations: ["OFR", "PTK"],
  },
  {
    id: "unionen",
    displayName: "Unionen",
    shortName: "Unionen",
    aliases: ["Sif", "SIF", "HTF"],
    side: "union",
    commonWord: true,
    federations: ["TCO", "PTK"],
  },
  {
    id: "st",
    displayName: "Fackförbundet ST",
    shortName: "ST",
    aliases: ["Statstjänstemannaförbundet"],
    side: "union",
    federations: ["TCO", "OFR"],
  },
  {
    id: "seko",
    displayName: "Seko",
    shortName: "Seko",
    aliases: ["SEKO", "Seko – Service- och kommunikationsfacket", "Statsanställdas förbund"],
    side: "union",
    federations: ["LO"],
  },
  {
    id: "fastighets",
    displayName: "Fastighetsanställdas Förbund",
    shortName: "Fastighets",
    aliases: ["Fastighetsanställdas förbund"],
    side: "union",
    federations: ["LO"],
  },
  {
    id: "transport",
    displayName: "Svenska Transportarbetareförbundet",
    shortName: "Transport",
    aliases: ["Transportarbetareförbundet"],
    side: "union",
    commonWord: true,
    federations: ["LO"],
  },
  {
    id: "akavia",
    displayName: "Akavia",
    shortName: "Akavia",
    aliases: ["Jusek", "Civilekonomerna"],
    side: "union",
    federations: ["Saco", "PTK"],
  },
  {
    id: "naturvetarna",
    displayName: "Naturvetarna",
    shortName: "Naturvetarna",
    aliases: ["Naturvetareförbundet", "Agrifack"],
    side: "union",
    commonWord: true,
    federations: ["Saco", "PTK"],
  },
  {
    id: "sveriges-ingenjorer",
    displayName: "Sveriges Ingenjörer",
    shortName: "Sveriges Ingenjörer",
    aliases: ["Ingenjörerna", "Civilingenjörsförbundet", "Ingenjörsförbundet"],
    side: "union",
    federations: ["Saco", "PTK"],
  },
  {
    id: "lakarforbundet",
    displayName: "Sveriges läkarförbund",
    shortName: "Läkarförbundet",
    aliases: ["Läkarförbundet", "Sveriges Läkarförbund", "Läkarföreningen"],
    side: "union",
    federations: ["Saco", "OFR", "PTK"],
  },
  {
    id: "fysioterapeuterna",
    displayName: "Fysioterapeuterna",
    shortName: "Fysioterapeuterna",
    aliases: ["Fysioterapeuter", "Legitimerade Sjukgymnasters Riksförbund", "LSR"],
    side: "union",
    federations: ["Saco", "OFR", "PTK"],
  },
  {
    id: "psykologforbundet",
    displayName: "Sveriges Psykologförbund",
    shortName: "Psykologförbundet",
    aliases: ["Psykologförbundet"],
    side: "union",
    federations: ["Saco", "PTK"],
  },
  {
    id: "sveriges-arbetsterapeuter",
    displayName: "Sveriges Arbetsterapeuter",
    shortName: "Arbetsterapeuterna",
    aliases: ["Förbundet Sveriges Arbetsterapeuter", "FSA"],
    side: "union",
    federations: ["Saco", "PTK"],
  },
  {
    id: "dik",
    displayName: "DIK",
    shortName: "DIK",
    aliases: ["Fackförbundet DIK"],
    side: "union",
    federations: ["Saco", "PTK"],
  },
  {
    id: "skolledarna",
    displayName: "Sveriges Skolledare",
    shortName: "Sveriges Skolledare",
    aliases: ["Skolledarna", "Sveriges Skolledarförbund"],
    side: "union",
    commonWord: true,
    federations: ["Saco"],
  },
  {
    id: "kyrkans-akademikerforbund",
    displayName: "Kyrkans Akademikerförbund",
    shortName: "KyrkA",
    aliases: ["Svenska Kyrkans Personalförbund"],
    side: "union",
    federations: ["Saco", "PTK"],
  },
  {
    id: "brandmannen",
    displayName: "Brandmännens Riksförbund",
    shortName: "BRF",
    aliases: ["Brandmännens riksförbund"],
    side: "union",
  },
  {
    id: "lo",
    displayName: "LO",
    shortName: "LO",
    aliases: ["Landsorganisationen", "Landsorganisationen i Sverige"],
    side: "union",
    federation: "LO",
    collectives: ["LO-förbunden", "LO-facken"],
  },
  {
    id: "tco",
    displayName: "TCO",
    shortName: "TCO",
    aliases: ["Tjänstemännens centralorganisation"],
    side: "union",
    federation: "TCO",
    collectives: ["TCO-förbunden", "TCO-facken"],
  },
  {
    id: "saco",
    displayName: "Saco",
    shortName: "Saco",
    aliases: ["SACO", "Saco-rådet", "Sacorådet", "Sveriges akademikers centralorganisation"],
    side: "union",
    federation: "Saco",
    collectives: ["Saco-förbunden", "Saco förbunden", "Sacoförbunden", "SACO-förbunden", "Saco-facken"],
  },
  {
    id: "saco-s",
    displayName: "Saco-S",
    shortName: "Saco-S",
    aliases: ["SACO-S", "Saco S", "Saco-S-rådet"],
    side: "union",
  },
  {
    id: "ofr",
    displayName: "OFR",
    shortName: "OFR",
    aliases: ["Offentliganställdas förhandlingsråd", "OFR-S", "OFR/S", "OFR/S,P,O", "OFR S,P,O"],
    side: "union",
    federation: "OFR",
    collectives: ["OFR-förbunden"],
  },
  {
    // The private sector's negotiation council; its members from ptk.se ("PTK:s medlemsförbund", 2023).
    id: "ptk",
    displayName: "PTK",
    shortName: "PTK",
    aliases: ["Förhandlings- och samverkansrådet PTK"],
    side: "union",
    federation: "PTK",
    collectives: ["PTK-förbunden", "PTK-facken"],
  },
];

/**
 * Short forms more than one organisation goes by. The first candidate the text names by another of its names
 * is meant; if it names none of them, the first candidate.
 */
export const SHARED_SHORT_FORMS: readonly { name: string; candidates: readonly OrgId[] }[] = [
  { name: "Akademikerförbundet", candidates: ["ssr", "kyrkans-akademikerforbund"] },
];

/**
 * Shapes of a union's name the catalogue may not hold, so such an organisation is reported by its name
 * ("Elektrikerförbundet", "Sveriges Arkitekter", "Fackförbundet X") instead of dropped. The stems are
 * förbund that are not unions: the employer side (a kommunalförbund, an employers' organisation) and others.
 */
export const UNION_NAME_ENDINGS = ["förbundet", "förbund"];
export const UNION_NAME_PREFIXES = ["Sveriges", "Fackförbundet", "Facket"];
export const NOT_UNION_STEMS = [
  "kommunal",
  "arbetsgivar",
  "samordnings",
  "räddningstjänst",
  "region",
  "kommun",
  "idrotts",
  "pensionärs",
  "hyresgäst",
  "föräldra",
  "brukar",
  "handikapp",
  "riks",
];
/** "Sveriges Kommuner och Regioner" is the employers' organisation; these words after "Sveriges" are not unions. */
export const NOT_UNION_AFTER_SVERIGES = [
  "Kommuner",
  "Regioner",
  "Myndigheter",
  "Radio",
  "Television",
  "Riksdag",
];
