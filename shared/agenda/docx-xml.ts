/**
 * A tag scanner for Word's XML parts. They are machine-written (no CDATA, no comments in the parts we
 * read), so tags and attributes are all we need; a full XML parser would differ between Node and browsers.
 * The scanner walks the text once with indexOf and character tests: no backtracking regex, so a hostile
 * part ("<" followed by 200,000 letters, an unclosed quote) costs linear time.
 */
import { decodeReferences } from "../text/character-references";

export interface Tag {
  name: string;
  attributes: Record<string, string>;
  closing: boolean;
  selfClosing: boolean;
  start: number;
  end: number;
}

const isNameStart = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isNameChar = (code: number): boolean =>
  isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46 || code === 58;
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** The tag starting at `start` ("<"), or null when the text there is no well-formed tag. */
function readTag(xml: string, start: number): Tag | null {
  let at = start + 1;
  const closing = xml.charCodeAt(at) === 47;
  if (closing) at++;
  const nameStart = at;
  if (!isNameStart(xml.charCodeAt(at))) return null;
  while (at < xml.length && isNameChar(xml.charCodeAt(at))) at++;
  const name = xml.slice(nameStart, at);
  const attributes: Record<string, string> = {};
  for (;;) {
    while (at < xml.length && isSpace(xml.charCodeAt(at))) at++;
    const code = xml.charCodeAt(at);
    if (code === 62) return { name, attributes, closing, selfClosing: false, start, end: at + 1 };
    if (code === 47 && xml.charCodeAt(at + 1) === 62)
      return { name, attributes, closing, selfClosing: true, start, end: at + 2 };
    const attributeStart = at;
    while (at < xml.length && !isSpace(xml.charCodeAt(at)) && "=>/".indexOf(xml[at]!) < 0) at++;
    if (at === attributeStart) return null;
    const attribute = xml.slice(attributeStart, at);
    while (at < xml.length && isSpace(xml.charCodeAt(at))) at++;
    if (xml.charCodeAt(at) !== 61) return null;
    at++;
    while (at < xml.length && isSpace(xml.charCodeAt(at))) at++;
    const quote = xml[at];
    if (quote !== '"' && quote !== "'") return null;
    const close = xml.indexOf(quote, at + 1);
    if (close < 0) return null;
    attributes[attribute] = decodeReferences(xml.slice(at + 1, close));
    at = close + 1;
  }
}

/** Every tag of `xml` in document order, attribute values decoded. Linear in the length of `xml`. */
export function* tags(xml: string): Generator<Tag> {
  let at = xml.indexOf("<");
  while (at >= 0) {
    const tag = readTag(xml, at);
    if (tag) {
      yield tag;
      at = xml.indexOf("<", tag.end);
    } else {
      at = xml.indexOf("<", at + 1);
    }
  }
}

/** The `w:val` attribute, which carries the value of most WordprocessingML properties. */
export const val = (tag: Tag): string | undefined => tag.attributes["w:val"];
