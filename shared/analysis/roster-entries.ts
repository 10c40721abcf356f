import { EMPLOYER, type OrgId, type Person } from "../model/meeting";
import { boundedMemo } from "../text/bounded-memo";
import { NAMED_ORG, orgById, resolvePartyId, resolvePartyOrName } from "../unions/resolve";
import { isPersonName } from "./justering";
import { unionByName } from "./parties";
import { EMPLOYER_BODY, EMPLOYER_ORGANISATIONS } from "./words/parties";

/**
 * The entries of an attendance list, in the forms minutes write them: "Kommunal: Lisa Ek och Omar Ali",
 * "Vision – Lars Ek", "Anna Berg, förvaltningschef", "Per Ström (Vision)", "Maria Ek och Jakob Lund,
 * Kyrkans Akademikerförbund", "Lotta Nyman Kommunal", "Carina Sjöberg enhetschef (ordf)", and lines of them
 * parted by ";" and ",".
 */
export type RosterPart = "present" | "employer" | "unions" | "absent";

export type RosterEntry =
  | { side: "absent"; org?: OrgId; name?: string }
  | { side: "employer"; people: Person[] }
  | { side: "union"; org: OrgId; people: string[]; federation?: OrgId };

/** A role written before a name: "Kyrkoherde Göran Falk", "Rektor Anna Berg". */
const ROLE_BEFORE_NAME =
  /^[\p{Ll}-]*(?:herde|chef|direktör|rektor|samordnare|strateg|konsult|specialist|sekreterare|ordförande|ombud|förhandlare|handläggare|partner|prefekt|dekan|dekanus)$/u;
/** "Prefekt/dekan": two titles of one person, either a role word. */
const isRoleWord = (word: string) => word.split("/").some((part) => ROLE_BEFORE_NAME.test(part));

const EMPLOYER_ORGANISATION = new RegExp(`^(?:${EMPLOYER_ORGANISATIONS.join("|")})$`, "i");
/** "För SKR:", "För Region Åsmark:", "Tuvby kommun:": the employer's delegation by the body it is. */
const EMPLOYER_BODY_NAME = new RegExp(EMPLOYER_BODY, "u");

/** "sektion Norrå", "avdelning Östra Mark", "Dalby", "Åbergs kommun", "förbundskontoret": a union's local unit, place or office after its name. */
const LOCAL_UNIT_WORD =
  /^(?:sektion|avdelning|avd\.?|klubb(?:en)?|kommunklubb|kommunavdelning|lokalavdelning|kommun|region|län|förbundskontor(?:et)?|förbundskansli(?:et)?)$/i;
const LOCAL_UNIT_WORDS = 4;

/** How many words a union's name opening a roster name may have: "Akademikerförbundet SSR". */
const UNION_NAME_WORDS = 3;

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const PLACE_WORD = /^\p{Lu}[\p{Ll}-]+$/u;
/** "Kommunal sektion Norrå", "Läkarföreningen Dalby": a catalogue union opening the name, its unit after it. */
function localUnitOrg(name: string): OrgId | null {
  const all = name.split(/\s+/);
  for (let count = Math.min(UNION_NAME_WORDS, all.length - 1); count > 0; count--) {
    const org = resolvePartyId(all.slice(0, count).join(" "));
    if (!org) continue;
    if (org === EMPLOYER || orgById(org)?.federation) return null;
    const words = all.slice(count);
    if (words.length > LOCAL_UNIT_WORDS) return null;
    if (!words.every((word) => LOCAL_UNIT_WORD.test(word) || PLACE_WORD.test(word))) return null;
    // "Seko Anna Berg": a person after the union, not a place.
    return words.some((word) => LOCAL_UNIT_WORD.test(word)) || !isPersonName(words.join(" ")) ? org : null;
  }
  return null;
}

