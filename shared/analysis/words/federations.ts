import type { Federation } from "../../unions/catalogue";

/**
 * Unions the catalogue does not hold, by a stem of their name (lower case), with the federation each belongs
 * to, so a collective ("Saco-förbunden") counts them among its attending members. From the federations' own
 * member lists: Saco (Sveriges Farmaceuter, Sveriges Tandläkarförbund, Sveriges Veterinärförbund, Sveriges
 * Arkitekter, SULF, Officersförbundet), TCO (Polisförbundet, Journalistförbundet, Finansförbundet,
 * Farmaciförbundet, Försvarsförbundet, Tull-Kust, Teaterförbundet / Scen & Film), LO (Byggnads, Elektrikerna,
 * Handels, Hotell- och restaurangfacket, IF Metall, Livs, Målarna, Musikerförbundet, Pappers, GS-facket).
 */
export const FEDERATION_MEMBER_STEMS: Readonly<Record<Federation, readonly string[]>> = {
  Saco: ["farmaceut", "tandläkar", "veterinär", "arkitekt", "universitetslärare", "sulf", "officersförbund"],
  TCO: [
    "polisförbund",
    "journalistförbund",
    "finansförbund",
    "farmaciförbund",
    "försvarsförbund",
    "tull-kust",
    "teaterförbund",
    "scen & film",
  ],
  LO: [
    "byggnads",
    "elektriker",
    "handels",
    "hotell- och restaurang",
    "if metall",
    "livs",
    "målare",
    "musikerförbund",
    "pappers",
    "gs-facket",
  ],
  // OFR's members negotiate for the public sector: police, officers and customs among the unions outside.
  OFR: ["polisförbund", "officersförbund", "tull-kust", "försvarsförbund"],
  // PTK's members in private employment the catalogue lacks (ptk.se, "PTK:s medlemsförbund").
  PTK: ["journalistförbund", "arkitekt", "farmaceut", "veterinär", "scen & film", "sjöbefäl", "srat", "sulf"],
};
