#!/usr/bin/env node
// Finds xmllint for validating the Office manifests against Microsoft's XSDs. With `--ensure` it installs
// Debian's libxml2-utils when it is missing and we are root, as scripts/chromium.mjs does for Chromium;
// without it the schema tests skip with one line, so this never stops `npm test`.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

export function findXmllint() {
  for (const candidate of ["/usr/bin/xmllint", "/usr/local/bin/xmllint"])
    if (existsSync(candidate)) return candidate;
  try {
    return execFileSync("which", ["xmllint"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href && process.argv.includes("--ensure")) {
  if (!findXmllint() && process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("xmllint saknas: installerar Debians paket libxml2-utils …");
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "-qq", "libxml2-utils"], {
        stdio: "inherit",
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    } catch {
      // the schema tests say so and skip
    }
  }
  const found = findXmllint();
  console.log(
    found
      ? `xmllint: ${found}`
      : "xmllint saknas: manifestens schemakontroll hoppas över (apt-get install libxml2-utils).",
  );
}
