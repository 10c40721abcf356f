import type { AgendaItem, Meeting } from "../../../shared/model/meeting";

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

/** A clipped § 11 item with a dnr and three links, one of which (javascript:) must never reach Word. */
export const budgetItem: AgendaItem = {
  number: "7",
  title: "Budget 2025",
  dnr: ["SN 2024/12"],
  mbl: "mbl11",
  procedural: false,
  links: [
    { text: "Tjänsteskrivelse", href: "https://intranet.example.se/a.pdf" },
    { text: "Skadlig", href: "javascript:alert(1)" },
    { text: "Bilaga", href: "http://intranet.example.se/b.pdf" },
  ],
};
