import { deflateSync } from "node:zlib";

/** One RGBA pixel, 0–255 per channel. */
export type Rgba = readonly [number, number, number, number];

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

/**
 * A square RGBA PNG with one colour per pixel from `pixelAt(x, y)`; the icons of the add-in and the
 * extension are drawn at build time through this one encoder, so no binary lives in the repository.
 */
export function encodePng(size: number, pixelAt: (x: number, y: number) => readonly number[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1)); // each row starts with filter byte 0: none
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    for (let x = 0; x < size; x++) rows.set(pixelAt(x, y), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** A square RGBA PNG whose pixels come from `pixel(u, v)` with u, v in 0..1, supersampled 4× for smooth edges. */
export function drawPng(size: number, pixel: (u: number, v: number, size: number) => Rgba): Buffer {
  const samples = [0.125, 0.375, 0.625, 0.875];
  return encodePng(size, (x, y) => {
    const sum = [0, 0, 0, 0];
    for (const sy of samples) {
      for (const sx of samples) {
        const [r, g, b, a] = pixel((x + sx) / size, (y + sy) / size, size);
        // Premultiply so transparent samples do not darken the edge.
        sum[0]! += r * a;
        sum[1]! += g * a;
        sum[2]! += b * a;
        sum[3]! += a;
      }
    }
    const alpha = sum[3]!;
    const colour = alpha === 0 ? [0, 0, 0] : [sum[0]! / alpha, sum[1]! / alpha, sum[2]! / alpha];
    return [...colour.map(Math.round), Math.round(alpha / samples.length ** 2)];
  });
}
