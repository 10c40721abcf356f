#!/usr/bin/env node
// `npm run screenshots`: rebuilds and runs the browser tests that take the README's screenshots, writing
// them into docs/ instead of dist/screenshots/ (see test/e2e/helpers/screenshots.ts).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = "test/e2e";
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".e2e.test.ts"))
  .map((name) => join(dir, name))
  .filter((file) => readFileSync(file, "utf8").includes("screenshotPath("));
const run = (command, args, env = process.env) => execFileSync(command, args, { stdio: "inherit", env });

run("node", ["scripts/chromium.mjs", "--ensure"]);
run("node", ["scripts/build.mjs"]);
run("npx", ["vitest", "run", "--project", "browser", ...files], { ...process.env, SP_SCREENSHOTS: "docs" });
