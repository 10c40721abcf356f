/**
 * mammoth's HTML of a Word document as the plain minutes text the analysis reads: one paragraph per line
 * with a blank line between, headings as markdown `#`, a paragraph bold throughout as `**…**`, list items
 * as "- …". One pass over the HTML.
 */
const BLOCK = /<(h[1-6]|p|li)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X"))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function inline(html: string): string {
  return decode(html.replace(/<br\s*\/?>/gi, " ").replace(/<[^>]+>/g, ""))
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
