import { WordOpError } from "./errors";

/**
 * WordApi 1.3 is the baseline of the add-in (the manifest requires it); CustomXmlParts need 1.4, which some
 * perpetual-licence Word versions lack, so meeting storage checks before it calls them.
 */
export function requireWordApi(version: string): void {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  // Outside an Office host (unit tests with a bare Word mock) there is no requirement API to ask.
  if (!requirements) return;
  if (!requirements.isSetSupported("WordApi", version)) {
    throw new WordOpError("word.error.unsupported", { set: "WordApi", version });
  }
}
