import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

const minutes = (ending: string) =>
  [
    "Protokoll samverkansgrupp 2025-04-02",
    "",
    "Närvarande",
    "Arbetsgivaren: Stina Hult, förvaltningschef (ordf.)",
    "Vision: Omar Sahin",
    "Kommunal: Greta Ljung",
    "",
    "§ 1 Ekonomi",
    "Arbetsgivaren informerade om budgeten. Vision ställde frågor om bemanningen.",
    "",
    ending,
  ].join("\n");

const names = (text: string) => analyseMinutes(text).justering.map((entry) => [entry.name, entry.org]);

describe("the chair's signature beside the justerare", () => {
  it("takes the chair over the name, with the party the roster gives", () => {
    const text = minutes("Ordförande\nStina Hult\n\nJusterare\nOmar Sahin, Vision\nGreta Ljung, Kommunal");
    expect(names(text)).toEqual([
      ["Stina Hult", "arbetsgivaren"],
      ["Omar Sahin", "vision"],
      ["Greta Ljung", "kommunal"],
    ]);
  });

  it("takes the chair on its label's line, a signing rule or the next column after the name", () => {
    const ruled = minutes(
      "Justering\nOrdförande: Stina Hult ..........\nJusterare: Omar Sahin, Vision ..........",
    );
    expect(names(ruled)).toEqual([
      ["Stina Hult", "arbetsgivaren"],
      ["Omar Sahin", "vision"],
    ]);
    const gapped = minutes("Justeras: Omar Sahin, Vision\nOrdförande:   Stina Hult      Signerat 2025-04-05");
    expect(names(gapped)).toEqual([
      ["Omar Sahin", "vision"],
      ["Stina Hult", "arbetsgivaren"],
    ]);
  });

  it("takes no chair away from any justering, nor the secretary, nor the chair's own signature label", () => {
    expect(names(minutes("Vid protokollet\nGreta Ljung\n\nOrdförande\nStina Hult"))).toEqual([]);
    expect(names(minutes("Justeras: Omar Sahin, Vision\nOrdförandes underskrift: Stina Hult"))).toEqual([
      ["Omar Sahin", "vision"],
    ]);
  });

  it("reads an e-mail justering announced in the perfect, a date after each name and a quoted note", () => {
    const text = minutes(
      'Anteckningarna har justerats via e-post:\nStina Hult, förvaltningschef, 2025-04-04\nOmar Sahin, Vision, 2025-04-05, "med reservation under § 1"',
    );
    expect(analyseMinutes(text).justering.map(({ name, org, note }) => ({ name, org, note }))).toEqual([
      { name: "Stina Hult", org: "arbetsgivaren", note: null },
      { name: "Omar Sahin", org: "vision", note: "med reservation under § 1" },
    ]);
  });
});
