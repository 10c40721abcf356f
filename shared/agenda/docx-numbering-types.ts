/** One level of a Word list definition (w:lvl): its start value, number format and level text. */
export interface Level {
  start: number;
  format: string;
  text: string;
}

/** The list definitions of word/numbering.xml. */
export interface Numbering {
  /** abstractNumId → level index → level. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → its abstractNumId and the levels whose start it overrides. */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
}
