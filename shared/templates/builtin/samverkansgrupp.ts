import { TEMPLATE_FORMAT_VERSION, type Template } from "../types";

/**
 * Protocol of a municipality's central samverkansgrupp (CSG, KOMSAM, Cesam): the employer's and the unions'
 * representatives for the whole organisation. It informs under MBL § 19 and fulfils the duty to negotiate
 * under MBL § 11 on the matters the municipal board (or another committee) is to decide, and serves as the
 * central safety committee. Numbered in paragraphs, with the secretary ("Vid protokollet") and one justerare
 * per party, as municipal protocols are signed.
 */
export const samverkansgruppTemplate: Template = {
  formatVersion: TEMPLATE_FORMAT_VERSION,
  id: "samverkansgrupp",
  name: "Samverkansgrupp – protokoll",
  description:
    "Central samverkansgrupp: arbetsgivarens information, ärenden till nämnden enligt MBL\u00a0§\u00a011 och §\u00a019, arbetsmiljö och de fackliga organisationernas frågor.",
  meetingType: "samverkansgrupp",
  title: "Protokoll från {grupp} den {datum}",
  headerLines: ["Protokoll nr {nr}", "Tid: {datum} kl. {tid}", "Plats: {plats}"],
  statementsHeading: "Fackliga synpunkter",
  justering: { style: "list", heading: "Justeras" },
  sections: [
    { id: "narvarande", title: "Närvarande", kind: "roster" },
    {
      id: "oppnande",
      number: "§ 1",
      title: "Mötets öppnande",
      kind: "item",
      body: "{ordförande} öppnade mötet.",
    },
    { id: "val-av-justerare", number: "§ 2", title: "Val av justerare", kind: "justerare" },
    {
      id: "dagordning",
      number: "§ 3",
      title: "Godkännande av dagordningen",
      kind: "item",
      body: "Dagordningen godkändes.",
    },
    {
      id: "foregaende-protokoll",
      number: "§ 4",
      title: "Föregående protokoll",
      kind: "item",
      body: "Föregående protokoll läggs till handlingarna.",
    },
    {
      id: "info-arbetsgivaren",
      number: "§ 5",
      title: "Information från arbetsgivaren",
      kind: "item",
      category: "information",
    },
    {
      id: "arenden-till-namnden",
      number: "§ 6",
      title: "Ärenden till {nämnd}",
      kind: "group",
      children: [
        {
          id: "mbl11",
          title: "Samverkas motsvarande MBL § 11",
          kind: "agenda",
          category: "mbl11",
          mbl: "mbl11",
        },
        {
          id: "mbl19",
          title: "Information enligt MBL § 19",
          kind: "agenda",
          category: "mbl19",
          mbl: "mbl19",
        },
      ],
    },
    { id: "arbetsmiljo", number: "§ 7", title: "Arbetsmiljö och hälsa", kind: "item" },
    {
      id: "info-fackliga",
      number: "§ 8",
      title: "Information från de fackliga organisationerna",
      kind: "item",
      category: "information",
    },
    { id: "ovriga-fragor", number: "§ 9", title: "Övriga frågor", kind: "item", category: "ovrigt" },
    {
      id: "avslutning",
      number: "§ 10",
      title: "Mötets avslutande",
      kind: "item",
      body: "{ordförande} avslutade mötet.",
    },
    { id: "vid-protokollet", title: "Vid protokollet", kind: "item", body: "{sekreterare}" },
    { id: "justering", title: "Justering", kind: "justering" },
  ],
};
