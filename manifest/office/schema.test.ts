import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findXmllint } from "../../scripts/xmllint.mjs";
import { buildManifest, DEV_BASE_URL } from "./manifest";

// Microsoft's task-pane manifest schemas, kept beside the project in ../shared (see its README).
const XSD = resolve(import.meta.dirname, "../../../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd");
const xmllint = findXmllint();
const missing = !existsSync(XSD)
  ? "../shared/office-manifest-xsd"
  : !xmllint
    ? "xmllint (libxml2-utils)"
    : null;
if (missing) console.info(`skipped "Office manifest XSD": needs ${missing}`);

const dir = mkdtempSync(join(tmpdir(), "sp-manifest-xsd-"));
let files = 0;

/** xmllint's verdict on one manifest text: null when valid, else its first error line. */
function schemaError(xml: string): string | null {
  const file = join(dir, `manifest-${files++}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync(xmllint!, ["--noout", "--schema", XSD, file], { stdio: "pipe" });
    return null;
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
    return stderr.split("\n").find((line) => /error/i.test(line)) ?? stderr;
  }
}

const production = buildManifest({
  baseUrl: "https://intranat.kommun.se/samverkansprotokoll/",
  version: "1.2.3.0",
});
const dev = buildManifest({ baseUrl: DEV_BASE_URL, version: "0.1.0.0", dev: true });

describe.skipIf(missing !== null)("Office manifest XSD", () => {
  it("accepts the production and the dev manifest", () => {
    expect(schemaError(production)).toBeNull();
    expect(schemaError(dev)).toBeNull();
  });

  it("rejects a manifest whose ribbon group has no icon", () => {
    const broken = production.replace(/(<Group id="SP\.Group">[\s\S]*?)<Icon>[\s\S]*?<\/Icon>/, "$1");
    expect(broken).not.toBe(production);
    expect(schemaError(broken)).toMatch(/Element .*Control.*: This element is not expected/);
  });

  it("rejects Permissions placed before DefaultSettings", () => {
    const settings = production.match(/\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>/)![0];
    const broken = production.replace(settings, "").replace("</Permissions>", `</Permissions>${settings}`);
    expect(schemaError(broken)).toMatch(/Element .*Permissions.*: This element is not expected/);
  });

  it("rejects a short string longer than 125 characters and a resid longer than 32", () => {
    const long = production.replace(/(<bt:String id="[^"]+" DefaultValue=")[^"]*"/, `$1${"x".repeat(130)}"`);
    expect(schemaError(long)).toMatch(/attribute 'DefaultValue': \[facet 'maxLength'\]/);
    const resid = production.replace(/resid="Url\.Taskpane"/g, `resid="${"U".repeat(40)}"`);
    expect(schemaError(resid)).toMatch(/attribute 'resid': \[facet 'maxLength'\]/);
  });
});
