export {
  badgeText,
  type ChromeInWorker,
  extensionIdOf,
  registeredContentScripts,
  storageValue,
} from "./extension";
export { serveTrialPane, type TrialPane } from "./pane";
export {
  chooseItems,
  findItems,
  type MblChoice,
  overflowsHorizontally,
  queueItems,
  schemeAndWidthProblems,
  seriousViolations,
} from "./popup";
export { type ExtensionSession, startExtension } from "./session";
