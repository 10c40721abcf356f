#!/usr/bin/env node
// Builds every part: each Vite target of vite.config.ts, then the per-browser extension folders and the
// Office manifests. Content scripts are built one at a time because each must be a single classic script.
import { execFileSync } from "node:child_process";

const vite = (mode) =>
  execFileSync("npx", ["vite", "build", "--mode", mode, "--logLevel", "warn"], { stdio: "inherit" });

const steps = [
  ["cli", () => vite("cli")],
  ["trial page (pane + Word test double)", () => vite("trial")],
  ["Word add-in (task pane + commands)", () => vite("addin")],
  [
    "Office manifests and icons (ADDIN_BASE_URL for the production manifest)",
    () => execFileSync("npx", ["tsx", "manifest/office/build.ts"], { stdio: "inherit" }),
  ],
  ["extension pages", () => vite("extension")],
  ["content script clip", () => vite("content-clip")],
  ["content script bridge", () => vite("content-bridge")],
  [
    "extension manifests",
    () => execFileSync("npx", ["tsx", "manifest/extension/build.ts"], { stdio: "inherit" }),
  ],
];

for (const [name, run] of steps) {
  process.stdout.write(`build: ${name}\n`);
  run();
}
