#!/usr/bin/env node
// `npm test`: unit, adapter, component and browser tests. The browser tests need the build and a Chromium.
import { execFileSync } from "node:child_process";

const run = (command, args) => execFileSync(command, args, { stdio: "inherit" });

run("node", ["scripts/chromium.mjs", "--ensure"]);
run("node", ["scripts/xmllint.mjs", "--ensure"]);
run("node", ["scripts/build.mjs"]);
run("npx", ["vitest", "run", ...process.argv.slice(2)]);
