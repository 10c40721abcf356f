#!/usr/bin/env node
// `npm test`: unit, adapter, component and browser tests. The browser tests need the build and a Chromium.
import { spawnSync } from "node:child_process";

// A failing step ends npm test with that step's status, without a stack trace of this script.
const run = (command, args) => {
  const { status, signal } = spawnSync(command, args, { stdio: "inherit" });
  if (status !== 0) process.exit(status ?? (signal ? 1 : 0));
};

run("node", ["scripts/chromium.mjs", "--ensure"]);
run("node", ["scripts/xmllint.mjs", "--ensure"]);
run("node", ["scripts/build.mjs"]);
run("npx", ["vitest", "run", ...process.argv.slice(2)]);
