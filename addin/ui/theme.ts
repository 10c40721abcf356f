import type { OfficeThemeLike } from "../host/office-host";

export type { OfficeThemeLike };

/** Perceived lightness of a "#rrggbb" colour, 0–255. */
function lightness(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16)) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/**
 * Light or dark: Word's own theme when it tells us (a dark Office theme on a light OS is common), else the
 * system preference, followed live when it changes.
 */
export function applyTheme(root: HTMLElement, officeTheme?: OfficeThemeLike | null): void {
  const officeLightness = officeTheme?.bodyBackgroundColor
    ? lightness(officeTheme.bodyBackgroundColor)
    : null;
  if (officeLightness !== null) {
    root.dataset.theme = officeLightness < 128 ? "dark" : "light";
    return;
  }
  const query = globalThis.matchMedia?.("(prefers-color-scheme: dark)");
  const follow = () => {
    root.dataset.theme = query?.matches ? "dark" : "light";
  };
  follow();
  query?.addEventListener?.("change", follow);
}
