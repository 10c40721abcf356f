/**
 * Text of a saved HTML agenda. Intranet exports are often windows-1252 ("Socialn\xe4mnden"), so the byte
 * order mark and the page's own charset declaration decide, and undeclared bytes that are not valid UTF-8
 * are read as windows-1252, the encoding such pages come in.
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

export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) return decoderFor(label)!.decode(bytes);
  }
  // The declaration is ASCII, so a byte-per-character view of the head finds it in any ASCII-based encoding.
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  const declared = DECLARED.exec(head)?.[1];
  const decoder = declared ? decoderFor(declared) : null;
  if (decoder) return decoder.decode(bytes);
  try {
    return decoderFor("utf-8", true)!.decode(bytes);
  } catch {
    return decoderFor("windows-1252")!.decode(bytes);
  }
}
