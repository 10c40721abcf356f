import { TEMPLATE_FORMAT_VERSION, type Template } from "../types";

/**
 * FSG/VSG minnesanteckningar as Helsingborg's Socialförvaltningen writes them (examples 000–003): the date
 * and place under the title, unnumbered items under Information / Dialog / Beslut, "Fackliga inspel" inside
 * items, and a closing justering sentence. Only the items every one of those meetings has are written; the
 * month's own items are the secretary's to add. Items the committee's agenda sends for samverkan before a
 * decision (MBL § 11) go under Beslut, the rest with the agenda under Information.
 */
export const fsgVsgTemplate: Template = {
  formatVersion: TEMPLATE_FORMAT_VERSION,
  id: "fsg-vsg",
  name: "FSG/VSG – minnesanteckningar",
  description:
    "Samverkansgrupp på förvaltnings- och verksamhetsnivå med punkterna grupperade under Information, Dialog och Beslut.",
  meetingType: "fsg-vsg",
  title: "Minnesanteckningar från samverkansgrupp FSG/VSG – {förvaltning} den {datum}",
  headerLines: ["Bilaga till protokoll {nr}", "Datum: {datum} kl. {tid}", "Plats: {plats}"],
  statementsHeading: "Fackliga inspel",
  justering: { style: "sentence", document: "minnesanteckningarna" },
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
          id: "ekonomi",
          title: "Mål och ekonomi",
          kind: "item",
          category: "information",
          presenter: "ekonomichef",
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
    // Dialog has no standing items: the month's questions are written (or inserted) under it.
    { id: "dialog", title: "Dialog", kind: "item", category: "dialog" },
    { id: "beslut", title: "Beslut", kind: "agenda", category: "beslut", mbl: "mbl11" },
    { id: "ovriga-fragor", title: "Övrigt", kind: "item", category: "ovrigt" },
    {
      id: "avslutning",
      title: "Mötets avslutande",
      kind: "item",
      body: "{ordförande} avslutade mötet.",
    },
    { id: "justering", title: "Justering", kind: "justering" },
  ],
};