/**
 * A roster's organisation: one of the catalogue, or a union by its name ("namn:Elektrikerförbundet");
 * "OFR/ST", "Saco/DIK": the union within its federation. Kept per name: a roster line's items are asked about
 * as an organisation, a person and a name with a tail, most of them more than once.
 */
export const rosterOrg = boundedMemo(orgOfName);
function orgOfName(name: string): OrgId | null {
  const bare = name
    .replace(/\([^)]*\)/g, " ")
    .replace(/^\s*för\s+/i, "")
    .trim();
  if (EMPLOYER_ORGANISATION.test(bare) || EMPLOYER_BODY_NAME.test(bare)) return EMPLOYER;
  const slash = bare.lastIndexOf("/");
  const org =
    (slash > 0 ? resolvePartyOrName(bare.slice(slash + 1).trim()) : null) ??
    resolvePartyOrName(bare) ??
    unionByName(bare) ??
    localUnitOrg(bare) ??
    // "Seko/skyddsombud": the union before the role.
    (slash > 0 && REPRESENTATIVE_ROLE.test(bare.slice(slash + 1).trim())
      ? resolvePartyId(bare.slice(0, slash))
      : null);
  // "Saco-rådet (Fysioterapeuterna)": the union in the parenthesis, within its federation.
  const inner = org && orgById(org)?.federation ? /\(([^)]*)\)/.exec(name)?.[1] : undefined;
  return (inner ? resolvePartyId(inner.trim()) : null) ?? org;
}

/**
 * A row of a roster table, "Kommunal | Ali Demir | Skyddsombud": the party, the person and the role in any
 * order ("Förhinder" as the role is an apology); the header row ("Part | Namn | Roll") gives no entry.
 */
export function readTableRow(cells: readonly string[], part: RosterPart): RosterEntry[] | null {
  if (cells.every(isShortCaption)) {
    const named = cells.some((cell) => rosterOrg(cell) !== null || personName(cell) !== null);
    if (!named) return [];
  }
  let org: OrgId | null = null;
  let name: string | null = null;
  const rest: string[] = [];
  for (const cell of cells) {
    const cellOrg: OrgId | null = org ? null : rosterOrg(cell);
    const cellName: string | null = cellOrg || name ? null : personName(cell);
    if (cellOrg) org = cellOrg;
    else if (cellName) name = cellName;
    else rest.push(cell);
  }
  if (!name) return null;
  // "Ledamot | Kent Åström | ST inom myndigheten": a cell naming the union with its local unit.
  if (!org) org = rest.map(unionInRole).find((union) => union !== null) ?? null;
  const apology = rest.some((cell) => APOLOGY.test(cell));
  const entry = personEntry(name, org, apology ? "absent" : part, rest.join(", ") || undefined);
  return entry ? [entry] : null;
}

/** "Kommunal: förhinder", "Vision: anmält förhinder": the union sent apologies. */
// "vakant, ingen representant utsedd": a seat nobody holds is absent too.
const APOLOGY =
  /^(?:(?:har\s+)?(?:anmält\s+|anmäler\s+)?(?:förhinder|frånvarande|(?:ej|inte|ingen)\s+närvarande)|(?:vakant,?\s*)?ingen\s+(?:representant|företrädare|ledamot)(?:\s+(?:utsedd|vald))?|vakant)\.?$/i;
/** "Seko: –": a union's label over a dash, no one present (in a table's cell a dash is an empty note). */
const NO_ONE = /^[-–—]$/;
/**
 * "Ljud & Ljus", "Svenska Hamnarbetarförbundet": two to four words in capitals, or one naming a union
 * ("…förbundet", "…klubben"); not "Sekr" or "Antecknare".
 */
const ORG_NAME =
  /^(?:\p{Lu}[\p{L}.-]*(?:\s+(?:&|och|\p{Lu}[\p{L}.-]*)){1,3}|\p{Lu}\p{L}*(?:förbund(?:et)?|facket|föreningen|klubben))$/u;

