import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { extractAgendaFromText } from "./extract";

// The real minutes in ../shared/examples/minutes (outside the repository; skipped where absent). They are
// minutes, not agendas, but their numbered headings are the agenda as it was held.
const dir = resolve(import.meta.dirname, "../../../shared/examples/minutes");
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".txt")) : [];
const read = (name: string) => readFileSync(join(dir, name), "utf8");

describe.skipIf(files.length === 0)("real minutes as plain text", () => {
  it("never throws and finds at most one item per line", () => {
    for (const name of files) {
      const text = read(name);
      const agenda = extractAgendaFromText(text);
      expect(agenda.items.length).toBeLessThanOrEqual(text.split("\n").length);
    }
  });

  it("reads the förvaltningsgrupp's numbered points and the MBL § 11 item with its dnr", () => {
    const name = files.find((file) => read(file).includes("Dataskyddsombudets årsrapport"));
    expect(name).toBeDefined();
    const agenda = extractAgendaFromText(read(name!));
    const numbered = agenda.items.filter((item) => item.number !== null);
    expect(numbered.map((item) => item.number)).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    expect(numbered.slice(0, 3).map((item) => item.title)).toEqual([
      "Mötets öppnande",
      "Godkännande av dagordningen",
      "Val av justerare",
    ]);
    expect(agenda.items.find((item) => item.number === null)).toEqual({
      number: null,
      title: "Dataskyddsombudets årsrapport Januari 2024",
      dnr: ["HÅ 2023/776"],
      mbl: "mbl11",
      procedural: false,
      links: [],
    });
    expect(agenda.meetingDate).toBe("2024-02-13");
  });
});
