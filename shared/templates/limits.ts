import type { Template } from "./types";

/**
 * What the pane needs of template files without the validator (`io.ts`, which it loads on demand): the
 * bounds of an imported file, so an oversized one is refused before anything loads, and the export.
 */
export const TEMPLATE_LIMITS = {
  bytes: 256 * 1024,
  id: 64,
  name: 120,
  description: 500,
  title: 300,
  headerLines: 20,
  heading: 120,
  sectionsPerLevel: 100,
  sectionsTotal: 300,
  /** Group → item → sub-item; Word headings deeper than that help nobody. */
  depth: 3,
  number: 20,
  body: 5000,
  presenter: 120,
} as const;

/** Pretty JSON, stable field order, ready to save as a `.json` file and edit by hand. */
export function exportTemplate(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}