/**
 * Inside the attendance list, "Ljud & Ljus: Kim Ahl": an organisation the catalogue lacks, by its name, with
 * its people. Only where a roster is under way: elsewhere "Föredragande: Kim Ahl" reads the same.
 */
export function readUnlistedOrgLine(text: string): RosterEntry[] | null {
  const labelled = /^([^:]{2,40}):\s*(.+)$/.exec(text);
  if (!labelled || !ORG_NAME.test(labelled[1]!.trim())) return null;
  const people = peopleIn(labelled[2]!)
    .filter((person) => !person.title)
    .map((person) => person.name);
  return people.length > 0 ? [{ side: "union", org: `${NAMED_ORG}${labelled[1]!.trim()}`, people }] : null;
}

/** The people a roster value names, read as the employer's, each with the title written beside them. */
function peopleIn(value: string): Person[] {
  return readRosterValue(value, "employer").flatMap((entry) =>
    entry.side === "employer" ? entry.people : [],
  );
}

/** How many words a role before a name may have: "Enhetschef barn och unga Martin Hellgren". */
const ROLE_WORDS = 5;
/** A word of a name has small letters: "IFO" in "Verksamhetschef IFO Lina Roos" is part of the role. */
const NAME_WORD = /\p{Ll}/u;

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const CAPITAL_START = /^\p{Lu}/u;
const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;
/**
 * "Kyrkoherde Göran Falk", "Biträdande rektor Nils Berg", "Verksamhetschef IFO Lina Roos": the person's name
 * without the role written before it. Kept per text, as `rosterOrg` is.
 */
export const personName = boundedMemo(nameWithoutRole);
function nameWithoutRole(text: string): string | null {
  const trimmed = text.trim().replace(/^och\s+/, "");
  const words = trimmed.split(/\s+/);
  // "Rektor Anna Berg", "Biträdande rektor Nils Berg", "HR-chef Eva Ros"; in small letters only a role word
  // itself opens the item ("hamnchef Kim Lund").
  // toLowerCase: Swedish has no casing of its own, and the locale's is several times slower on this hot path.
  const role = CAPITAL_START.test(trimmed)
    ? words.slice(0, 2).findIndex((word) => isRoleWord(word.toLowerCase()))
    : isRoleWord(words[0]!)
      ? 0
      : -1;
  if (role >= 0) {
    for (let k = role + 1; k < words.length - 1 && k <= role + ROLE_WORDS; k++) {
      const name = words.slice(k);
      // "ordförande Vision Norrsände": a union with its place after an office, no person.
      const written = name.join(" ");
      if (name.every((word) => NAME_WORD.test(word)) && isPersonName(written) && !localUnitOrg(written))
        return written;
    }
  }
  return isPersonName(trimmed) ? trimmed : null;
}

/**
 * The organisation in a parenthesis or a comma part: "(Vision)", "(Kyrkans Akademikerförbund, nedan …)", or
 * after a representative's role: "huvudskyddsombud Seko".
 */
function detailOrg(detail: string): OrgId | null {
  const inner = /\(([^)]*)\)/.exec(detail)?.[1];
  return (
    rosterOrg(detail) ??
    (inner ? rosterOrg(inner) : null) ??
    rosterOrg(detail.split(",")[0] ?? "") ??
    unionAfterRole(detail) ??
    // "(arbetsplatsombud Kommunal, tillika skyddsombud)": the role and its union, then more of what they are.
    unionAfterRole(detail.split(",")[0] ?? "")
  );
}

/** "huvudskyddsombud Seko", "skyddsombud Unionen": a representative's role, then the union. */
const REPRESENTATIVE_ROLE =
  /^(?:huvud)?(?:skydds)?ombud$|^(?:arbetsplatsombud|ordförande|förtroendevald|representant)$/i;
