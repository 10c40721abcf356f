import { TEMPLATE_FORMAT_VERSION, type Template } from "../types";

/**
 * Förvaltningsgrupp protocol as Stockholm's stadsdelsförvaltningar write it (example 004): a roster
 * (Närvarande, one line per union, Förhinder), numbered items, "Ärenden till nämnden" split into MBL § 11 and
 * MBL § 19 parts, and a "Justeras (digitalt)" list with one line per party. The administration stands under
 * the title as on the letterhead, the committee in "Ärenden till …". The unions' statements stand in
 * each item's text, so no item gets a "Fackliga inspel" block of its own; the pane inserts one on request.
 */
export const forvaltningsgruppTemplate: Template = {
  formatVersion: TEMPLATE_FORMAT_VERSION,
  id: "forvaltningsgrupp",
  name: "Förvaltningsgrupp – protokoll",
  description:
    "Numrerade punkter, ärenden till nämnden enligt MBL\u00a0§\u00a011 och §\u00a019 och digital justering per part.",
  meetingType: "forvaltningsgrupp",
  title: "Protokoll från förvaltningsgruppen den {datum}",
  headerLines: ["{förvaltning}", "Tidpunkt: {datum} kl. {tid}", "Plats: {plats}"],
  statementsHeading: "Fackliga inspel",
  justering: { style: "list", heading: "Justeras (digitalt)" },
  sections: [
    { id: "narvarande", title: "Närvarande", kind: "roster" },
    {
      id: "oppnande",
      number: "1",
      title: "Mötets öppnande",
      kind: "item",
      body: "{ordförande} öppnade mötet.",
    },
    {
      id: "dagordning",
      number: "2",
      title: "Godkännande av dagordningen",
      kind: "item",
      body: "Dagordningen godkändes.",
    },
    {
      id: "val-av-justerare",
      number: "3",
      title: "Val av justerare",
      kind: "justerare",
      body: "Justering sker {justeringsdag}. Synpunkter ska ha inkommit till arbetsgivaren senast {synpunkter_senast}. Justering sker digitalt.",
    },
    {
      id: "foregaende-protokoll",
      number: "4",
      title: "Föregående protokoll",
      kind: "item",
      body: "Föregående protokoll läggs till handlingarna.",
    },
    { id: "balanslista", number: "5", title: "Balanslista", kind: "item" },
    {
      id: "kvarvarande-fragor",
      number: "6",
      title: "Kvarvarande frågor från föregående möte",
      kind: "item",
    },
    {
      id: "info-arbetsgivaren",
      number: "7",
      title: "Övergripande information från arbetsgivaren",
      kind: "item",
      category: "information",
    },
    {
      id: "info-fackliga",
      number: "8",
      title: "Övergripande information från de fackliga organisationerna",
      kind: "item",
      category: "information",
    },
    {
      id: "arenden-till-namnden",
      number: "9",
      title: "Ärenden till {nämnd}",
      kind: "group",
      children: [
        {
          id: "mbl11",
          title: "Avser samverkan som motsvarar MBL § 11",
          kind: "agenda",
          category: "mbl11",
          mbl: "mbl11",
        },
        {
          id: "mbl19",
          title: "Information avser samverkan som motsvarar MBL § 19",
          kind: "agenda",
          category: "mbl19",
          mbl: "mbl19",
        },
      ],
    },
    {
      id: "arshjul",
      number: "10",
      title: "Månadens tema från årshjulet",
      kind: "item",
    },
    {
      id: "verksamhet",
      number: "11",
      title: "Verksamhet och kvalitetsfrågor",
      kind: "item",
    },
    {
      id: "kompetens",
      number: "12",
      title: "Kompetensförsörjning, kompetensutveckling",
      kind: "item",
    },
    { id: "ekonomi", number: "13", title: "Ekonomi och budget", kind: "item" },
    { id: "riktlinjer", number: "14", title: "Riktlinjer och rutiner", kind: "item" },
    {
      id: "arbetsmiljo",
      number: "15",
      title: "Skyddskommitté/arbetsmiljökommitté: Arbetsmiljö och hälsa",
      kind: "item",
    },
    {
      id: "foranmalda-fragor",
      number: "16",
      title: "Föranmälda frågor",
      kind: "item",
    },
    {
      id: "ovriga-fragor",
      number: "17",
      title: "Övriga frågor",
      kind: "item",
      category: "ovrigt",
    },
    {
      id: "avslutning",
      number: "18",
      title: "Mötet avslutades",
      kind: "item",
      body: "{ordförande} avslutade mötet.",
    },
    { id: "justering", title: "Justering", kind: "justering" },
  ],
};
