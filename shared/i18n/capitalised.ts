/**
 * The text with its first letter in capitals, as Swedish writes it ("arbetsgivaren" beginning a line or title).
 * A module of its own, importing nothing, so the clip script can use it without the catalogue.
 */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}