function unionAfterRole(detail: string): OrgId | null {
  const words = detail.trim().split(/\s+/);
  if (words.length < 2 || !REPRESENTATIVE_ROLE.test(words[0]!)) return null;
  const org = rosterOrg(words.slice(1).join(" "));
  return org && org !== EMPLOYER ? org : null;
}

/** "Lotta Nyman Kommunal", "Carina Sjöberg enhetschef (ordf)": a name with its party or role after it. */
function nameWithTail(
  item: string,
): { name: string; org: OrgId | null; title?: string; roleBefore?: true } | null {
  const words = item
    .replace(/\s*\([^)]*\)\s*$/, "")
    .trim()
    .split(/\s+/);
  for (let tail = 1; tail <= 3 && tail < words.length; tail++) {
    const org = rosterOrg(words.slice(-tail).join(" "));
    const name = personName(words.slice(0, -tail).join(" "));
    if (org && name) return { name, org };
  }
  // "Enhetschef boende och daglig verksamhet Jan-Olof Ek": the role before the name.
  const named = personName(words.join(" "));
  if (named && named.length < item.trim().length) {
    const role = words.slice(0, -named.split(" ").length).join(" ");
    return { name: named, org: null, title: role, roleBefore: true };
  }
  let capitals = 0;
  // "Ulf Granlund EC gata/park": an abbreviation in capitals is the role after the name.
  while (
    capitals < words.length &&
    CAPITAL_START.test(words[capitals]!) &&
    !CAPITALS_ONLY.test(words[capitals]!)
  )
    capitals++;
  const name = personName(words.slice(0, capitals).join(" "));
  if (!name) return null;
  return capitals < words.length
    ? { name, org: null, title: words.slice(capitals).join(" ") }
    : { name, org: null };
}

function personEntry(name: string, org: OrgId | null, part: RosterPart, title?: string): RosterEntry | null {
  if (part === "absent") return { side: "absent", name, ...(org ? { org } : {}) };
  if (org && org !== EMPLOYER) return { side: "union", org, people: [name] };
  // "För arbetstagarna: Ali Berg, ombudsman, Seko centralt": on the unions' side a role is a union office.
  if (part === "unions" && org === null && title !== undefined) {
    const union = unionInRole(title);
    return union ? { side: "union", org: union, people: [name] } : null;
  }
  if (org === EMPLOYER || title !== undefined || part === "employer") {
    return { side: "employer", people: [{ name, ...(title ? { title } : {}) }] };
  }
  return null;
}

/** How many words a union's name in a role may have: "Akademikerförbundet SSR", "Sveriges Ingenjörer". */
const ROLE_UNION_WORDS = 2;
/** "-föreningen", "-klubben": a union's unit joined to its name by a hyphen ("Saco-S-föreningen"). */
const HYPHENED_UNIT = /-\p{Ll}+$/u;

/**
 * The union a union representative's role names anywhere in it: "ombudsman, Saco-S centralt", "ordförande
 * Saco-S-föreningen vid MVD", "ordförande ST inom myndigheten"; null where it names none.
 */
function unionInRole(role: string): OrgId | null {
  const words = role.split(/[\s,()]+/).filter((word) => word !== "");
  for (let i = 0; i < words.length; i++) {
    for (let count = Math.min(ROLE_UNION_WORDS, words.length - i); count > 0; count--) {
      const name = words.slice(i, i + count).join(" ");
      const org = rosterOrg(name) ?? (count === 1 ? rosterOrg(name.replace(HYPHENED_UNIT, "")) : null);
      if (org && org !== EMPLOYER) return org;
    }
  }
  return null;
}

