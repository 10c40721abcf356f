import { TEMPLATE_FORMAT_VERSION, type Template } from "../types";

/**
 * FSG/VSG minnesanteckningar as Helsingborg's Socialförvaltningen writes them: unnumbered items grouped
 * under Information / Dialog / Beslut, "Fackliga inspel" inside items, and a closing justering sentence.
 */
export const fsgVsgTemplate: Template = {
  formatVersion: TEMPLATE_FORMAT_VERSION,
  id: "fsg-vsg",
  name: "FSG/VSG – minnesanteckningar",
  description:
    "Samverkansgrupp på förvaltnings- och verksamhetsnivå med punkterna grupperade under Information, Dialog och Beslut.",
  meetingType: "fsg-vsg",
  title: "Minnesanteckningar från samverkansgrupp FSG/VSG – {förvaltning} den {datum}",
  headerLines: ["Bilaga till protokoll {nr}"],
  statementsHeading: "Fackliga inspel",
  justering: { style: "sentence" },
  sections: [
    { id: "val-av-justerare", title: "Val av justerare", kind: "justerare", presenter: "ordföranden" },
    {
      id: "information",
      title: "Information",
      kind: "group",
      category: "information",
      children: [
        {
          id: "foregaende-anteckningar",
          title: "Föregående mötesanteckningar",
          kind: "item",
          category: "information",
          body: "Föregående mötesanteckningar läggs till handlingarna.",
        },
        {
          id: "foredragningslistan",
          title: "Föredragningslistan {nämnd}",
          kind: "agenda",
          category: "information",
          mbl: null,
          holdsStatements: true,
        },
        {
          id: "manadsrapport",
          title: "Månadsrapport",
          kind: "item",
          category: "information",
          presenter: "ekonomichef",
          holdsStatements: true,
        },
        {
          id: "arbetsmiljo",
          title: "Nytt inom arbetsmiljö",
          kind: "item",
          category: "information",
          presenter: "HR-chef",
          holdsStatements: true,
        },
        {
          id: "chefsrekryteringar",
          title: "Uppdatering chefsrekryteringar",
          kind: "item",
          category: "information",
          holdsStatements: true,
        },
      ],
    },
    {
      id: "dialog",
      title: "Dialog",
      kind: "group",
      category: "dialog",
      children: [
        { id: "dialogpunkt", title: "Dialogpunkt", kind: "item", category: "dialog", holdsStatements: true },
      ],
    },
    {
      id: "beslut",
      title: "Beslut",
      kind: "group",
      category: "beslut",
      children: [
        {
          id: "beslutspunkt",
          title: "Beslutspunkt",
          kind: "item",
          category: "beslut",
          holdsStatements: true,
        },
      ],
    },
    { id: "ovriga-fragor", title: "Övriga frågor", kind: "item", category: "ovrigt", holdsStatements: true },
    {
      id: "avslutning",
      title: "Mötets avslutande",
      kind: "item",
      body: "Ordföranden avslutar mötet.",
    },
    { id: "justering", title: "Justering", kind: "justering" },
  ],
};
