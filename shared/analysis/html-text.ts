import { decodeReferences } from "../text/character-references";

/**
 * mammoth's HTML of a Word document as the plain minutes text the analysis reads: one paragraph per line
 * with a blank line between, headings as markdown `#`, a paragraph bold throughout as `**…**`, list items
 * as "- …". One pass over the HTML.
 */
const BLOCK = /<(h[1-6]|p|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gi;

function inline(html: string): string {
  return decodeReferences(html.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]+>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

export function htmlToMinutesText(html: string): string {
  const lines: string[] = [];
  for (const match of html.matchAll(BLOCK)) {
    const tag = match[1]!.toLowerCase();
    const inner = match[2]!;
    const text = inline(inner);
    if (text === "") continue;
    if (tag.startsWith("h")) lines.push(`${"#".repeat(Number(tag[1]))} ${text}`);
    else if (tag === "li") lines.push(`- ${text}`);
    else if (/^\s*<strong>[\s\S]*<\/strong>\s*$/i.test(inner) && !/<\/strong>[\s\S]*<strong>/i.test(inner))
      lines.push(`**${text}**`);
    else lines.push(text);
  }
  return lines.join("\n\n");
}
