/**
 * Text left from a template or a copied draft: "{datum}", "[namn]", "[…]", "XX", "Lorem ipsum", "NN".
 * Single letters ("X Allvarliga brister", a ticked box) and elisions in quotes ("…", ".....") are not.
 */
const PLACEHOLDER =
  /\{[^{}\n]{0,40}\}|\[(?:[^\][\n]{0,40})\]|(?<![\p{L}\p{N}])(?:XX+|NN|ÅÅÅÅ-MM-DD|TODO|[Ll]orem(?:\s+ipsum)?)(?![\p{L}\p{N}])/gu;

// Nearly every paragraph has none of these characters; the full pattern runs only where one occurs.
const MAYBE = /[{[]|XX|NN|ÅÅÅÅ|TODO|[Ll]orem/;

export function findPlaceholders(text: string): string[] {
  if (!MAYBE.test(text)) return [];
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[0]);
}
