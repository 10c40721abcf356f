import { encodePng, type Rgba } from "../png";

/**
 * The extension's icons, drawn at build time so no binary lives in the repository: a blue rounded square
 * with a white sheet of minutes and three text lines, legible from 16 px up.
 */
const BLUE: Rgba = [31, 78, 121, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const INK: Rgba = [31, 78, 121, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function pixel(x: number, y: number, size: number): Rgba {
  // Work in a 0..1 square so every size shows the same shape.
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const radius = 0.18;
  const cx = Math.min(Math.max(u, radius), 1 - radius);
  const cy = Math.min(Math.max(v, radius), 1 - radius);
  if ((u - cx) ** 2 + (v - cy) ** 2 > radius ** 2) return CLEAR;
  const onSheet = u > 0.25 && u < 0.75 && v > 0.16 && v < 0.84;
  if (!onSheet) return BLUE;
  const lineHeight = Math.max(1.5 / size, 0.07);
  const onLine = [0.32, 0.47, 0.62].some((top) => v > top && v < top + lineHeight) && u > 0.33 && u < 0.67;
  return onLine ? INK : WHITE;
}

/** An RGBA PNG of the icon at `size` × `size` pixels. */
export function iconPng(size: number): Buffer {
  return encodePng(size, (x, y) => pixel(x, y, size));
}
