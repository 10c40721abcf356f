import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inflateSync } from "node:zlib";
import { DOMParser } from "linkedom";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, expect, it } from "vitest";
import { ICON_KINDS, ICON_SIZES, iconPng } from "./icons";
import {
  ADDIN_ID,
  buildManifest,
  COMMAND_FUNCTIONS,
  DEV_BASE_URL,
  normaliseBaseUrl,
  officeVersion,
  PAGES,
} from "./manifest";

const PROD = "https://intranat.example.se/samverkansprotokoll/";
const prodXml = buildManifest({ baseUrl: PROD, version: "1.2.3.0" });
const devXml = buildManifest({ baseUrl: DEV_BASE_URL, version: "1.2.3.0", dev: true });
const parse = (xml: string) => new DOMParser().parseFromString(xml, "text/xml");
const all = (doc: ReturnType<typeof parse>, selector: string) => [...doc.querySelectorAll(selector)];

function urlsIn(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1] as string);
}

describe("Office manifest", () => {
  it("is well-formed XML that office-addin-manifest reads back (offline)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sp-manifest-")), "manifest.xml");
    writeFileSync(file, prodXml);
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info.id).toBe(ADDIN_ID);
    expect(info.version).toBe("1.2.3.0");
    expect(info.defaultLocale).toBe("sv-SE");
    expect(info.displayName).toBe("Samverkansprotokoll");
    expect(info.hosts).toEqual(["Document"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.defaultSettings?.sourceLocation).toBe(`${PROD}${PAGES.taskpane}`);
  });

  it("rejects malformed XML in the same reader (so the check above can fail)", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "sp-manifest-")), "manifest.xml");
    writeFileSync(file, prodXml.replace("</Hosts>", ""));
    await expect(OfficeAddinManifest.readManifestFile(file)).rejects.toThrow();
  });

  it("points every URL at the base URL given, and the dev manifest at https://localhost:3000/", () => {
    expect(urlsIn(prodXml).length).toBeGreaterThan(10);
    expect(urlsIn(prodXml).every((url) => url.startsWith(PROD))).toBe(true);
    expect(urlsIn(devXml).every((url) => url.startsWith("https://localhost:3000/"))).toBe(true);
    expect(devXml).toContain("Samverkansprotokoll (utveckling)");
    expect(prodXml).not.toContain("utveckling");
  });

  it("resolves every resid to exactly one resource, uses every resource, and keeps ids unique", () => {
    const doc = parse(prodXml);
    const resources = all(doc, "Resources [id]").map((e) => e.getAttribute("id"));
    expect(new Set(resources).size).toBe(resources.length);
    const used = new Set(all(doc, "[resid]").map((e) => e.getAttribute("resid")));
    expect([...used].filter((id) => !resources.includes(id))).toEqual([]);
    expect(resources.filter((id) => !used.has(id))).toEqual([]);
    const controlIds = all(doc, "Control[id], Item[id], Group[id]").map((e) => e.getAttribute("id"));
    expect(new Set(controlIds).size).toBe(controlIds.length);
  });

  it("keeps strings within Office's limits, in Swedish with English overrides", () => {
    const doc = parse(prodXml);
    for (const [group, max] of [
      ["bt:ShortStrings", 125],
      ["bt:LongStrings", 250],
    ] as const) {
      const strings = [...(doc.getElementsByTagName(group)[0]?.getElementsByTagName("bt:String") ?? [])];
      expect(strings.length).toBeGreaterThan(0);
      for (const s of strings) {
        expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(max);
        const override = s.getElementsByTagName("bt:Override")[0];
        expect(override?.getAttribute("Locale")).toBe("en-US");
        expect(override!.getAttribute("Value")!.length).toBeLessThanOrEqual(max);
      }
    }
  });

  it("puts the pane and both mark commands on the Home tab and both commands in the text context menu", () => {
    const doc = parse(prodXml);
    const home = doc.querySelector('OfficeTab[id="TabHome"]')!;
    const buttons = [...home.querySelectorAll('Control[xsi\\:type="Button"], Control')];
    expect(buttons.map((b) => b.getAttribute("id"))).toEqual([
      "SP.OpenPane",
      "SP.MarkStatement",
      "SP.MarkOenighet",
    ]);
    expect(home.querySelector("TaskpaneId")?.textContent).toBe("SP.Taskpane");
    const menu = doc.querySelector('OfficeMenu[id="ContextMenuText"]')!;
    expect([...menu.querySelectorAll("Item FunctionName")].map((f) => f.textContent)).toEqual([
      COMMAND_FUNCTIONS.markStatement,
      COMMAND_FUNCTIONS.markDisagreement,
    ]);
    expect([...home.querySelectorAll("FunctionName")].map((f) => f.textContent)).toEqual(
      Object.values(COMMAND_FUNCTIONS),
    );
  });

  it("accepts only https base URLs and normalises the trailing slash and version", () => {
    expect(normaliseBaseUrl("https://a.example/x")).toBe("https://a.example/x/");
    expect(() => normaliseBaseUrl("http://a.example/")).toThrow(/https/);
    expect(() => normaliseBaseUrl("inte en adress")).toThrow(/not a URL/);
    expect(() => normaliseBaseUrl("https://a.example/?q=1")).toThrow(/query/);
    expect(officeVersion("0.1.0")).toBe("0.1.0.0");
    expect(officeVersion("2.10.3-beta.1")).toBe("2.10.3.0");
  });

  it("escapes a base URL so it cannot break out of the attribute", () => {
    const xml = buildManifest({ baseUrl: 'https://a.example/"><x>/', version: "1.0.0.0" });
    expect(xml).not.toContain('"><x>');
  });
});

describe("icons", () => {
  it.each(ICON_KINDS.flatMap((kind) => ICON_SIZES.map((size) => [kind, size] as const)))(
    "%s at %i px is an RGBA PNG of that size with opaque and see-through pixels",
    (kind, size) => {
      const png = iconPng(kind, size);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
      const idatLength = png.readUInt32BE(33);
      const rows = inflateSync(png.subarray(41, 41 + idatLength));
      const alphas = [];
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++) alphas.push(rows[y * (size * 4 + 1) + 1 + x * 4 + 3]!);
      expect(alphas.some((a) => a === 255)).toBe(true);
      expect(alphas.some((a) => a < 128)).toBe(true);
    },
  );
});

describe("build output (npm run build)", () => {
  const out = resolve(import.meta.dirname, "../../dist/addin");
  it("has every page and icon the dev manifest references", () => {
    const file = join(out, "manifest.dev.xml");
    expect(existsSync(file), "dist/addin/manifest.dev.xml is missing: run npm run build first").toBe(true);
    const xml = readFileSync(file, "utf8");
    const paths = [...new Set(urlsIn(xml).map((url) => new URL(url).pathname.slice(1)))];
    expect(paths).toEqual(expect.arrayContaining([PAGES.taskpane, PAGES.commands]));
    expect(paths.filter((path) => !existsSync(join(out, path)))).toEqual([]);
  });
});
