/**
 * Text left from a template or a copied draft: "{datum}", "[namn]", "[…]", "XX", "Lorem ipsum", "NN".
 * Single letters ("X Allvarliga brister", a ticked box) and elisions in quotes ("…", ".....") are not.
 */
const PLACEHOLDER =
  /\{[^{}\n]{0,40}\}|\[(?:[^\][\n]{0,40})\]|(?<![\p{L}\p{N}])(?:XX+|NN|ÅÅÅÅ-MM-DD|TODO)(?![\p{L}\p{N}])|\blorem\s+ipsum\b|\blorem\b/giu;

export function findPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[0]);
}
