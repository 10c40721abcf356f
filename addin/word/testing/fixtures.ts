import type { Meeting } from "../../../shared/model/meeting";

/** A meeting with every part the adapter renders: both sides present, an absent union, two justerare. */
export const sampleMeeting: Meeting = {
  type: "forvaltningsgrupp",
  date: "2024-02-13",
  time: "13:00",
  place: "Stadshuset, rum 4",
  forvaltning: "Socialförvaltningen",
  committee: "Socialnämnden",
  chair: { name: "Anna Ek", title: "förvaltningschef" },
  roster: {
    employer: [{ name: "Anna Ek", title: "förvaltningschef" }],
    unions: [
      { org: "kommunal", people: [{ name: "Charlotte Andersson" }] },
      { org: "vision", people: [{ name: "Per Lind" }] },
    ],
    absent: [{ org: "ssr" }],
  },
  justerare: [
    { org: "kommunal", name: "Charlotte Andersson" },
    { org: "arbetsgivaren", name: "Anna Ek" },
  ],
};
