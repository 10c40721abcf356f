// Turns the Vite output in dist/extension/chrome into the three unpacked extensions: icons, _locales and a
// manifest per browser, all from one source (manifest.ts and the i18n catalogue). Run by scripts/build.mjs
// after the pages and content scripts are built.
import "./messages";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { t } from "../../shared/i18n/i18n";
import { iconPng } from "./icons";
import { MANAGED_SCHEMA_FILE, managedSchema } from "./managed-schema";
import { extensionManifest, ICON_SIZES, LOCALE_KEYS, TARGET_BROWSERS } from "./manifest";

const root = resolve(import.meta.dirname, "../..");
const out = join(root, "dist/extension");
const built = join(out, "chrome");

function writeJson(file: string, value: unknown) {
  mkdirSync(resolve(file, ".."), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

if (!existsSync(join(built, "service-worker.js")) || !existsSync(join(built, "content/clip.js"))) {
  throw new Error(
    "Build the extension pages and content scripts first (vite build --mode extension, content-*).",
  );
}

mkdirSync(join(built, "icons"), { recursive: true });
for (const size of ICON_SIZES) writeFileSync(join(built, `icons/icon-${size}.png`), iconPng(size));
for (const language of ["sv", "en"] as const) {
  const messages = Object.fromEntries(
    Object.entries(LOCALE_KEYS).map(([name, key]) => [name, { message: t(key, undefined, language) }]),
  );
  writeJson(join(built, `_locales/${language}/messages.json`), messages);
}
writeJson(join(built, MANAGED_SCHEMA_FILE), managedSchema);

const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
for (const browser of TARGET_BROWSERS) {
  const dir = join(out, browser);
  if (dir !== built) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(built, dir, { recursive: true });
  }
  writeJson(join(dir, "manifest.json"), extensionManifest(browser, version));
}
process.stdout.write(`extension: ${TARGET_BROWSERS.map((b) => `dist/extension/${b}`).join(", ")}\n`);
