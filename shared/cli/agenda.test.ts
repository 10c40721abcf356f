import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scannedPdf, zipBomb } from "../../test/fixtures/agenda/hostile";
import { cli, expectUsageError } from "../../test/harness/cli";

const root = resolve(import.meta.dirname, "../..");
const fixture = (name: string) => join(root, "test/fixtures/agenda", name);
const scratch = mkdtempSync(join(tmpdir(), "sp-agenda-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("agenda command", () => {
  it("prints the HTML fixture as the specified JSON", async () => {
    const result = await cli("agenda", fixture("table.html"), "--json");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["items", "committee", "meetingDate"]);
    expect(json.committee).toBe("Barn- och utbildningsnämnden");
    expect(json.meetingDate).toBe("2024-04-16");
    expect(json.items).toHaveLength(9);
    expect(json.items[2]).toEqual({
      number: "3",
      title: "Ekonomisk månadsuppföljning mars 2024",
      dnr: ["BUN 2024/88"],
      mbl: null,
      procedural: false,
      links: [],
    });
    // An absolute link survives without --url; relative ones point into the file system and are dropped.
    expect(json.items[4].links).toEqual([
      { text: "Förslag till yttrande", href: "https://diarium.kommun.example/arende/2024-17/yttrande.pdf" },
    ]);
  });

  it("resolves relative links against --url", async () => {
    const result = await cli(
      "agenda",
      "--url",
      "https://intra.kommun.example/bun/",
      fixture("table.html"),
      "--json",
    );
    expect(JSON.parse(result.out).items[2].links).toEqual([
      {
        text: "Tjänsteutlåtande",
        href: "https://intra.kommun.example/handlingar/bun-2024-88-tjansteutlatande.pdf",
      },
    ]);
  });

  it("reads the PDF and DOCX fixtures", async () => {
    const pdf = JSON.parse((await cli("agenda", fixture("agenda.pdf"), "--json")).out);
    expect(pdf.items.map((item: { number: string }) => item.number)).toEqual([
      "§ 21",
      "§ 22",
      "§ 23",
      "§ 24",
      "§ 25",
      "§ 26",
      "§ 27",
    ]);
    const docx = JSON.parse((await cli("agenda", fixture("agenda-numbered.docx"), "--json")).out);
    expect(docx.committee).toBe("Kommunstyrelsen");
    expect(docx.items[2]).toMatchObject({ number: "§ 46 a", title: "Uppföljning av intern kontroll" });
  });

  it("prints a readable Swedish list without --json", async () => {
    const result = await cli("agenda", fixture("mbl-groups.html"));
    expect(result.status).toBe(0);
    expect(result.out).toContain("Sammanträde: 2024-04-08");
    expect(result.out).toContain(
      "3\tOmorganisation av enheten för ekonomiskt bistånd (Dnr SN 2024/66, MBL § 11)",
    );
    expect(result.out).toContain("–\tMånadsrapport mars (MBL § 19)");
  });

  it("reads a windows-1252 page as its meta tag declares", async () => {
    const file = join(scratch, "ansi.html");
    const html =
      '<html><head><meta charset="windows-1252"></head><body><h1>Socialnämnden</h1><p>§ 7 Lönepolicy</p></body></html>';
    writeFileSync(file, Buffer.from(html, "latin1"));
    const json = JSON.parse((await cli("agenda", file, "--json")).out);
    expect(json.committee).toBe("Socialnämnden");
    expect(json.items[0]).toMatchObject({ number: "§ 7", title: "Lönepolicy" });
  });

  it("says so when a readable file has no agenda", async () => {
    const file = join(scratch, "tom.txt");
    writeFileSync(file, "Vi går igenom föredragningslistan.\n");
    const json = await cli("agenda", file, "--json");
    expect(json.status).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ items: [], committee: null, meetingDate: null });
    expect((await cli("agenda", file)).out).toContain("Inga ärenden hittades");
  });

  it("reads .txt and .md agendas, a windows-1252 .txt decoded, and says so when it decodes", async () => {
    const md = join(scratch, "lista.md");
    writeFileSync(md, "## Föredragningslista\n\n1. **Val av justerare**\n2. Budget 2025, dnr SN 2024/12\n");
    expect(
      JSON.parse((await cli("agenda", md, "--json")).out).items.map((item: { title: string }) => item.title),
    ).toEqual(["Val av justerare", "Budget 2025"]);
    const ansi = join(scratch, "ansi.txt");
    writeFileSync(ansi, Buffer.from("Socialnämnden\n§ 7 Lönepolicy för förvaltningen\n", "latin1"));
    const json = JSON.parse((await cli("agenda", ansi, "--json")).out);
    expect(json.committee).toBe("Socialnämnden");
    expect(json.items[0]).toMatchObject({ number: "§ 7", title: "Lönepolicy för förvaltningen" });
  });

  it("reads a meeting portal's JSON answer, and names the kallelse when the portal has no item list", async () => {
    const netpublicator = join(scratch, "read.json");
    writeFileSync(
      netpublicator,
      JSON.stringify({
        history: [{ text: "Handlingar" }, { text: "Socialnämnden" }, { text: "2024-05-21", type: "meeting" }],
        items: [
          { text: "1 Mötets öppnande", type: "channel" },
          { text: "2 Budget 2025 (SN 2024/12)", type: "channel" },
        ],
      }),
    );
    expect(JSON.parse((await cli("agenda", netpublicator, "--json")).out)).toMatchObject({
      committee: "Socialnämnden",
      meetingDate: "2024-05-21",
      items: [
        { number: "1", title: "Mötets öppnande" },
        { number: "2", title: "Budget 2025", dnr: ["SN 2024/12"] },
      ],
    });
    const lex = join(scratch, "getmeeting.json");
    writeFileSync(
      lex,
      JSON.stringify({
        unit: "Kulturnämnden",
        description: "KN/2025-03-11",
        documents: [{ description: "Kallelse KN 2025-03-11", type: { name: "Kallelse" } }],
      }),
    );
    const text = await cli("agenda", lex);
    expect(text.status).toBe(0);
    expect(text.out).toContain(
      "Lex2Publish visar föredragningslistan bara i kallelsen: öppna kallelsen (Kallelse KN 2025-03-11) och läs in den.",
    );
  });

  it("prints no control characters or terminal escapes from the file", async () => {
    const file = join(scratch, "escapes.txt");
    writeFileSync(file, "1 Budget\u001b[31m röd\u001b[0m\u0007 2025\n2 Taxor\u001b]0;titel\u0007 2026\n");
    const result = await cli("agenda", file);
    expect(result.out).toContain("1\tBudget röd 2025\n2\tTaxor 2026\n");
    expect(result.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("names every format in its usage", async () => {
    const usage = (await cli("agenda", "--help")).out;
    for (const format of [".html", ".htm", ".pdf", ".docx", ".txt", ".md", ".json"])
      expect(usage).toContain(format);
    expectUsageError(await cli("agenda"), "agenda <fil.html|.htm|.pdf|.docx|.txt|.md|.json>");
  });

  it("exits 2 with one Swedish line on unreadable input and bad arguments", async () => {
    const binary = join(scratch, "slump.txt");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)));
    expectUsageError(await cli("agenda", binary), "innehåller ingen läsbar text");
    const binaryPage = join(scratch, "slump.html");
    writeFileSync(
      binaryPage,
      Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 131 + 7) % 256)),
    );
    expectUsageError(await cli("agenda", binaryPage), "innehåller ingen läsbar text");
    const brokenJson = join(scratch, "trasig.json");
    writeFileSync(brokenJson, "{ inte json");
    expectUsageError(await cli("agenda", brokenJson), "är ingen JSON som kunde läsas");
    const otherJson = join(scratch, "annan.json");
    writeFileSync(otherJson, '{"hej": 1}');
    expectUsageError(await cli("agenda", otherJson), "inget svar från en känd mötesportal");
    const bomb = join(scratch, "bomb.docx");
    writeFileSync(bomb, await zipBomb(100 * 1024 * 1024));
    expectUsageError(await cli("agenda", bomb), "packas upp till mer än 64 MB");
    const brokenPdf = join(scratch, "trasig.pdf");
    writeFileSync(brokenPdf, "inte en pdf");
    const brokenDocx = join(scratch, "trasig.docx");
    writeFileSync(brokenDocx, "inte en docx");
    expectUsageError(await cli("agenda"), "Ange en fil");
    expectUsageError(await cli("agenda", join(scratch, "saknas.html")), "finns inte");
    expectUsageError(await cli("agenda", `${scratch}/`), "Filtypen");
    expectUsageError(await cli("agenda", fixture("generate.ts")), "Filtypen ”.ts” stöds inte");
    expectUsageError(await cli("agenda", brokenPdf), "PDF-filen");
    const scanned = join(scratch, "inskannad.pdf");
    writeFileSync(scanned, await scannedPdf(1));
    expectUsageError(await cli("agenda", scanned), "PDF-filen ”");
    expectUsageError(await cli("agenda", scanned), "innehåller ingen text (den är troligen inskannad)");
    expectUsageError(await cli("agenda", brokenDocx), "Word-filen");
    expectUsageError(await cli("agenda", fixture("table.html"), "--xml"), "Okänt alternativ ”--xml”");
    expectUsageError(await cli("agenda", fixture("table.html"), "extra.html"), "Oväntat argument");
    expectUsageError(await cli("agenda", fixture("table.html"), "--url", "javascript:x"), "--url");
  });
});

