import { deflateSync } from "node:zlib";

/**
 * The extension's icons, drawn at build time so no binary lives in the repository: a blue rounded square
 * with a white sheet of minutes and three text lines, legible from 16 px up.
 */
type Rgba = readonly [number, number, number, number];

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

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An RGBA PNG of the icon at `size` × `size` pixels. */
export function iconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < size; x++) rows.set(pixel(x, y, size), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", new Uint8Array()),
  ]);
}
