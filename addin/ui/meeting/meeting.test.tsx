import { beforeEach, describe, expect, it } from "vitest";
import type { Meeting } from "../../../shared/model/meeting";
import { emptyMeeting, groupKey, loadLastMeeting, localToday, reuseFromLast, saveLastMeeting } from "./draft";
import { normaliseMeeting } from "./normalise";

beforeEach(() => localStorage.clear());

const base = (patch: Partial<Meeting> = {}): Meeting => ({ ...emptyMeeting("2024-02-13"), ...patch });

describe("normaliseMeeting", () => {
  it("trims names and drops rows that were added but never filled in", () => {
    const clean = normaliseMeeting(
      base({
        chair: { name: "  " },
        secretary: { name: " Eva Berg ", title: " " },
        roster: {
          employer: [
            { name: "", title: "HR-chef" },
            { name: " Anna Ek ", title: " förvaltningschef " },
          ],
          unions: [
            { org: "kommunal", people: [{ name: " " }] },
            { org: "vision", people: [{ name: "Per Holm" }, { name: "" }] },
          ],
          absent: [{ org: "", name: " " }, { org: "ssr" }, { name: " Li Wu " }],
        },
        justerare: [
          { org: "vision", name: " Per Holm " },
          { org: "kommunal", name: "" },
        ],
      }),
    );
    expect(clean.chair).toBeUndefined();
    expect(clean.secretary).toEqual({ name: "Eva Berg" });
    expect(clean.roster.employer).toEqual([{ name: "Anna Ek", title: "förvaltningschef" }]);
    expect(clean.roster.unions).toEqual([{ org: "vision", people: [{ name: "Per Holm" }] }]);
    expect(clean.roster.absent).toEqual([
      { org: "ssr", name: undefined },
      { org: undefined, name: "Li Wu" },
    ]);
    expect(clean.justerare).toEqual([{ org: "vision", name: "Per Holm" }]);
  });
});

describe("last meeting of a group", () => {
  it("keeps groups apart by type and name, case-insensitively", () => {
    expect(groupKey(base({ groupName: "FSG Soc" }))).toBe(groupKey(base({ groupName: " fsg soc " })));
    expect(groupKey(base({ groupName: "FSG Soc" }))).not.toBe(groupKey(base({ groupName: "FSG Utb" })));
    expect(groupKey(base({ type: "skyddskommitte", groupName: "X" }))).not.toBe(
      groupKey(base({ groupName: "X" })),
    );
  });

  it("finds the group's last meeting, else the last one of the same type", () => {
    const soc = base({ groupName: "FSG Soc", place: "Rum 1" });
    const utb = base({ groupName: "FSG Utb", place: "Rum 2" });
    saveLastMeeting(soc);
    saveLastMeeting(utb);
    expect(loadLastMeeting(base({ groupName: "FSG Soc" }))?.place).toBe("Rum 1");
    expect(loadLastMeeting(base())?.place).toBe("Rum 2");
    expect(loadLastMeeting(base({ type: "mbl-forhandling" }))).toBeNull();
  });

  it("carries people and standing facts over, never this meeting's date, number, outcome, förhinder or justerare", () => {
    const last = base({
      date: "2024-01-16",
      protocolNumber: "1/2024",
      place: "Rum 1",
      chair: { name: "Anna Ek" },
      roster: { employer: [{ name: "Anna Ek" }], unions: [], absent: [{ org: "vision" }] },
      justerare: [{ org: "arbetsgivaren", name: "Anna Ek" }],
      negotiation: { endedOn: "2024-01-16", result: "oenighet" },
    });
    const next = reuseFromLast(base({ protocolNumber: "2/2024", place: "Rum 9" }), last);
    expect(next.date).toBe("2024-02-13");
    expect(next.protocolNumber).toBe("2/2024");
    expect(next.place).toBe("Rum 9");
    expect(next.negotiation).toBeUndefined();
    expect(next.chair).toEqual({ name: "Anna Ek" });
    expect(next.justerare).toEqual([]);
    expect(next.roster.absent).toEqual([]);
    next.roster.employer.push({ name: "Ny" });
    expect(last.roster.employer).toHaveLength(1);
  });
});

describe("localToday", () => {
  it("uses the local calendar date", () => {
    expect(localToday(new Date(2024, 1, 3, 0, 30))).toBe("2024-02-03");
  });
});
