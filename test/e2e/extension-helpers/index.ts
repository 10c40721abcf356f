export {
  BUILT_EXTENSION,
  badgeText,
  type ChromeInWorker,
  chooseSwedish,
  extensionIdOf,
  extensionWorker,
  prepareExtension,
  registeredContentScripts,
  storageValue,
  type TestExtension,
} from "./extension";
