import type { OrgId } from "../model/meeting";
import { SHARED_SHORT_FORMS } from "../unions/catalogue";
import { namedOtherwise } from "../unions/resolve";
import type { Structure } from "./structure";

/**
 * The roster and the justering read a shared short form ("För Akademikerförbundet: Eva Sten") as its first
 * candidate, SSR. Where the text names exactly one candidate by another of its names ("Kyrkans
 * Akademikerförbund (nedan Akademikerförbundet)"), that one is meant: the lines read so are set to it, in place.
 */
const FORMS = SHARED_SHORT_FORMS.map((form) => ({ ...form, pattern: new RegExp(form.name, "i") }));

export function withDefinedShortForms(structure: Structure, texts: readonly string[]): Structure {
  const meant = new Map<OrgId, OrgId>();
  for (const { pattern, candidates } of FORMS) {
    if (!texts.some((text) => pattern.test(text))) continue;
    const named = candidates.filter((id) => texts.some((text) => namedOtherwise(id, text)));
    if (named.length !== 1) continue;
    for (const id of candidates) if (id !== named[0]) meant.set(id, named[0]!);
  }
  if (meant.size === 0) return structure;
  const read = <T extends { org?: OrgId | null }>(entry: T) => {
    if (entry.org) entry.org = meant.get(entry.org) ?? entry.org;
  };
  structure.roster.unions.forEach(read);
  structure.roster.absent.forEach(read);
  structure.justering.forEach(read);
  structure.blocks.forEach(read);
  return structure;
}
