// Writes the Word add-in's manifests and icons into dist/addin (after `vite build --mode addin`):
// manifest.dev.xml for https://localhost:3000/ always, manifest.xml for ADDIN_BASE_URL when it is set; and
// the message for webviews without ES modules into the built task pane page.
import "./messages";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { withLegacyEngineMessage } from "../../addin/ui/legacy-engine";
import { ICON_KINDS, ICON_SIZES, iconFileName, iconPng } from "./icons";
import { buildManifest, DEV_BASE_URL, officeVersion } from "./manifest";

const root = resolve(import.meta.dirname, "../..");
const out = join(root, "dist/addin");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

for (const kind of ICON_KINDS) {
  for (const size of ICON_SIZES) {
    const file = join(out, iconFileName(kind, size));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, iconPng(kind, size));
  }
}

const taskpane = join(out, "addin/ui/taskpane.html");
if (existsSync(taskpane)) writeFileSync(taskpane, withLegacyEngineMessage(readFileSync(taskpane, "utf8")));

const officeVer = officeVersion(version);
writeFileSync(
  join(out, "manifest.dev.xml"),
  buildManifest({ baseUrl: DEV_BASE_URL, version: officeVer, dev: true }),
);
const base = process.env.ADDIN_BASE_URL?.trim();
if (base) {
  writeFileSync(join(out, "manifest.xml"), buildManifest({ baseUrl: base, version: officeVer }));
  process.stdout.write(`manifest: dist/addin/manifest.xml for ${base}\n`);
} else {
  process.stdout.write(
    "manifest: ADDIN_BASE_URL is not set, so only dist/addin/manifest.dev.xml was written " +
      "(ADDIN_BASE_URL=https://… npm run build writes the production manifest.xml)\n",
  );
}
