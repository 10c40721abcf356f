import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./source-graph";

const { dependencies = {}, devDependencies = {} } = JSON.parse(
  readFileSync(join(ROOT, "package.json"), "utf8"),
) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

it("suggests only `npx` tools the project installs (npm start and the sideloading guide)", () => {
  const installed = new Set([...Object.keys(dependencies), ...Object.keys(devDependencies)]);
  const suggested = ["scripts/start.mjs", "docs/sideloading.md", "README.md"].flatMap((file) =>
    [...readFileSync(join(ROOT, file), "utf8").matchAll(/\bnpx\s+([@a-z0-9][\w@/.-]*)/g)].map((m) => m[1]!),
  );
  // `npx playwright install chromium` is scripts/chromium.mjs's last resort, fetched by npx on purpose.
  expect(suggested.filter((tool) => !installed.has(tool) && tool !== "playwright")).toEqual([]);
});
