/**
 * A tag scanner for Word's XML parts. They are machine-written (no CDATA, no comments in the parts we
 * read), so tags and attributes are all we need; a full XML parser would differ between Node and browsers.
 */
export interface Tag {
  name: string;
  attributes: Record<string, string>;
  closing: boolean;
  selfClosing: boolean;
  start: number;
  end: number;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (!name.startsWith("#")) return ENTITIES[name] ?? whole;
    const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Every tag of `xml` in document order, attribute values decoded. */
export function* tags(xml: string): Generator<Tag> {
  const pattern = /<(\/?)([A-Za-z_][\w.-]*:?[\w.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  for (const match of xml.matchAll(pattern)) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[3] ?? "").matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attributes[attribute[1] ?? ""] = decodeEntities(attribute[2] ?? attribute[3] ?? "");
    }
    yield {
      name: match[2] ?? "",
      attributes,
      closing: match[1] === "/",
      selfClosing: match[4] === "/",
      start: match.index,
      end: match.index + match[0].length,
    };
  }
}

/** The `w:val` attribute, which carries the value of most WordprocessingML properties. */
export const val = (tag: Tag): string | undefined => tag.attributes["w:val"];
