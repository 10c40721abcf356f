import type { Meeting } from "../../model/meeting";

/** The FSG/VSG meeting of example 000 (Helsingborg's Socialförvaltningen), as far as its header tells. */
export const header000 = {
  type: "fsg-vsg",
  date: "2019-04-29",
  time: "13:00",
  place: "Bredgatan 515",
  protocolNumber: "4/2019",
  forvaltning: "Socialförvaltningen",
  committee: "Socialnämnden",
} as const satisfies Partial<Meeting>;
