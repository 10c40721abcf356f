import { describe, expect, it } from "vitest";
import type { Meeting } from "../model/meeting";
import { justeringProblems } from "./problems";

const meeting: Pick<Meeting, "roster" | "justerare"> = {
  roster: {
    employer: [{ name: "Lars Wennberg" }],
    unions: [
      { org: "kommunal", people: [{ name: "Charlotte Andersson" }] },
      { org: "vision", people: [{ name: "Mimmi Petrini" }] },
      { org: "ledarna", people: [] },
    ],
    absent: [{ org: "vardforbundet" }],
  },
  justerare: [
    { org: "arbetsgivaren", name: "Lars Wennberg" },
    { org: "kommunal", name: "Charlotte Andersson" },
  ],
};

describe("justering problems", () => {
  it("reports a present union without a justerare, in Swedish", () => {
    const problems = justeringProblems(meeting, []);
    expect(problems.map((p) => [p.kind, p.org])).toEqual([["missingJusterare", "vision"]]);
    expect(problems[0]?.message).toBe("Vision deltar i mötet men har ingen justerare.");
  });

  it("reports a disagreeing union without a justerare once, as the graver problem", () => {
    const problems = justeringProblems(meeting, [{ id: "d1", orgs: ["vision"], text: "x" }]);
    expect(problems.map((p) => [p.kind, p.org])).toEqual([["disagreementWithoutJusterare", "vision"]]);
  });

  it("reports two justerare for one party and is quiet when all is in order", () => {
    const doubled = {
      ...meeting,
      justerare: [...meeting.justerare, { org: "kommunal", name: "Piero Cima" }],
    };
    expect(justeringProblems(doubled, []).map((p) => p.kind)).toContain("duplicateJusterare");
    const complete = {
      ...meeting,
      justerare: [...meeting.justerare, { org: "vision", name: "Mimmi Petrini" }],
    };
    expect(justeringProblems(complete, [{ id: "d1", orgs: ["kommunal"], text: "x" }])).toEqual([]);
  });
});
