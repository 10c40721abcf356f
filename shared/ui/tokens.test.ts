import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(resolve(import.meta.dirname, "../..", path), "utf8");

/** Luminance contrast of two "#rrggbb" colours (WCAG 2.x). */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Each colour token as [light, dark]. */
function colourTokens(): Record<string, [string, string]> {
  const css = read("shared/ui/tokens.css");
  return Object.fromEntries(
    [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((m) => [
      m[1]!,
      [m[2]!, m[3]!],
    ]),
  );
}

describe("design tokens (shared/ui/tokens.css)", () => {
  it("gives every colour a light and a dark value", () => {
    const css = read("shared/ui/tokens.css");
    const colours = [...css.matchAll(/(--[\w-]+):\s*[^;]*#[0-9a-f]{3,6}/gi)].map((m) => m[1]);
    expect(colours.length).toBeGreaterThan(15);
    expect(Object.keys(colourTokens()).sort()).toEqual([...colours].sort());
  });

  it("keeps text at 4.5:1 or more on every background it stands on, light and dark", () => {
    const tokens = colourTokens();
    // --bg-3 is the hover and disabled background: only the plain text colours stand on it.
    const pairs = [
      ...["--fg", "--fg-2", "--fg-3", "--brand", "--danger-fg", "--success-fg"].flatMap((text) =>
        ["--bg", "--bg-2", ...(text.startsWith("--fg") ? ["--bg-3"] : [])].map((background) => [
          text,
          background,
        ]),
      ),
      ["--on-brand", "--brand"],
      ["--danger-fg", "--danger-bg"],
      ["--warning-fg", "--warning-bg"],
    ] as [string, string][];
    const failing = (["light", "dark"] as const).flatMap((scheme, i) =>
      pairs
        .map(
          ([text, background]) =>
            [text, background, contrast(tokens[text]![i]!, tokens[background]![i]!)] as const,
        )
        .filter(([, , ratio]) => ratio < 4.5)
        .map(([text, background, ratio]) => `${scheme} ${text} on ${background}: ${ratio.toFixed(2)}`),
    );
    expect(failing).toEqual([]);
  });

  it("is what the popup and the options page are styled with", () => {
    expect(read("extension/ui/extension.css")).toMatch(
      /^@import "\.\.\/\.\.\/shared\/ui\/tokens\.css";\n@import "\.\.\/\.\.\/shared\/ui\/controls\.css";/m,
    );
  });
});
