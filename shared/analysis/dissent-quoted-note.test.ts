import { describe, expect, it } from "vitest";
import { analyseMinutes } from "./analyse";

// Round 20 (blind 25 showed both classes), invented text: dissent in a relative clause on another meeting the
// sentence names, and a note that quotes its own dissent, which records it as the note and in its words.
const dissent = (text: string) => analyseMinutes(text).disagreements.map((d) => [d.orgs, d.text]);
const minutes = (body: string) =>
  `Protokoll från förvaltningens samverkansgrupp\nDatum: 2025-09-10\n\n§ 1 Ny bemanning i kök och städ\n${body}`;

describe("dissent in a relative clause on another meeting", () => {
  it("takes no dissent of a meeting named after a preposition and described by its relative clause", () => {
    const lines = [
      "Ordföranden påminde om att schemat togs upp vid den förhandling som hölls i augusti, och som slutade i oenighet med Kommunal.",
      "Frågan hanterades på det möte som ägde rum den 2 september och som avslutades i oenighet med Vision.",
      "Bemanningen diskuterades under överläggningen som sedan avslutades i oenighet med Seko.",
    ];
    expect(lines.flatMap((line) => dissent(minutes(line)))).toEqual([]);
  });

  it("still reads a union described by its relative clause as dissenting", () => {
    expect(
      dissent(minutes("Vision, som inte ställer sig bakom förslaget, begär att frågan utreds.")),
    ).toEqual([[["vision"], "Vision, som inte ställer sig bakom förslaget, begär att frågan utreds."]]);
  });
});

describe("a note that quotes its own dissent", () => {
  it("records the note and the quoted dissent", () => {
    expect(
      dissent(
        minutes(
          "Kommunal lämnade följande protokollsanteckning: ”Kommunal står inte bakom den nya bemanningen. Förbundet anser att köket blir för sårbart.”",
        ),
      ),
    ).toEqual([
      [
        ["kommunal"],
        "Kommunal lämnade följande protokollsanteckning: ”Kommunal står inte bakom den nya bemanningen.",
      ],
      [["kommunal"], "Kommunal står inte bakom den nya bemanningen."],
    ]);
  });

  it("records a note once where its quoted words hold no dissent", () => {
    expect(
      dissent(
        minutes(
          "Seko lämnade följande protokollsanteckning: ”Seko anser att städet behöver fler timmar på helger.”",
        ),
      ),
    ).toEqual([
      [
        ["seko"],
        "Seko lämnade följande protokollsanteckning: ”Seko anser att städet behöver fler timmar på helger.”",
      ],
    ]);
  });
});
