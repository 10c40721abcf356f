import type { OrgId } from "../model/meeting";

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
  /** Federation the union belongs to, where the minutes may name the federation instead. */
  federation?: "LO" | "TCO" | "Saco" | "OFR";
}

/**
 * The organisations a Swedish municipality meets in samverkan. Former names (Lärarförbundet, Lärarnas
 * Riksförbund → Sveriges Lärare in 2023; Jusek/Civilekonomerna → Akavia) resolve to today's organisation
 * because old minutes and rosters still use them.
 */
export const ORGANISATIONS: readonly Organisation[] = [
  {
    id: "arbetsgivaren",
    displayName: "arbetsgivaren",
    shortName: "Arbetsgivaren",
    aliases: ["arbetsgivarsidan", "arbetsgivarens representanter", "AG"],
    labelOnly: ["arbetsgivare", "arbetsgivarpart", "arbetsgivarparten"],
    side: "employer",
  },
  {
    id: "kommunal",
    displayName: "Kommunal",
    shortName: "Kommunal",
    aliases: ["Svenska Kommunalarbetareförbundet", "Kommunalarbetareförbundet", "Kommunal sektion"],
    side: "union",
    federation: "LO",
  },
  {
    id: "vision",
    displayName: "Vision",
    shortName: "Vision",
    aliases: ["Fackförbundet Vision", "SKTF"],
    side: "union",
    federation: "TCO",
  },
  {
    id: "ssr",
    displayName: "Akademikerförbundet SSR",
    shortName: "SSR",
    aliases: ["Akademikerförbundet", "Akademikerförb. SSR", "Akad. SSR", "Akademikerförbundet-SSR"],
    side: "union",
    federation: "Saco",
  },
  {
    id: "sveriges-larare",
    displayName: "Sveriges Lärare",
    shortName: "Sveriges Lärare",
    aliases: ["Lärarförbundet", "Lärarnas Riksförbund", "LR", "Lärarnas riksförbund", "Sv Lärare"],
    side: "union",
  },
  {
    id: "vardforbundet",
    displayName: "Vårdförbundet",
    shortName: "Vårdförbundet",
    aliases: ["Vårdförb."],
    side: "union",
    federation: "TCO",
  },
  {
    id: "ledarna",
    displayName: "Ledarna",
    shortName: "Ledarna",
    aliases: [],
    side: "union",
  },
  {
    id: "saco",
    displayName: "Saco",
    shortName: "Saco",
    aliases: [
      "SACO",
      "Saco-S",
      "SACO-S",
      "Saco S",
      "Saco-rådet",
      "Sacorådet",
      "Saco-förbunden",
      "Saco förbunden",
    ],
    side: "union",
  },
  {
    id: "sveriges-arbetsterapeuter",
    displayName: "Sveriges Arbetsterapeuter",
    shortName: "Arbetsterapeuterna",
    aliases: ["Förbundet Sveriges Arbetsterapeuter", "FSA"],
    side: "union",
    federation: "Saco",
  },
  {
    id: "fysioterapeuterna",
    displayName: "Fysioterapeuterna",
    shortName: "Fysioterapeuterna",
    aliases: ["Fysioterapeuter", "Legitimerade Sjukgymnasters Riksförbund", "LSR"],
    side: "union",
    federation: "Saco",
  },
  {
    id: "psykologforbundet",
    displayName: "Sveriges Psykologförbund",
    shortName: "Psykologförbundet",
    aliases: ["Psykologförbundet"],
    side: "union",
    federation: "Saco",
  },
  {
    id: "akavia",
    displayName: "Akavia",
    shortName: "Akavia",
    aliases: ["Jusek", "Civilekonomerna"],
    side: "union",
    federation: "Saco",
  },
  {
    id: "naturvetarna",
    displayName: "Naturvetarna",
    shortName: "Naturvetarna",
    aliases: [],
    side: "union",
    federation: "Saco",
  },
  {
    id: "sveriges-ingenjorer",
    displayName: "Sveriges Ingenjörer",
    shortName: "Sveriges Ingenjörer",
    aliases: ["Ingenjörerna"],
    side: "union",
    federation: "Saco",
  },
  {
    id: "dik",
    displayName: "DIK",
    shortName: "DIK",
    aliases: ["Fackförbundet DIK"],
    side: "union",
    federation: "Saco",
  },
  {
    id: "lakarforbundet",
    displayName: "Sveriges läkarförbund",
    shortName: "Läkarförbundet",
    aliases: ["Läkarförbundet", "Sveriges Läkarförbund", "Läkarföreningen"],
    side: "union",
    federation: "Saco",
  },
  {
    id: "skolledarna",
    displayName: "Sveriges Skolledare",
    shortName: "Sveriges Skolledare",
    aliases: ["Skolledarna", "Sveriges Skolledarförbund"],
    side: "union",
  },
  {
    id: "fastighets",
    displayName: "Fastighetsanställdas Förbund",
    shortName: "Fastighets",
    aliases: ["Fastighetsanställdas förbund"],
    side: "union",
    federation: "LO",
  },
  {
    id: "brandmannen",
    displayName: "Brandmännens Riksförbund",
    shortName: "BRF",
    aliases: ["Brandmännens riksförbund"],
    side: "union",
  },
  {
    id: "seko",
    displayName: "Seko",
    shortName: "Seko",
    aliases: ["SEKO"],
    side: "union",
    federation: "LO",
  },
  {
    id: "ofr",
    displayName: "OFR",
    shortName: "OFR",
    aliases: ["Offentliganställdas förhandlingsråd"],
    side: "union",
  },
];
