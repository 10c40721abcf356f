import { describe, expect, it } from "vitest";
import type { Agenda } from "../../shared/model/meeting";
import { agendaMisses } from "./agenda-misses";
import type { AgendaKey } from "./agenda-scoring";

const key: AgendaKey = {
  source: "x.txt",
  format: "text",
  url: null,
  platform: null,
  committee: "Tekniska nämnden",
  meetingDate: "2025-02-11",
  items: [
    { number: "1", title: "Upprop", dnr: [], class: null, procedural: true },
    { number: "2", title: "Gatubelysning 2025", dnr: ["TN 2025/4"], class: "mbl11", procedural: false },
    { number: "3", title: "Snöröjning", dnr: ["TN 2025/9"], class: "mbl11", procedural: false },
  ],
  classes: [],
};

const found = (number: string, title: string, dnr: string[], mbl: "mbl11" | null, procedural: boolean) => ({
  number,
  title,
  dnr,
  mbl,
  procedural,
  links: [],
});

describe("agendaMisses", () => {
  it("lists key items not found, found items no key has, and a matched item's dnr, class and flag", () => {
    const agenda: Agenda = {
      committee: null,
      meetingDate: null,
      items: [
        found("1", "Upprop", [], null, false),
        found("2", "Gatubelysning 2025", ["TN 2025/5"], null, false),
        found("3", "Snöröjning Föredragande: Ola Ek", ["TN 2025/9"], "mbl11", false),
      ],
    };
    expect(agendaMisses(agenda, key)).toEqual([
      "  proc    1 | key true | Upprop",
      "  dnr     2 | missed [TN 2025/4] extra [TN 2025/5]",
      "  class   2 | key mbl11 found null",
      "  missed  3 | Snöröjning | TN 2025/9",
      "  extra   3 | Snöröjning Föredragande: Ola Ek | TN 2025/9",
    ]);
  });
});
