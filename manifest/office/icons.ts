import { drawPng, type Rgba } from "../png";

/**
 * The add-in's icons, drawn at build time (no binaries in the repository), in the sizes Office asks for:
 * 16/32/80 for ribbon buttons, 32/64 for the add-in's icon in dialogs and the store listing.
 *   app       a sheet of minutes on a blue square (the product)
 *   inspel    a speech bubble (a union's statement), Fluent blue
 *   oenighet  a speech bubble with an exclamation mark, Fluent red
 */
export const ICON_SIZES = [16, 32, 64, 80] as const;
export const ICON_KINDS = ["app", "inspel", "oenighet"] as const;
export type IconKind = (typeof ICON_KINDS)[number];

const CLEAR: Rgba = [0, 0, 0, 0];
const WHITE: Rgba = [255, 255, 255, 255];
const BLUE: Rgba = [15, 108, 189, 255];
const DARK_BLUE: Rgba = [17, 94, 163, 255];
const RED: Rgba = [196, 49, 75, 255];

function roundedSquare(u: number, v: number, inset: number, radius: number): boolean {
  const cx = Math.min(Math.max(u, inset + radius), 1 - inset - radius);
  const cy = Math.min(Math.max(v, inset + radius), 1 - inset - radius);
  return (
    (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2 &&
    u >= inset &&
    u <= 1 - inset &&
    v >= inset &&
    v <= 1 - inset
  );
}

/** A rounded bubble with a tail at its lower left. */
function bubble(u: number, v: number): boolean {
  const body = roundedSquare(u, v * 1.25 - 0.05, 0.06, 0.22) && v < 0.78;
  const tail = v >= 0.6 && v <= 0.94 && u >= 0.2 && u <= 0.2 + (0.94 - v) * 0.9;
  return body || tail;
}

function lineWidth(size: number): number {
  // At least one device pixel, so the glyph survives at 16 px.
  return Math.max(1.2 / size, 0.08);
}

const PIXELS: Record<IconKind, (u: number, v: number, size: number) => Rgba> = {
  app(u, v, size) {
    if (!roundedSquare(u, v, 0, 0.18)) return CLEAR;
    if (!(u > 0.25 && u < 0.75 && v > 0.16 && v < 0.84)) return BLUE;
    const h = lineWidth(size);
    const onLine = [0.32, 0.47, 0.62].some((top) => v > top && v < top + h) && u > 0.33 && u < 0.67;
    return onLine ? DARK_BLUE : WHITE;
  },
  inspel(u, v, size) {
    if (!bubble(u, v)) return CLEAR;
    const h = lineWidth(size);
    const onLine = [0.28, 0.44].some((top) => v > top && v < top + h) && u > 0.26 && u < 0.74;
    return onLine ? WHITE : BLUE;
  },
  oenighet(u, v, size) {
    if (!bubble(u, v)) return CLEAR;
    const w = Math.max(1.6 / size, 0.1);
    const bar = Math.abs(u - 0.5) < w / 2 && v > 0.18 && v < 0.46;
    const dot = Math.abs(u - 0.5) < w / 2 && v > 0.53 && v < 0.53 + w;
    return bar || dot ? WHITE : RED;
  },
};

export function iconFileName(kind: IconKind, size: number): string {
  return `icons/${kind}-${size}.png`;
}

export function iconPng(kind: IconKind, size: number): Buffer {
  return drawPng(size, PIXELS[kind]);
}
