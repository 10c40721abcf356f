import { describe, expect, it } from "vitest";
import { mergedDelegations } from "./roster";

describe("mergedDelegations", () => {
  it("lists each union once, in the order first entered, its people in the order entered", () => {
    expect(
      mergedDelegations([
        { org: "vision", people: [{ name: "Mimmi Petrini" }] },
        { org: "kommunal", people: [{ name: "Charlotte Andersson" }] },
        { org: "vision", people: [{ name: "Per Holm" }] },
        { org: "kommunal", people: [{ name: "Piero Cima" }] },
      ]),
    ).toEqual([
      { org: "vision", people: [{ name: "Mimmi Petrini" }, { name: "Per Holm" }] },
      { org: "kommunal", people: [{ name: "Charlotte Andersson" }, { name: "Piero Cima" }] },
    ]);
  });

  it("does not change the delegations it is given", () => {
    const rows = [
      { org: "ssr", people: [{ name: "A" }] },
      { org: "ssr", people: [{ name: "B" }] },
    ];
    mergedDelegations(rows);
    expect(rows[0]?.people).toEqual([{ name: "A" }]);
  });
});
