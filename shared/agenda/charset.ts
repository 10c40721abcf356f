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

/**
 * windows-1252's characters at 0x80-0x9F (the dashes, quotes, euro and ellipsis of every old export); its five
 * holes stay the control characters, as the WHATWG index has them. Written out because Node's TextDecoder
 * takes a Latin-1 fast path for the label since 20.18.3 and loses these bytes (nodejs/node#60888, #56542),
 * so "700 – 3 / 24" would lose its dash and its dnr.
 */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** windows-1252 bytes as text, in chunks so a long file builds no huge argument list. */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
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

/** The length of the valid UTF-8 sequence at `at` (1 for ASCII), or 0 where the bytes are not UTF-8. */
function utf8Sequence(bytes: Uint8Array, at: number): number {
  const lead = bytes[at]!;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0 || at + length > bytes.length) return 0;
  for (let next = at + 1; next < at + length; next++) if ((bytes[next]! & 0xc0) !== 0x80) return 0;
  const second = bytes[at + 1]!;
  // Overlong forms, surrogates and code points past U+10FFFF.
  if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return 0;
  if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return 0;
  return length;
}

/** Whether the bytes from `start` to `end` are valid UTF-8. */
function isUtf8(bytes: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; ) {
    const length = utf8Sequence(bytes, at);
    if (length === 0 || at + length > end) return false;
    at += length;
  }
  return true;
}

/**
 * UTF-8 where the bytes are valid UTF-8, else windows-1252, decided line by line: a text joined from an
 * old export and a new one ("Socialn\xe4mnden" above "Socialnämnden") reads right in both parts. Runs of
 * lines of one kind are decoded together, so the cost stays linear.
 */
function utf8OrWindows1252(bytes: Uint8Array): string {
  // Valid UTF-8 throughout (the common case) is decoded in one pass; only other text is judged line by line.
  try {
    return decoderFor("utf-8", true)!.decode(bytes);
  } catch {
    // Not UTF-8 throughout: decided line by line below.
  }
  const utf8 = decoderFor("utf-8")!;
  let out = "";
  let runStart = 0;
  let runUtf8: boolean | null = null;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const lineUtf8 = isUtf8(bytes, start, end);
    if (runUtf8 !== null && lineUtf8 !== runUtf8) {
      out += decodeRun(bytes.subarray(runStart, start), runUtf8, utf8);
      runStart = start;
    }
    runUtf8 = lineUtf8;
    start = end;
  }
  return out + decodeRun(bytes.subarray(runStart), runUtf8 === true, utf8);
}

const decodeRun = (bytes: Uint8Array, utf8: boolean, decoder: TextDecoder): string =>
  utf8 ? decoder.decode(bytes) : decodeWindows1252(bytes);

export function decodeHtml(bytes: Uint8Array): string {
  const bom = byBom(bytes);
  if (bom !== null) return bom;
  // The declaration is ASCII, so a byte-per-character view of the head finds it in any ASCII-based encoding.
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const declared = DECLARED.exec(head)?.[1];
  const decoder = declared ? decoderFor(declared) : null;
  // A page declaring UTF-8 whose bytes are not (saved again by an old editor) is read as its bytes say.
  // WHATWG reads "iso-8859-1", "latin1" and "ascii" as windows-1252 too.
  if (decoder?.encoding === "windows-1252") return decodeWindows1252(bytes);
  if (decoder && decoder.encoding !== "utf-8") return decoder.decode(bytes);
  return utf8OrWindows1252(bytes);
}

/** A plain text file (.txt, .md): UTF-8 or UTF-16 by its byte order mark, else UTF-8, else windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  return (byBom(bytes) ?? utf8OrWindows1252(bytes)).replace(/^\uFEFF/, "");
}
