import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, expectUsageError } from "../../test/harness/cli";
import { importTemplate } from "../templates/io";
import { builtinTemplates, templateById } from "../templates/registry";
import { commands } from "./main";

describe("cli run()", () => {
  it("registers each subcommand once", () => {
    expect(Object.keys(commands)).toEqual(expect.arrayContaining(["templates", "template"]));
  });

  it("lists the templates by id and name", async () => {
    const result = await cli("templates");
    expect(result.status).toBe(0);
    const rows = result.out.trimEnd().split("\n");
    expect(rows).toHaveLength(builtinTemplates.length);
    builtinTemplates.forEach((template, index) => {
      expect(rows[index]).toMatch(new RegExp(`^${template.id}\\s+${template.name}$`));
    });
  });

  it("prints a template as JSON that imports back unchanged", async () => {
    const result = await cli("template", "forvaltningsgrupp", "--json");
    expect(result.status).toBe(0);
    expect(importTemplate(result.out)).toEqual({ ok: true, template: templateById("forvaltningsgrupp") });
    expect((await cli("template", "--json", "mbl-forhandling")).out).toContain('"id": "mbl-forhandling"');
  });

  it("prints a template as an outline without --json", async () => {
    const result = await cli("template", "forvaltningsgrupp");
    expect(result.status).toBe(0);
    expect(result.out).toContain("3 Val av justerare");
    expect(result.out).toContain("  Avser samverkan som motsvarar MBL § 11\n");
  });

  it("prints help listing every command", async () => {
    const result = await cli("--help");
    expect(result.status).toBe(0);
    for (const command of Object.values(commands)) expect(result.out).toContain(command.usage);
    expect(result.out).toContain("Användning:");
    expect((await cli("template", "--help")).out).toContain("template <id> [--json]");
  });

  it("exits 2 with one Swedish line on bad arguments", async () => {
    expectUsageError(await cli(), "Inget kommando angivet");
    expectUsageError(await cli("frobnicate"), "Okänt kommando ”frobnicate”");
    expectUsageError(await cli("toString"), "Okänt kommando ”toString”");
    expectUsageError(await cli("template"), "Ange mallens id");
    expectUsageError(await cli("template", "finns-inte"), "Det finns ingen mall med id ”finns-inte”");
    expectUsageError(await cli("template", "fsg-vsg", "--xml"), "Okänt alternativ ”--xml”");
    expectUsageError(await cli("template", "fsg-vsg", "extra"), "Oväntat argument ”extra”");
    expectUsageError(await cli("templates", "extra"), "Oväntat argument ”extra”");
  });
});

const root = resolve(import.meta.dirname, "../..");
const built = join(root, "dist/cli.js");

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return newestSource(path);
      return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? statSync(path).mtimeMs : 0;
    }),
  );
}

describe("built cli (node dist/cli.js)", () => {
  beforeAll(() => {
    // Build only when missing or older than the shared sources, so a normal `npm test` reuses its build.
    if (!existsSync(built) || statSync(built).mtimeMs < newestSource(join(root, "shared"))) {
      execFileSync("npx", ["vite", "build", "--mode", "cli", "--logLevel", "warn"], {
        cwd: root,
        stdio: "pipe",
      });
    }
  }, 120_000);

  it("lists templates and exits 0", () => {
    const result = spawnSync(process.execPath, [built, "templates"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("forvaltningsgrupp");
  });

  it("exits 2 with a Swedish message for an unknown template", () => {
    const result = spawnSync(process.execPath, [built, "template", "finns-inte", "--json"], {
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Det finns ingen mall med id ”finns-inte”.*\n$/);
  });
});
