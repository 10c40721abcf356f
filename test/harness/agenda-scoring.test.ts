import { describe, expect, it } from "vitest";
import type { Agenda } from "../../shared/model/meeting";
import { type AgendaKey, dnrForm, numberForm, scoreAgenda, titleForm } from "./agenda-scoring";

const key: AgendaKey = {
  source: "x.html",
  format: "html",
  url: null,
  platform: null,
  committee: "Socialnämnden",
  meetingDate: "2024-05-14",
  items: [
    { number: "1", title: "Val av justerare", dnr: [], class: null, procedural: true },
    {
      number: "6 A",
      title: "Delårsrapport april",
      dnr: ["SN 2024/71", "KS 2024/9"],
      class: "mbl11",
      procedural: false,
    },
    { number: "§ 12", title: "Sjukfrånvaro", dnr: ["003 – 512 / 24"], class: "mbl19", procedural: false },
  ],
  classes: [],
};

const item = (number: string | null, title: string, dnr: string[], mbl: "mbl11" | "mbl19" | null = null) => ({
  number,
  title,
  dnr,
  mbl,
  procedural: false,
  links: [],
});

describe("agenda scoring", () => {
  it("normalises titles, numbers and dnr as the key rules say", () => {
    expect(titleForm("Delårsrapport, april!")).toBe("delårsrapportapril");
    expect(numberForm("Punkt 3")).toBe("3");
    expect(numberForm("12 a)")).toBe("12a");
    expect(numberForm("§ 12")).toBe("12");
    expect(dnrForm("Dnr: 003 – 512 / 24")).toBe("003-512/24");
  });

  it("matches items by title and number one to one, and dnr only within matched items", () => {
    const agenda: Agenda = {
      committee: "socialnämnden",
      meetingDate: "2024-05-13",
      items: [
        item("1", "Val av justerare", []),
        item("6", "A Delårsrapport april", ["SN 2024/71"]),
        item("12", "Sjukfrånvaro", ["003-512/24"], "mbl19"),
        item("13", "Sida 2 av 9", ["SN 2024/1"]),
      ],
    };
    expect(scoreAgenda(agenda, key)).toEqual({
      items: { expected: 3, found: 4, matched: 2 },
      dnr: { expected: 3, found: 3, matched: 1 },
      classRight: 2,
      proceduralRight: 1,
      committeeRight: true,
      dateRight: false,
    });
  });
});
