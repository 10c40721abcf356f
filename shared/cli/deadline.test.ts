import { describe, expect, it } from "vitest";
import { run } from "./main";

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { status, out: out.join(""), err: err.join("") };
}

describe("cli deadline", () => {
  it("prints the last day ten days after the negotiation ended", async () => {
    const result = await cli("deadline", "2024-02-13");
    expect(result.status).toBe(0);
    expect(result.out).toBe(
      "Sista dag att begära central förhandling: fredagen den 23 februari 2024\n10 dagar räknat från dagen efter 13 februari 2024.\n",
    );
  });

  it("explains a move past a holiday, and reads Swedish dates and --days", async () => {
    const result = await cli("deadline", "19", "mars", "2024");
    expect(result.out).toContain("tisdagen den 2 april 2024");
    expect(result.out).toContain(
      "Den sista dagen hade blivit fredagen den 29 mars 2024, som är långfredagen;",
    );
    const weekend = await cli("deadline", "--days", "3", "2024-02-14");
    expect(weekend.out).toContain("måndagen den 19 februari 2024");
    expect(weekend.out).toContain("som är lördag;");
  });

  it("exits 2 with one Swedish line on a bad date or day count", async () => {
    for (const [argv, text] of [
      [["deadline"], "Ange dagen då förhandlingen avslutades"],
      [["deadline", "30 februari 2024"], "Datumet ”30 februari 2024” kunde inte läsas"],
      [["deadline", "2024-02-13", "--days", "tio"], "--days måste vara ett heltal mellan 1 och 365"],
      [["deadline", "2024-02-13", "--days"], "--days måste vara ett heltal"],
      [["deadline", "2024-02-13", "--from", "justering"], "Okänt alternativ ”--from”"],
    ] as const) {
      const result = await cli(...argv);
      expect(result.status, argv.join(" ")).toBe(2);
      expect(result.err.trimEnd().split("\n")).toHaveLength(1);
      expect(result.err).toContain(text);
    }
  });
});
