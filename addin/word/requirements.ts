/**
 * WordApi 1.3 is the baseline of the add-in (the manifest requires it); WordApi 1.4 adds CustomXmlParts,
 * reviewed text and the track-changes mode, which Word 2019 and 2021 (perpetual licences) lack (Microsoft's
 * "Word JavaScript API requirement sets": "Office 2019 and Office 2021 support ... WordApi 1.3 and earlier").
 */
export function supportsWordApi(version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  // Outside an Office host (a bare Word global in a test) there is no requirement API to ask: assume the newest.
  if (!requirements) return true;
  return requirements.isSetSupported("WordApi", version);
}