/** "Lotta Nyman Kommunal", "Per Ström (Vision)": an item that is a person with what they are. */
function isPersonItem(item: string): boolean {
  const person = /^([^(]+?)\s*\(/.exec(item);
  if (rosterOrg(item)) return false;
  return person ? personName(person[1]!) !== null : (nameWithTail(item)?.org ?? null) !== null;
}

/** One item between commas: an organisation, "Name (detail)", "Vision – Lars Ek", "Lotta Nyman Kommunal". */
function readItem(item: string, part: RosterPart): RosterEntry[] {
  const text = item.trim().replace(/[.,]$/, "");
  const dashed = /^(.+?)\s+[–-]\s+(.+)$/.exec(text);
  const person = /^([^(]+?)\s*\((.+)\)$/.exec(text);
  if (dashed && rosterOrg(dashed[1]!)) return readLabelledLine(dashed[1]!, dashed[2]!, part) ?? [];
  // "Seko (Ali Berg, Per Holm)": a party with its people in parentheses.
  const party = person ? rosterOrg(person[1]!) : null;
  if (person && party && party !== EMPLOYER && part !== "absent") {
    const people = person[2]!.split(/\s*,\s*|\s+och\s+/).map((item) => personName(item));
    if (people.every((name) => name !== null))
      return [{ side: "union", org: party, people: people as string[] }];
  }
  const org = rosterOrg(text);
  if (org) {
    if (part === "absent") return [{ side: "absent", org }];
    return [org === EMPLOYER ? { side: "employer", people: [] } : { side: "union", org, people: [] }];
  }
  const name = person ? personName(person[1]!) : null;
  if (person && name) {
    const entry = personEntry(
      name,
      detailOrg(person[2]!),
      part,
      detailOrg(person[2]!) ? undefined : person[2]!,
    );
    return entry ? [entry] : [];
  }
  const tailed = nameWithTail(text);
  const entry = tailed ? personEntry(tailed.name, tailed.org, part, tailed.title) : null;
  return entry ? [entry] : [];
}

/**
 * A chunk between ";": "Anna Berg, förvaltningschef", "Robert Fors, huvudskyddsombud, Brandmännens
 * Riksförbund (BRF)", "Maria Ek och Jakob Lund, Kyrkans Akademikerförbund", or items of their own.
 */
function readChunk(chunk: string, part: RosterPart): RosterEntry[] {
  if (chunk.includes(":")) {
    const labelled = /^([^:]+):\s*(.*)$/.exec(chunk.trim());
    return labelled ? (readLabelledLine(labelled[1]!, labelled[2]!, part) ?? []) : [];
  }
  const items = splitOutsideParentheses(chunk)
    .map((item) => item.trim())
    .flatMap((item) => {
      // "Kalle Ek och Eva Ros", "Anna Ek (Vision) och Per Lind (Kommunal)": two people.
      const both = item.split(/\s+och\s+/);
      return both.length > 1 && both.every((part) => personName(part.replace(/\s*\([^)]*\)$/, "")))
        ? both
        : [item];
    });
  // People, each group of names followed by what they are: "Lena Dahl, avdelningschef, och Mats Rye, HR-specialist",
  // "Skyddsombud Ali Berg, Seko" (the role written before the name).
  const groups: { names: string[]; details: string[] }[] = [];
  for (const item of items) {
    // "Sveriges Lärare" reads like a person's name: an organisation is never one.
    const tailed = item.includes("(") || rosterOrg(item) ? null : nameWithTail(item);
    const name = tailed && !tailed.org && (!tailed.title || tailed.roleBefore) ? tailed.name : null;
    const last = groups[groups.length - 1];
    if (name && tailed?.roleBefore) groups.push({ names: [name], details: [tailed.title!] });
    else if (name && (!last || last.details.length > 0)) groups.push({ names: [name], details: [] });
    else if (name) last!.names.push(name);
    else if (last && last.names.length > 0 && !isPersonItem(item)) last.details.push(item);
    else groups.push({ names: [], details: [item] });
  }
  if (groups.some((group) => group.names.length > 0 && group.details.length > 0)) {
    return groups.flatMap((group) => {
      if (group.names.length === 0) return group.details.flatMap((detail) => readItem(detail, part));
      const org = group.details.map(detailOrg).find((found) => found !== null) ?? null;
      const title = org || group.details.length === 0 ? undefined : group.details.join(", ");
      return group.names.flatMap((name) => personEntry(name, org, part, title) ?? []);
    });
  }
  // "Saco-förbunden – Ola Sand (Naturvetarna), Kim Ås (Fysioterapeuterna)": the people after a federation's
  // first one, each with their own union in parentheses, stand under it too.
  let federation: OrgId | undefined;
  return items.flatMap((item) => {
    const entries = readItem(item, part);
    const listed = entries.length === 1 && entries[0]!.side === "union" ? entries[0]!.federation : undefined;
    if (listed || /\s[–-]\s/.test(item)) federation = listed;
    else if (federation && /\)$/.test(item.trim())) return underFederation(entries, federation);
    else federation = undefined;
    return entries;
  });
}

/** "OFR: Vision – Per Ek; Vårdförbundet – Ann Lo": the unions the roster lists under a federation, as its members. */
function underFederation(entries: readonly RosterEntry[], federation: OrgId): RosterEntry[] {
  return entries.map((entry) =>
    entry.side === "union" && entry.org !== federation ? { ...entry, federation } : entry,
  );
}

/** "Kommunal: Lisa Ek och Omar Ali", "Fackliga: Vision – Lars Ek; Kommunal – Omar Ali": a label and its people. */
export function readLabelledLine(label: string, value: string, part: RosterPart): RosterEntry[] | null {
  const org = rosterOrg(label);
  if (org) {
    if (org !== EMPLOYER && (APOLOGY.test(value.trim()) || NO_ONE.test(value.trim())))
      return [{ side: "absent", org }];
    if (part === "absent") {
      // "Förhinder" / "Kommunal: Ali Demir": each person with the union, or the union alone.
      const names = peopleIn(value);
      return names.length > 0
        ? names.map(({ name }) => ({ side: "absent", name, org }))
        : [{ side: "absent", org }];
    }
    // Read as the employer's people, then given the label's party unless a person names their own.
    const entries = readRosterValue(value, "employer");
    // "Saco-förbunden: Henrik Sand (Läkarföreningen)": each person's own union; the label's otherwise.
    const labelled = entries.map((entry) => {
      if (entry.side === "employer" && org !== EMPLOYER) {
        return { side: "union" as const, org, people: entry.people.map((person) => person.name) };
      }
      return entry;
    });
    return orgById(org)?.federation ? underFederation(labelled, org) : labelled;
  }
  const caption = captionPart(label);
  if (!caption) return null;
  const entries = readRosterValue(value, caption);
  return entries.length > 0 ? entries : null;
}

const ROSTER_ABSENT = /förhinder|frånvarande|ej\s+närvarande/i;
const ROSTER_UNIONS = /fackliga|arbetstagar|förbund|organisationer|skyddsombud/i;
const ROSTER_PART =
  /förhinder|frånvarande|närvarande|närv|deltagare|fackliga|arbetstagar|arbetsgivar|förbund|organisationer|förvaltning|skyddsombud/i;
const CAPTION_WORD = /^[\p{L}-]+$/u;
/** "Närvarande från de fackliga": a caption is a few words. */
const CAPTION_WORDS = 4;

/**
 * One to four words of letters and hyphens with an optional colon ("Fackliga organisationer:"). Split into
 * words first: a single pattern for this (`(?:[\p{L}-]+\s*){1,3}`) tried every way to cut a long word in
 * three, cubic in its length.
 */
export function isShortCaption(text: string): boolean {
  const words = (text.endsWith(":") ? text.slice(0, -1) : text).trim().split(/\s+/);
  return words.length <= CAPTION_WORDS && words.every((word) => CAPTION_WORD.test(word));
}

/** "Fackliga", "Arbetstagarparten", "Närvarande för arbetsgivaren", "Förhinder": the part a caption names. */
export function captionPart(caption: string): RosterPart | null {
  if (!ROSTER_PART.test(caption) || !isShortCaption(caption)) return null;
  if (ROSTER_ABSENT.test(caption)) return "absent";
  if (ROSTER_UNIONS.test(caption)) return "unions";
  return /arbetsgivar|förvaltning/i.test(caption) ? "employer" : "present";
}

/** "Arbetstagarna – Eva Ek, Kommunal", "Arbetsgivaren – …": a side's caption a dash parts from its people. */
const CAPTION_DASH = /^(\p{L}[\p{L} ]{1,38}?)\s+[–—-]\s+(?=\S)/u;

/** A chunk opening with a side's caption and a dash, written as the label it is ("Arbetstagarna: …"). */
function withCaptionLabel(chunk: string): string {
  const caption = CAPTION_DASH.exec(chunk.trim());
  // "Psykologförbundet – Lotta Brink" is a union's person, as a federation's list writes it: no caption.
  const org = caption ? rosterOrg(caption[1]!) : null;
  if (!caption || captionPart(caption[1]!) === null || (org !== null && org !== EMPLOYER)) return chunk;
  return `${caption[1]}: ${chunk.trim().slice(caption[0].length)}`;
}

/** "Anna Lind (förvaltningschef), Sofia Nyberg (Vision); Kommunal: Kalle Ek": a roster on one line. */
/** "; ", " · ", or a full stop before the next party's label: "Seko: Ali Berg. Unionen: Mia Ek." */
const ROSTER_SEPARATOR = /;|\s[·|]\s|\.\s+(?=[^.:;]{2,40}:\s)/;

export function readRosterValue(value: string, part: RosterPart): RosterEntry[] {
  // "OFR: Vårdförbundet – Ingrid Kallin; Vision – Thomas Fors": a federation's label holds for the chunks after
  // it that have no label of their own.
  // So does a side's caption: "För arbetstagarna: Ali Berg, ombudsman Seko; Mia Ek, ordförande Unionen-klubben".
  let federation: OrgId | undefined;
  let side = part;
  return value
    .replace(/\.$/, "")
    .split(ROSTER_SEPARATOR)
    .map(withCaptionLabel)
    .flatMap((chunk) => {
      if (chunk.trim() === "") return [];
      const label = /^([^:]+):/.exec(chunk.trim())?.[1];
      const entries = readChunk(chunk, label === undefined ? side : part);
      if (label === undefined) return federation ? underFederation(entries, federation) : entries;
      const org = rosterOrg(label);
      federation = org && orgById(org)?.federation ? org : undefined;
      side = (org ? null : captionPart(label)) ?? part;
      return entries;
    });
}

/** A roster line is short: a paragraph of running text ends the roster without being read as one. */
const ROSTER_LINE_LENGTH = 400;

/** One line of the roster on its own, or null when the line is none. */
/** "Dr. Sven Åberg", "Prof. Eva Lind": a title before a name is not part of it. */
const HONORIFIC = /(^|[\s:;,(])(?:Dr|Prof|Doc|Docent|Med\.\s?dr|Fil\.\s?dr)\.?\s+(?=\p{Lu}\p{Ll})/gu;

export function readRosterEntries(text: string, part: RosterPart): RosterEntry[] | null {
  if (text.length > ROSTER_LINE_LENGTH) return null;
  // "Henrik Boman | HR-direktör | Arbetsgivaren": a table's row with pipes between its cells and no labels.
  const cells = text.includes(" | ") && !text.includes(":") ? text.split(" | ") : null;
  if (cells && cells.length > 2)
    return readTableRow(
      cells.map((cell) => cell.trim()),
      part,
    );
  const entries = readRosterValue(text.includes(".") ? text.replace(HONORIFIC, "$1") : text, part);
  return entries.length > 0 ? entries : null;
}

export function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (char === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((part) => part.trim() !== "");
}