describe("agenda through the built CLI", () => {
  // Built into its own folder (under node_modules so the CLI's external packages resolve) so this test
  // neither races nor depends on other tests building dist/cli.js.
  const outDir = join(root, "node_modules/.cache/sp-agenda-cli");

  beforeAll(async () => {
    await build({ root, mode: "cli", logLevel: "silent", build: { outDir, emptyOutDir: true } });
  }, 120_000);

  it("piped into head, stops quietly: no stack trace, status 0", () => {
    const file = join(scratch, "lang.txt");
    writeFileSync(
      file,
      Array.from({ length: 400 }, (_, index) => `${index + 1} Ärende nummer ${index + 1}`).join("\n"),
    );
    const piped = spawnSync(
      "bash",
      [
        "-c",
        `"${process.execPath}" "${join(outDir, "cli.js")}" agenda "${file}" 2>"${file}.err" | head -n 2; echo "status \${PIPESTATUS[0]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(piped.stdout.trimEnd().split("\n")).toEqual(["Nämnd: okänd", "Sammanträde: okänd", "status 0"]);
    expect(readFileSync(`${file}.err`, "utf8")).toBe("");
  });

  it("prints JSON and exits 0, exits 2 with a Swedish line on a broken file", () => {
    const ok = spawnSync(
      process.execPath,
      [join(outDir, "cli.js"), "agenda", fixture("agenda.pdf"), "--json"],
      {
        encoding: "utf8",
      },
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).items[3]).toEqual({
      number: "§ 24",
      title: "Revidering av riktlinjer för handläggning av ekonomiskt bistånd",
      dnr: ["SN 2023/512"],
      mbl: null,
      procedural: false,
      links: [],
    });
    const broken = join(scratch, "trasig2.pdf");
    writeFileSync(broken, "%PDF-1.7 men sedan inget");
    const bad = spawnSync(process.execPath, [join(outDir, "cli.js"), "agenda", broken], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^PDF-filen .* kunde inte läsas: .*\n$/);
  });
});
