/**
 * Text of a saved agenda. Intranet exports are often windows-1252 ("Socialn\xe4mnden"), so the byte
 * order mark and the page's own charset declaration decide, and undeclared bytes that are not valid UTF-8
 * are read as windows-1252, the encoding such files come in. Bytes that are no text at all (an image, an
 * archive, random data) are refused rather than read as "0 items".
 */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

const DECLARED = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

function decoderFor(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

function byBom(bytes: Uint8Array): string | null {
  for (const [bom, label] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) return decoderFor(label)!.decode(bytes);
  }
  return null;
}

/** How many bytes are sampled to tell text from binary data. */
const SAMPLE = 64 * 1024;

/**
 * Bytes that no text file holds: NUL, most C0 controls, and the five windows-1252 holes. A text may carry
 * some (a form feed, colour escapes); binary data has a NUL within a few hundred bytes or is full of them.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE);
  let odd = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    const control = byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c;
    if (control || byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) odd++;
  }
  // Escape sequences of a terminal log are text; one byte in ten is data.
  return odd > Math.max(4, sample.length / 10);
}

/** UTF-8 when the bytes are valid UTF-8, else windows-1252. */
function utf8OrWindows1252(bytes: Uint8Array): string {
  try {
    return decoderFor("utf-8", true)!.decode(bytes);
  } catch {
    return decoderFor("windows-1252")!.decode(bytes);
  }
}

export function decodeHtml(bytes: Uint8Array): string {
  const bom = byBom(bytes);
  if (bom !== null) return bom;
  // The declaration is ASCII, so a byte-per-character view of the head finds it in any ASCII-based encoding.
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const declared = DECLARED.exec(head)?.[1];
  const decoder = declared ? decoderFor(declared) : null;
  if (decoder) return decoder.decode(bytes);
  return utf8OrWindows1252(bytes);
}

/** A plain text file (.txt, .md): UTF-8 or UTF-16 by its byte order mark, else UTF-8, else windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  return (byBom(bytes) ?? utf8OrWindows1252(bytes)).replace(/^\uFEFF/, "");
}
