import type { OrgId } from "../../shared/model/meeting";
import { orgById } from "../../shared/unions/resolve";
import { readStored, writeStored } from "../ui/storage";

/**
 * The organisation(s) the user last marked with in the pane. The ribbon and context-menu commands have no
 * UI to ask, so they reuse that choice; the pane calls the `remember…` functions whenever it marks.
 */
const STATEMENT_KEY = "lastStatementOrg";
const DISAGREEMENT_KEY = "lastDisagreementOrgs";

// Storage may hold anything (an older version, a hand edit): only catalogue organisations are used.
const known = (org: unknown): org is OrgId => typeof org === "string" && orgById(org) !== null;

export function rememberStatementOrg(org: OrgId): boolean {
  return writeStored(STATEMENT_KEY, org);
}

export function lastStatementOrg(): OrgId | null {
  const org = readStored<unknown>(STATEMENT_KEY);
  return known(org) ? org : null;
}

export function rememberDisagreementOrgs(orgs: OrgId[]): boolean {
  return writeStored(DISAGREEMENT_KEY, orgs);
}

export function lastDisagreementOrgs(): OrgId[] | null {
  const orgs = readStored<unknown>(DISAGREEMENT_KEY);
  if (!Array.isArray(orgs)) return null;
  const valid = orgs.filter(known);
  return valid.length > 0 ? valid : null;
}
