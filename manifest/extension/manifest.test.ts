import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { t } from "../../shared/i18n/i18n";
import { crc32 } from "../png";
import { iconPng } from "./icons";
import { managedSchema } from "./managed-schema";
import { extensionManifest, ICON_SIZES, LOCALE_KEYS, TARGET_BROWSERS } from "./manifest";

/** Chrome's rules for a managed schema: every schema has exactly one of `type` and `$ref`. */
function schemasWithoutOneType(schema: Record<string, unknown>, path = "$"): string[] {
  const own = ("type" in schema ? 1 : 0) + ("$ref" in schema ? 1 : 0) === 1 ? [] : [path];
  const children = [
    ...Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>).map(
      ([name, child]) => schemasWithoutOneType(child, `${path}.${name}`),
    ),
    ...(schema.items ? [schemasWithoutOneType(schema.items as Record<string, unknown>, `${path}[]`)] : []),
  ];
  return [...own, ...children.flat()];
}

describe("extension manifest", () => {
  it("runs the background as a module service worker in Chrome and Edge, as a background script in Firefox", () => {
    for (const browser of ["chrome", "edge"] as const) {
      const manifest = extensionManifest(browser, "1.2.3");
      expect(manifest.background).toEqual({ service_worker: "service-worker.js", type: "module" });
      expect(manifest.browser_specific_settings).toBeUndefined();
    }
    const firefox = extensionManifest("firefox", "1.2.3");
    expect(firefox.background).toEqual({ scripts: ["service-worker.js"], type: "module" });
    expect(firefox.browser_specific_settings).toMatchObject({
      gecko: { id: expect.stringContaining("@"), strict_min_version: expect.stringMatching(/^\d+\.0$/) },
    });
  });

  it("asks for the minimal permissions and no host access up front", () => {
    for (const browser of TARGET_BROWSERS) {
      const manifest = extensionManifest(browser, "1.0.0");
      expect(manifest.permissions).toEqual(["activeTab", "scripting", "storage", "contextMenus"]);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.content_scripts).toBeUndefined();
      expect(manifest.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
      expect(manifest.content_security_policy).toEqual({
        extension_pages: "script-src 'self'; object-src 'none'",
      });
    }
  });

  it("declares the policy presetting the add-in's addresses as a managed schema Chrome accepts", () => {
    for (const browser of TARGET_BROWSERS) {
      expect(extensionManifest(browser, "1.0.0").storage).toEqual({ managed_schema: "managed_schema.json" });
    }
    expect(managedSchema.type).toBe("object");
    expect(managedSchema).not.toHaveProperty("additionalProperties");
    expect(Object.keys(managedSchema.properties)).toEqual(["addinUrls"]);
    expect(managedSchema.properties.addinUrls).toMatchObject({ type: "array", items: { type: "string" } });
    expect(schemasWithoutOneType(managedSchema)).toEqual([]);
  });

  it("differs between browsers only in the background and Firefox's settings", () => {
    const strip = (m: Record<string, unknown>) => {
      const { background: _b, browser_specific_settings: _s, ...rest } = m;
      return rest;
    };
    const chrome = strip(extensionManifest("chrome", "1.0.0"));
    for (const browser of TARGET_BROWSERS) expect(strip(extensionManifest(browser, "1.0.0"))).toEqual(chrome);
  });

  it("has every __MSG_ key in the locales, within Chrome's length limits, in Swedish by default", () => {
    const manifest = extensionManifest("chrome", "1.0.0");
    expect(manifest.default_locale).toBe("sv");
    const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(2);
    for (const name of used) expect(Object.keys(LOCALE_KEYS)).toContain(name);
    for (const language of ["sv", "en"] as const) {
      expect(t(LOCALE_KEYS.extName, undefined, language).length).toBeLessThanOrEqual(45);
      expect(t(LOCALE_KEYS.extDescription, undefined, language).length).toBeLessThanOrEqual(132);
    }
  });

  it("has a keyboard command for clipping the selection and for opening the popup", () => {
    const commands = extensionManifest("firefox", "1.0.0").commands as Record<
      string,
      { suggested_key: object }
    >;
    expect(Object.keys(commands).sort()).toEqual(["_execute_action", "clip-selection"]);
    for (const command of Object.values(commands)) expect(command.suggested_key).toHaveProperty("default");
  });
});

describe("icons", () => {
  it("are valid RGBA PNGs of each size with opaque and transparent pixels", () => {
    for (const size of ICON_SIZES) {
      const png = iconPng(size);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.toString("ascii", 12, 16)).toBe("IHDR");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
      // Every chunk's CRC is right and the pixels inflate to the expected size.
      let offset = 8;
      const idat: Buffer[] = [];
      while (offset < png.length) {
        const length = png.readUInt32BE(offset);
        const body = png.subarray(offset + 4, offset + 8 + length);
        expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(body));
        if (body.toString("ascii", 0, 4) === "IDAT") idat.push(body.subarray(4));
        offset += 12 + length;
      }
      const rows = inflateSync(Buffer.concat(idat));
      expect(rows.length).toBe(size * (size * 4 + 1));
      const alphas = new Set<number>();
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++) alphas.add(rows[y * (size * 4 + 1) + 1 + x * 4 + 3]!);
      expect(alphas).toEqual(new Set([0, 255]));
    }
  });
});
