import { TEMPLATE_FORMAT_VERSION, type Template } from "../types";

/**
 * Protocol of a negotiation under MBL (usually § 11): the parties, the question, the employer's proposal,
 * the unions' views and how the negotiation ended. The day it ended starts the unions' time limit for
 * requesting central negotiation (see `shared/dates/deadline.ts`), so it is written out explicitly. The
 * secretary signs "Vid protokollet" above the parties' justerare, as negotiation protocols are signed.
 */
export const mblForhandlingTemplate: Template = {
  formatVersion: TEMPLATE_FORMAT_VERSION,
  id: "mbl-forhandling",
  name: "MBL-förhandling – protokoll",
  description:
    "Förhandlingsprotokoll enligt MBL med parter, förhandlingsfråga, förslag, synpunkter och utfall.",
  meetingType: "mbl-forhandling",
  title: "Protokoll fört vid förhandling enligt MBL den {datum}",
  headerLines: ["Tid: {datum} kl. {tid}", "Plats: {plats}", "Förvaltning: {förvaltning}"],
  statementsHeading: "Arbetstagarorganisationernas synpunkter",
  // One negotiation question: a union that disagreed did so in it, whichever paragraph holds the mark.
  justering: { style: "list", heading: "Justeras", disagreementNote: "(oenighet i förhandlingsfrågan)" },
  sections: [
    { id: "parter", title: "Parter", kind: "roster" },
    { id: "val-av-justerare", number: "§ 1", title: "Val av justerare", kind: "justerare" },
    { id: "forhandlingsfraga", number: "§ 2", title: "Förhandlingsfråga", kind: "item" },
    { id: "arbetsgivarens-forslag", number: "§ 3", title: "Arbetsgivarens förslag", kind: "item" },
    {
      id: "fackens-synpunkter",
      number: "§ 4",
      // The section is the unions' statements itself: no statements heading repeated under its heading.
      title: "Arbetstagarorganisationernas synpunkter",
      kind: "item",
    },
    {
      id: "avslutande",
      number: "§ 5",
      title: "Förhandlingens avslutande",
      kind: "item",
      body: "Förhandlingen förklaras avslutad i {utfall} den {avslutad}.",
    },
    { id: "vid-protokollet", title: "Vid protokollet", kind: "item", body: "{sekreterare}" },
    { id: "justering", title: "Justering", kind: "justering" },
  ],
};
