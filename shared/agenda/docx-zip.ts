import { AgendaReadError } from "./errors";

/**
 * Reading a DOCX's zip without trusting it. The central directory is read first and a file whose parts
 * claim more than the limits below is refused before anything is inflated; each part is then inflated as a
 * stream that stops at its limit, because a zip bomb may declare small sizes and inflate to gigabytes.
 * Only the XML parts are read: images and embedded files do not make an agenda.
 */
export const DOCX_LIMITS = {
  /** One XML part, inflated: a 300-page document.xml is about 10 MB. */
  partBytes: 16 * 1024 * 1024,
  /** All XML parts together, inflated. */
  totalBytes: 64 * 1024 * 1024,
  /** Entries of the zip: a Word file has a few dozen. */
  entries: 10_000,
} as const;

const MB = 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As the central directory declares it; checked again while inflating. */
  size: number;
  localOffset: number;
}

const tooLarge = () => new AgendaReadError("agenda.error.zipTooLarge", { max: DOCX_LIMITS.totalBytes / MB });
const notDocx = () => new AgendaReadError("agenda.error.notDocx");

/** The entries of a zip's central directory. Throws a refusal for anything that is no plain zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notDocx();
  const count = view.getUint16(end + 10, true);
  const directory = view.getUint32(end + 16, true);
  // ZIP64 markers: a Word file never needs them, a bomb might.
  if (count === 0xffff || directory === 0xffffffff) throw tooLarge();
  if (count > DOCX_LIMITS.entries)
    throw new AgendaReadError("agenda.error.zipEntries", { max: DOCX_LIMITS.entries });
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  let at = directory;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw notDocx();
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const entry: ZipEntry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      localOffset: view.getUint32(at + 42, true),
    };
    // Encrypted entries cannot be read.
    if (flags & 1) throw notDocx();
    entries.push(entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The compressed bytes of an entry, from its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw notDocx();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw notDocx();
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates one entry, refusing as soon as it grows past `limit` bytes. */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Promise<Uint8Array> {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > limit) throw tooLarge();
    return data;
  }
  if (entry.method !== 8) throw notDocx();
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AgendaReadError) throw error;
    throw notDocx();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

const isXmlPart = (name: string): boolean => /\.(?:xml|rels)$/i.test(name);

/**
 * The XML parts of a DOCX as text, by name, within the limits; other entries are listed with no content.
 * Throws an `AgendaReadError` for a zip bomb or a file that is no zip.
 */
export async function readDocxParts(
  bytes: Uint8Array,
): Promise<{ parts: Map<string, string>; others: string[] }> {
  const entries = zipEntries(bytes);
  const xml = entries.filter((entry) => isXmlPart(entry.name));
  let declared = 0;
  for (const entry of xml) {
    if (entry.size > DOCX_LIMITS.partBytes) throw tooLarge();
    declared += entry.size;
  }
  if (declared > DOCX_LIMITS.totalBytes) throw tooLarge();
  const parts = new Map<string, string>();
  const decoder = new TextDecoder();
  let budget = DOCX_LIMITS.totalBytes;
  for (const entry of xml) {
    const data = await inflateEntry(bytes, entry, Math.min(DOCX_LIMITS.partBytes, budget));
    budget -= data.length;
    parts.set(entry.name, decoder.decode(data));
  }
  // Folders are no parts.
  const others = entries.filter((entry) => !isXmlPart(entry.name) && !entry.name.endsWith("/"));
  return { parts, others: others.map((entry) => entry.name) };
}
