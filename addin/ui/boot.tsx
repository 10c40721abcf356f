import { render } from "preact";
import { languageFromLocale, setLanguage } from "../../shared/i18n/i18n";
import type { WordOps } from "../word/ops";
import { App } from "./App";
import { applyTheme, type OfficeThemeLike } from "./theme";
import "./styles.css";

export interface BootOptions {
  ops: WordOps;
  /** Office's UI language ("sv-SE", "en-US"); Swedish unless it is English. */
  displayLanguage?: string;
  officeTheme?: OfficeThemeLike | null;
}

/** Renders the pane into `root`: shared by Word (main.tsx) and the trial page with the test double. */
export function bootPane(root: HTMLElement, options: BootOptions): void {
  setLanguage(languageFromLocale(options.displayLanguage));
  document.documentElement.lang = languageFromLocale(options.displayLanguage);
  applyTheme(document.documentElement, options.officeTheme);
  render(<App ops={options.ops} />, root);
}
