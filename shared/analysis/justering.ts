import { EMPLOYER, type OrgId } from "../model/meeting";
import { resolvePartyOrName } from "../unions/resolve";
import { findParties, unionByName } from "./parties";
import { splitSentences } from "./sentences";
import { EMPLOYER_BODY } from "./words/parties";

/**
 * Justering lines in the forms minutes use: a sentence ("X justerar protokollet för A, Y för B och Z för
 * arbetsgivaren."), an election ("X, SSR, och Y, Kommunal, valdes som justerare."), or a list after
 * "Justeras"/"Justerare:" with one "Name för Org (note)" or "Org: Name" per line.
 */
export interface ParsedJusterare {
  name: string;
  org: OrgId | null;
  note: string | null;
}

const NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:af|von|van|de|da|del|di|la|le)\s+)?\p{Lu}[\p{L}'’-]*){1,3}$/u;

/** A word of a name written in capitals only ("ÖPPNANDE") is a heading's, not a person's. */
const CAPITALS_WORD = /(?:^|\s)\p{Lu}{2,}(?=\s|$)/u;

export function isPersonName(text: string): boolean {
  const trimmed = text.trim();
  return NAME.test(trimmed) && !CAPITALS_WORD.test(trimmed) && !ORGANISATION_WORD.test(trimmed);
}
/** "Region Norrvik", "Sveriges Kommuner och Regioner": an organisation's name, no person's. */
const ORGANISATION_WORD = /^(?:Region|Regionen|Sveriges|Svenska|Kommunen|Landstinget)\s/;

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const LOWER_START = /^\p{Ll}/u;
/** The party a name stands for, or a manager's role standing for the employer ("Eva Strand, socialchef"). */
function orgOf(text: string): OrgId | null {
  const written = text.trim().replace(/^för\s+/i, "");
  const org = resolvePartyOrName(written) ?? unionByName(written);
  // "SKR/Åbyhamns kommun": the employer as its employers' organisation and itself, the first name its party.
  const name = written.split("/")[0]!.trim();
  if (org) return org;
  // "SKR", "Region Sörmark", "Åbyhamns kommun": the employer by the body it is, announced by "för" or not.
  // "Mälarvik Bostäder AB": a company is an employer, never a union.
  if (EMPLOYERS_BODY.test(name) || COMPANY.test(name)) return EMPLOYER;
  if (name.length > ROLE_LENGTH) return null;
  const role = findParties(name);
  if (role.length !== 1 || role[0]!.org !== EMPLOYER || role[0]!.end !== name.length) return null;
  // Otherwise a capitalised name stands for the employer only announced ("För Förvaltningen"); a role is
  // written in lower case ("socialchef").
  return /^för\s/i.test(text.trim()) || LOWER_START.test(name) ? EMPLOYER : null;
}
const EMPLOYERS_BODY = new RegExp(EMPLOYER_BODY, "u");
const COMPANY = /^\p{Lu}[\p{L}\s&-]{1,60}\s(?:AB|Aktiebolag|aktiebolag|HB|KB)$/u;
/** A role after a name is a word or two: "socialchef", "HR-chef". */
const ROLE_LENGTH = 40;

/** Splits on ", " and " och " outside parentheses. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && char === ",") {
      parts.push(current);
      current = "";
      continue;
    }
    if (depth === 0 && text.startsWith(" och ", i)) {
      parts.push(current);
      current = "";
      i += 4;
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim().replace(/^och\s+/, "")).filter(Boolean);
}

function splitNote(text: string): { main: string; note: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*[.,]?$/.exec(text);
  if (match) return { main: match[1]!.trim(), note: match[2]!.trim() || null };
  return { main: text.replace(/[.,]$/, "").trim(), note: null };
}

/** What a note after a justerare says when it is about dissent or a part of the minutes. */
const NOTE = /\d|§|punkt|oenig|protokollsanteckning|reservation|hänvisning/i;

/**
 * "Eva Ek (Seko) – justerat digitalt 2024-10-01, med reservation § 3": a meeting system's signature status after a
 * dash, no part of the name; a note after it stays the name's.
 */
const SIGNATURE_STATUS =
  /\s[–—-]\s+(?:justerat|signerat|godkänt)(?:\s+(?:digitalt|elektroniskt))?(?:\s+den)?\s+\d{4}-\d{2}-\d{2}\b[^,]*(?:,(.*))?$/i;
/** "[x] Eva Ek, Seko": a signature log's box, signed or not. */
const SIGNATURE_BOX = /^\[[ xX✓]?\]\s*/;
/** "Eva Ek, Seko ........ 2024-05-28 (BankID)", "… ........ väntar": a leader of dots and the signature's status. */
const SIGNATURE_LEADER = /(?<!\.)\.{4,}\s*\S.*$/;

/**
 * A line of a justering list: any form `parseJusteringLine` reads, "För Vision Helén Borg" (columns run
 * together), or "Name, role", "Name, Org, note" whose party may come from the roster.
 */
export function parseListLine(line: string): ParsedJusterare | null {
  const status = SIGNATURE_STATUS.exec(line);
  if (status) {
    const entry = parseListLine(line.slice(0, status.index));
    const note = status[1]?.trim();
    return entry && note && NOTE.test(note) ? { ...entry, note } : entry;
  }
  const text = line
    .trim()
    .replace(/^\*+|\*+$/g, "")
    .replace(SIGNATURE_BOX, "")
    .replace(SIGNATURE_LEADER, "")
    .trim()
    // "Karl Lund: för arbetsgivaren", a two-cell row joined: the name for its party.
    .replace(/^([^:]{3,40}):\s+(?=för\s)/i, "$1 ");
  const known = parseJusteringLine(text);
  if (known) return known;
  const announced = /^för\s+(.+)$/i.exec(text);
  if (announced) {
    const words = announced[1]!.split(/\s+/);
    for (let cut = 1; cut < words.length; cut++) {
      const org = orgOf(words.slice(0, cut).join(" "));
      const name = words.slice(cut).join(" ");
      if (org && isPersonName(name)) return { name, org, note: null };
    }
    // "För arbetstagarparten: Ali Berg": the unions' side names no one union; the roster gives the name's.
    const side = /^([^:]+):\s+(.+)$/.exec(announced[1]!);
    if (side && SIDE_CAPTION.test(side[1]!.trim()) && isPersonName(side[2]!.trim()))
      return { name: side[2]!.trim(), org: null, note: null };
  }
  const trailing = noteAfterName(text);
  if (trailing) return trailing;
  const { main, note } = splitNote(text);
  const [name, ...parts] = main.split(/\s*,\s*/);
  // "Jonas Ek, Seko – reservation § 3": a dash after the party parts it from the note as a comma does.
  const rest = parts.flatMap((part) => {
    const dashed = partyDash(part);
    return dashed && orgOf(dashed[0]) ? dashed : [part];
  });
  // "För Kommunal" names the party, not a person.
  if (!name || !isPersonName(name) || (announced && orgOf(name))) return null;
  const org = rest.map(orgOf).find((found) => found !== null) ?? null;
  // "Eva Ek, ordförande, 2025-06-13": the date signed is no note.
  const written = rest
    .filter((part) => !orgOf(part) && NOTE.test(part) && !SIGNED_DATE.test(part))
    .join(", ")
    // ', "justerat med hänvisning till …"': the note's words, out of their quotes.
    .replace(QUOTES, "");
  return { name, org, note: note ?? (written || null) };
}

const SIGNED_DATE = /^(?:den\s+)?\d{4}-\d{2}-\d{2}$/;

/** "Seko – reservation § 3": the text before and after its first spaced dash, or null. */
function partyDash(part: string): [string, string] | null {
  const dash = part.search(/\s[–—]\s/);
  if (dash <= 0) return null;
  const [before, after] = [part.slice(0, dash).trim(), part.slice(dash + 3).trim()];
  return before && after ? [before, after] : null;
}

/**
 * "Cecilia Öberg med reservation enligt § 6", "Ali Berg – oenighet § 3": a name and, after it in lower case, a
 * note on dissent or a part of the minutes (a note line joined to its name, or written on it).
 */
function noteAfterName(text: string): ParsedJusterare | null {
  const words = text.split(/\s+/);
  for (let cut = 2; cut <= Math.min(4, words.length - 1); cut++) {
    const rest = words
      .slice(cut)
      .join(" ")
      .replace(/^[–—-]\s*/, "");
    if (!LOWER_START.test(rest)) continue;
    const name = words.slice(0, cut).join(" ");
    if (isPersonName(name) && NOTE.test(rest)) return { name, org: null, note: rest };
  }
  return null;
}

/** One list line: "Name för Org (note)", "Org: Name", "Name, Org", "Name (Org)". */
export function parseJusteringLine(line: string): ParsedJusterare | null {
  const { main, note } = splitNote(line.trim());
  const forForm = /^(.+?)\s+för\s+(.+)$/.exec(main);
  if (forForm && isPersonName(forForm[1]!)) {
    const org = orgOf(forForm[2]!);
    if (org) return { name: forForm[1]!, org, note };
  }
  const labelForm = /^([^:]+):\s*(.+)$/.exec(main);
  if (labelForm) {
    const org = orgOf(labelForm[1]!);
    const name = labelForm[2]!.replace(/[,.]$/, "").trim();
    if (org && isPersonName(name)) return { name, org, note };
  }
  const commaForm = /^(.+?),\s*(.+)$/.exec(main);
  if (commaForm && isPersonName(commaForm[1]!)) {
    const org = orgOf(commaForm[2]!);
    if (org) return { name: commaForm[1]!, org, note };
  }
  if (note && isPersonName(main)) {
    // "Jenny Sahlin (Kommunal, arbetsplatsombud)": the party, then a role, which is no note.
    const [party, ...rest] = note.split(/\s*,\s*/);
    const whole = orgOf(note);
    const org = whole ?? orgOf(party!);
    const written = whole ? "" : rest.filter((part) => NOTE.test(part)).join(", ");
    if (org) return { name: main, org, note: written || null };
  }
  return null;
}

/** "Till justerare valdes …", "Att justera protokollet utsågs …": an election, the names after it. */
const ELECTED =
  /^(?:(?:till\s+)?justerare|att\s+justera(?:\s+(?:protokollet|anteckningarna|minnesanteckningarna))?)\s+(?:valdes|utsågs|utses)\s*:?\s*(.+)$/i;
/** "Protokollet justeras av …", "Justerat digitalt 2025-03-04 av …" (a few words before "av"). */
const PASSIVE_HEAD = String.raw`(?:justering\s*:\s*)?(?:(?:protokollet|anteckningarna|minnesanteckningarna)\s+)?(?:har\s+)?(?:justeras|justerats|justerat)(?:\s+(?!av\s)[\p{L}\d-]+){0,5}?\s+av`;
const PASSIVE = new RegExp(String.raw`^${PASSIVE_HEAD}\s*:?\s+(.+)$`, "iu");

const SENTENCE_VERB =
  /\s+(?:justerar\s+protokollet|justerar|(?:valdes|utsågs|utses)\s+(?:till|som)\s+justerare|(?:valdes|utsågs|utses)\s+att\s+justera(?:\s+protokollet)?)\b/i;

/** Justerare named in a running sentence; empty when the sentence names none. */
export function parseJusteringSentence(sentence: string): ParsedJusterare[] {
  const text = sentence.trim().replace(/\.$/, "");
  let body: string;
  const verb = SENTENCE_VERB.exec(text);
  if (verb) {
    body = `${text.slice(0, verb.index)} ${text.slice(verb.index + verb[0].length)}`;
  } else {
    const elected = ELECTED.exec(text);
    const listed = /^(?:justerare|justeringsperson(?:er)?)\s*:\s*(.+)$/i.exec(text);
    const passive = PASSIVE.exec(text);
    const inline = /^(?:justeras|justerare|justering)\s*:\s*(.+)$/i.exec(text);
    const found = elected ?? listed ?? passive ?? inline;
    if (!found) return [];
    body = found[1]!;
  }
  const result: ParsedJusterare[] = [];
  for (const written of splitList(body.replace(/\s+/g, " ").trim())) {
    // "… och av Ali Berg och Per Ek för respektive arbetstagarorganisation": the names, no party.
    const part = written.replace(/^\s*av\s+/i, "").replace(/\s+för\s+respektive\s+\S+$/i, "");
    const parsed = parseJusteringLine(part);
    if (parsed) {
      result.push(parsed);
      continue;
    }
    const { main, note } = splitNote(part);
    const org = orgOf(main);
    const last = result[result.length - 1];
    if (org && last && last.org === null) {
      last.org = org;
      last.note ??= note;
    } else if (isPersonName(main)) {
      result.push({ name: main, org: null, note });
    }
  }
  return result;
}

/**
 * "Justeras", "Justerare:", "Justeras (digitalt)", "Protokollsjustering", "Anteckningarna justeras digitalt av:":
 * the heading of a list of justerare.
 */
export function isJusteringListHeading(text: string): boolean {
  return (
    /^(?:justeras|justerare|justering|justerat|protokollsjustering|signaturer|signering(?:ar)?|digital\s+signering)\b[^.]{0,30}$/i.test(
      text.trim(),
    ) || APPROVED.test(text.trim())
  );
}

/**
 * "Minnesanteckningarna justeras digitalt.", "Anteckningarna godkända av:", "Protokollet har stämts av med": the
 * notes said to be approved, a line of its own over the list (a full stop only after "justeras …").
 */
const APPROVED =
  /^(?:protokollet|(?:minnes)?anteckningarna)\s+(?:(?:har\s+)?(?:justeras|justerat|justerats)\b[^.]{0,30}\.?|(?:har\s+|är\s+)?(?:godkända|godkänts|godkänns|stämts\s+av)\s+(?:av|med)\s*:?)$/i;
/** The cheap test before a line outside a list is read: a justering word or a "För X" line. */
const MAY_JUSTERING = /juster|godkän|stämts\s+av|^\s*för\s|^\s*signaturer\b|signering/i;

/** Whether a sentence is about justering rather than naming justerare ("Justering sker digitalt."). */
export function namesJusterare(text: string): boolean {
  return SENTENCE_VERB.test(text) || JUSTERARE_OPENING.test(text);
}

const JUSTERARE_OPENING = new RegExp(
  String.raw`^(?:(?:till\s+)?justerare\s+(?:valdes|utsågs|utses)|att\s+justera(?:\s+\p{L}+)?\s+(?:valdes|utsågs|utses)|${PASSIVE_HEAD})\b|^(?:justeras|justerare|justeringsperson(?:er)?)\s*:\s*\p{Lu}`,
  "iu",
);

/** The justerare named anywhere in a paragraph: only its sentences about justerare are read. */
export function parseJusteringParagraph(paragraph: string): ParsedJusterare[] {
  if (!/juster/i.test(paragraph)) return [];
  return splitSentences(paragraph)
    .filter((sentence) => namesJusterare(sentence.text.trim()))
    .flatMap((sentence) => parseJusteringSentence(sentence.text));
}

/** A justering list under way, with the party a "För Kommunal" line has announced for the name below it. */
export interface JusteringList {
  org: OrgId | null;
  /** The last name of the list came without its party: an organisation on the next line is its party. */
  nameWithoutOrg?: true;
  /** A grid: the parties "För X" cells announced for the names below them, column by column. */
  columnOrgs?: OrgId[];
  /** The notes those cells gave ("För Vision (oenighet 6 §)"), column by column. */
  columnNotes?: (string | null)[];
  /** A grid row of this many names came without their parties: the row under it gives them. */
  namesWithoutOrg?: number;
  /** A table under a header row ("Justerare | Organisation | Datum"): the columns of the name and the party. */
  table?: { name: number; org: number; note: number; width: number };
  /** "Vid protokollet | Justeras" over the names: the columns whose names sign without approving. */
  signerColumns?: boolean[];
}

/** The party (and note) a line gives a name above it that came without one. */
export interface PartyOfName {
  org: OrgId | null;
  note?: string;
}

/**
 * What a justering line gives: entries, how the list goes on, and the parties of the last names above it
 * (one for a list, one per column for a grid), in order.
 */
export interface JusteringLine {
  entries: ParsedJusterare[];
  list: JusteringList | null;
  ofLast?: PartyOfName[];
}

/**
 * "För DIK", "För arbetsgivaren:", "För Vision (oenighet 6 §)": a cell announcing the party of the name below
 * it, and the note it gives that name.
 */
function announcedSide(cell: string): PartyOfName | null {
  const announced = /^för\s+([^:]+?):?$/i.exec(cell.trim());
  if (!announced || cell.length >= 60) return null;
  const { main, note } = splitNote(announced[1]!);
  const org = orgOf(main);
  return org ? { org, ...(note ? { note } : {}) } : null;
}

const announcedParty = (cell: string): OrgId | null => announcedSide(cell)?.org ?? null;

/** "Förvaltningschef", "Huvudskyddsombud, Seko": the party a role cell under a name gives, if any. */
function partyOfRoleCell(cell: string): OrgId | null {
  for (const part of cell.split(/\s*,\s*/).reverse()) {
    const org = orgOf(part) ?? orgOf(part.charAt(0).toLocaleLowerCase("sv") + part.slice(1));
    if (org) return org;
  }
  return null;
}

// Kept out of the function: esbuild (tsx) compiles a `\p{…}` literal to `new RegExp`, built per call.
const AFTER_NOTE = /(?<=\))\s+(?=\p{Lu})/u;
/** "Kim Åberg (oenighet om schemat) Dana Holm": a note pushed the next column's name onto one gap. */
const splitAfterNotes = (text: string) => text.split(AFTER_NOTE);

/**
 * The cells of a grid's row whose gaps were lost: after a note in parentheses, or "Bo Ek Siv Lund med
 * reservation" (two names of two words under two columns, a note line joined to them): the run of capitalised
 * words split evenly, the note to the last name, where a joined line under the row ends.
 */
const CAPITALISED = /^\p{Lu}/u;
function gridCells(text: string, width: number): string[] {
  const split = splitAfterNotes(text);
  if (split.length > 1 || width < 2) return split;
  const words = text.split(/\s+/);
  const run = words.findIndex((word) => !CAPITALISED.test(word));
  const names = run < 0 ? words.length : run;
  if (names !== 2 * width) return split;
  const cells = Array.from({ length: width }, (_, k) => words.slice(2 * k, 2 * k + 2).join(" "));
  if (run >= 0) cells[width - 1] = `${cells[width - 1]} ${words.slice(run).join(" ")}`;
  return cells;
}

/**
 * A row of a signature grid: "För arbetsgivaren | För DIK" over "Jessica Mohlin | Lovisa Ehn (oenighet)", or
 * names over their roles ("Håkan Berg | Lars Pihl" over "Förbundsdirektör | Huvudskyddsombud, Seko").
 */
function readGridRow(cells: readonly string[], list: JusteringList | null): JusteringLine | null {
  // "Vid protokollet      Justeras": the signature lines side by side, their names on the row below.
  if (cells.every((cell) => SIGNATURE_CELL.test(cell.trim())) && cells.some((cell) => /juster/i.test(cell)))
    return { entries: [], list: { org: null, signerColumns: cells.map((cell) => !/juster/i.test(cell)) } };
  const labelled = labelledRow(cells, list);
  if (labelled) return labelled;
  // "Arbetsgivarsidan | Arbetstagarsidan": the sides' captions over the columns of names, no names themselves.
  if (cells.every((cell) => SIDE_CAPTION.test(cell.trim()))) return { entries: [], list: { org: null } };
  const signers = list?.signerColumns;
  if (signers?.length === cells.length) {
    const names = cells.filter((_, k) => !signers[k]).map(parseListLine);
    if (names.every((entry) => entry !== null))
      return { entries: names as ParsedJusterare[], list: { org: null } };
  }
  const announced = cells.map(announcedSide);
  // "Eva Sjöberg | Jessica Blom" over "För arbetsgivaren | För Sveriges Lärare": the parties of the names above.
  if (list?.namesWithoutOrg === cells.length && announced.every((side) => side !== null))
    return { entries: [], list: { org: null }, ofLast: announced as PartyOfName[] };
  if (announced.every((side) => side !== null)) {
    const columnOrgs = announced.map((side) => side.org!);
    const columnNotes = announced.map((side) => side.note ?? null);
    const noted = columnNotes.some((note) => note !== null);
    return { entries: [], list: { org: null, columnOrgs, ...(noted ? { columnNotes } : {}) } };
  }
  if (!list) return null;
  // A row of names ("Carina Holmgren, SKR") is the grid's next row, not the roles of the names above it.
  if (list.namesWithoutOrg === cells.length && !cells.some((cell) => isPersonName(cell.split(",")[0]!))) {
    const ofLast = cells.map((cell) => ({ org: partyOfRoleCell(cell) }));
    if (ofLast.some((party) => party.org !== null)) return { entries: [], list: { org: null }, ofLast };
  }
  // "Olle Sten, SKR | (oenighet enligt punkt 1)": a note's cell under the column's name above is no justerare.
  const noted = cells.map((cell) => NOTE_CELL.test(cell.trim()));
  const parsed = cells.map((cell, k) => (noted[k] ? null : parseListLine(cell)));
  // "(för arbetsgivarparten) | (oenighet)" under a row of names: the notes of the names above, column by column.
  if (noted.every(Boolean)) return { entries: [], list: { org: null }, ofLast: cells.map(noteOfCell) };
  if (parsed.some((entry, k) => entry === null && !noted[k])) return null;
  const columnOrgs = list.columnOrgs?.length === cells.length ? list.columnOrgs : undefined;
  const columnNotes = columnOrgs ? list.columnNotes : undefined;
  const entries = parsed.flatMap((entry, k) =>
    entry
      ? [
          {
            ...entry,
            org: entry.org ?? columnOrgs?.[k] ?? null,
            note: entry.note ?? columnNotes?.[k] ?? null,
          },
        ]
      : [],
  );
  const missing = entries.some((entry) => entry.org === null);
  return { entries, list: { org: null, ...(missing ? { namesWithoutOrg: cells.length } : {}) } };
}

/**
 * A row of label and name: "Justeras för Vision | Marie Lindahl" is a justerare of that party; "Vid protokollet |
 * Rut Sand" in the list is the secretary, who signs without approving. The cells after the name are its role
 * or its note, as after a comma: "För Vision | Omar Haddad | med oenighet, se protokollsanteckning".
 */
function labelledRow(cells: readonly string[], list: JusteringList | null): JusteringLine | null {
  if (cells.length < 2) return null;
  const label = cells[0]!.trim();
  // "Karin Malm, med hänvisning till protokollsanteckning": the name with its note.
  // The name's own cell must read as one ("För BRF | För Kommunal" is a grid's row of parties).
  const read = parseListLine(cells[1]!) && parseListLine(cells.slice(1).join(", "));
  if (!read) return null;
  // A cell of its own holds the whole note: "med reservation, se bilaga".
  const entry = read.note && cells.length > 2 ? { ...read, note: cells.slice(2).join(", ") } : read;
  // "För Seko | Ali Berg" only in a list under way; "Justeras för Seko | Ali Berg" anywhere.
  const side = /^(juster(?:as|at|are)\s+)?(för\s+[^:]+?):?$/i.exec(label);
  const org = side && (side[1] || list) ? orgOf(side[2]!) : null;
  if (org) return { entries: [{ ...entry, org: entry.org ?? org }], list: { org: null } };
  if (cells.length > 2) return null;
  return list && SIGNATURE_CELL.test(label) && !/juster/i.test(label) ? { entries: [], list } : null;
}

/** "Justerat digitalt 2026-03-18 – med hänvisning till …": a signature's date in its cell, a note after a dash. */
const SIGNED_CELL =
  /^(?:(?:ej|inte)\s+(?=signerat|justerat))?(?:justerat|signerat|godkänt)(?:\s+(?:digitalt|elektroniskt))?(?:\s+(?:den\s+)?\d{4}-\d{2}-\d{2}(?:\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2})?(?:\s*\([^()]{1,20}\))?)?(?:\s+[–—-]\s+(?:kommentar:\s*)?(\S.*))?$/iu;

/**
 * "Henrik Ek, ordförande      Justerat digitalt 2026-03-18": a name's line beside its signature's date (blinds 20
 * and 22); the date is no note, the words after a dash in its cell are.
 */
function signedBeside(nameCell: string, signedCell: string): ParsedJusterare | null {
  const signed = SIGNED_CELL.exec(signedCell.trim());
  const entry = signed ? parseListLine(nameCell) : null;
  if (!entry) return null;
  // "ej signerat – kommentar: ”Signerar med reservation …”": the comment's words, out of their quotes.
  return signed![1] ? { ...entry, note: signed![1].trim().replace(QUOTES, "") } : entry;
}

const QUOTES = /^["”“]|["”“]$/g;
const DATED_LINE = /^(?:justerat|justeras)\s+(?:den\s+)?\d{4}-\d{2}-\d{2}\s+(\p{Lu}.+)$/iu;
const SIDE_CAPTION =
  /^(?:arbetsgivar|arbetstagar)(?:sidan|parten|en|na)$|^(?:arbetstagarorganisationerna|fackliga(?:\s+organisationer(?:na)?)?)$/i;
const NOTE_CELL = /^\([^()]*\)$/;

/** "(oenighet)" gives the name above its note; "(för arbetsgivarparten)" its side, which the name has. */
function noteOfCell(cell: string): PartyOfName {
  const inner = cell.trim().slice(1, -1).trim();
  return NOTE.test(inner) && !/^för\s/i.test(inner) ? { org: null, note: inner } : { org: null };
}

/** The label of a signature line: "Vid protokollet", "Justeras", "Ordförande". */
const SIGNATURE_CELL =
  /^(?:vid\s+(?:protokollet|(?:minnes)?anteckningarna)|protokollförare|sekreterare|antecknare|ordförande|justeras|justerare|justerat)$/i;

const NAME_HEADER = /^(?:justerare|justeras\s+av|namn)$/i;
const ORG_HEADER = /^(?:organisation|part|förbund|fackförbund|representerar|för)$/i;
const NOTE_HEADER = /^(?:anteckning|kommentar|notering|anmärkning)$/i;
/** An empty note cell: "–", "-". */
const NO_NOTE = /^[-–—]?$/;

/**
 * A justering table: its header row ("Justerare | Organisation | Datum") says which column is the name,
 * which the party and which any note; each row under it is one justerare, a note in parentheses in the
 * party's cell or in a column of its own ("Namn | Organisation | Anteckning"), whose empty cells at the end
 * leave a row short.
 */
function readTableRow(cells: readonly string[], list: JusteringList | null): JusteringLine | null {
  const name = cells.findIndex((cell) => NAME_HEADER.test(cell.trim()));
  const org = cells.findIndex((cell) => ORG_HEADER.test(cell.trim()));
  if (name >= 0 && org >= 0) {
    const note = cells.findIndex((cell) => NOTE_HEADER.test(cell.trim()));
    return { entries: [], list: { org: null, table: { name, org, note, width: cells.length } } };
  }
  const table = list?.table;
  if (!table || cells.length > table.width || cells.length <= Math.max(table.name, table.org)) return null;
  if (!isPersonName(cells[table.name]!)) return null;
  const { main, note } = splitNote(cells[table.org]!);
  const party =
    main
      .split(/\s*,\s*/)
      .map(orgOf)
      .find((found) => found !== null) ?? null;
  const noteCell = table.note >= 0 ? cells[table.note]?.trim() : undefined;
  const ownNote = noteCell && !NO_NOTE.test(noteCell) ? noteCell : null;
  return { entries: [{ name: cells[table.name]!.trim(), org: party, note: ownNote ?? note }], list };
}

/**
 * The justerare a paragraph names: a line of the list under way ("Per Ström för Vision", "För Vision" over
 * a name, or a name alone whose party the roster gives), a list heading (with any names on it), or a
 * paragraph with sentences naming justerare. `list` says whether and how a list continues after it.
 */
export function readJustering(
  text: string,
  list: JusteringList | null,
  columns?: readonly string[],
): JusteringLine | null {
  // Outside a list only a line about justering or a "För X" line can be one (most paragraphs are neither).
  if (!list && !MAY_JUSTERING.test(text)) return null;
  // "För Kommunal: Stefan Nyberg ______": the line to sign on is no part of the name.
  const line = text.includes("___") || text.includes("....") ? text.replace(SIGNING_RULE, "$1") : text;
  if (line.includes("|")) return readJusteringCells(line, list, columns);
  return readJusteringLine(line, list, columns);
}

/** A sentence that ends in "… justeras/har justerats [digitalt …] av:", looked for in the paragraph's last characters. */
const ANNOUNCEMENT_REACH = 120;
const ANNOUNCES_LIST = /(?:^|[.!?]\s+)[^.!?]*\bjuster(?:as|ats|at)\b[^.!?]*\sav:$/i;

/** Names of the list written on one line apart by commas and "och", each with its party ("Eva Ek (Vision)"). */
function severalOnOneLine(text: string): ParsedJusterare[] | null {
  if (!text.includes(",") && !text.includes(" och ")) return null;
  const entries = splitList(text.replace(/\.$/, "")).map(parseListLine);
  return entries.length > 1 && entries.every((entry) => entry?.org) ? (entries as ParsedJusterare[]) : null;
}

/** A rule of underscores or dots after a name, to sign on (not a line that is only the rule). */
const SIGNING_RULE = /(\S)\s*(?:_{3,}|\.{4,})\s*$/;

/**
 * A table's row exported as text keeps the pipes between its cells but not its outer ones ("För A | För B" over
 * "Bo Stål | Eva Ek"): those cells are the line's columns, as a wide gap's are.
 */
function readJusteringCells(
  text: string,
  list: JusteringList | null,
  columns?: readonly string[],
): JusteringLine | null {
  const cells = (columns && columns.length > 1 ? columns.join(" | ") : text)
    .split(PIPE)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");
  return readJusteringLine(cells.join(" | "), list, cells.length > 1 ? cells : columns);
}

const PIPE = /\s*\|\s*/;
/**
 * "Justeras:", "Justerare:", "Justerandes signatur:", "Justerat digitalt:": the label of a list on one line, its
 * names after it.
 */
const LIST_LABEL =
  /^(?:justeras|justerare|justering|justerat|justerande(?:s\s+(?:signatur|underskrift)(?:er)?)?)(?:\s+(?:digitalt|elektroniskt))?\s*:\**\s*(.{6,})$/i;
const cellsOfRow = (text: string) =>
  text
    .split(";")
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");
const SIGNED_FOR = /^(?:justerat|justeras|justerad)\s+för\s+([^:]{2,40}):\s*(\S.*)$/i;

/**
 * "Justeras: A (AG), B (Seko) – justering sker digitalt senast …": a remark of three words or more after a dash
 * ends a labelled list; "– för arbetsgivaren" names a party and stays.
 */
const LIST_REMARK = /^([Jj]uster(?:as|are|ing|at)\s*:.*?)\s+[–—]\s+(?!för\s)\p{Ll}+(?:\s+\S+){2,}$/u;

function readJusteringLine(
  line: string,
  list: JusteringList | null,
  columns?: readonly string[],
): JusteringLine | null {
  const text = line.includes(" –") || line.includes(" —") ? (LIST_REMARK.exec(line)?.[1] ?? line) : line;
  // "Lotta Nyman      Carina Sjöberg": signers side by side, in a grid.
  const cells =
    columns && columns.length > 1
      ? columns
      : list?.columnOrgs
        ? gridCells(text.trim(), list.columnOrgs.length)
        : null;
  const signedCell = list && columns?.length === 2 ? signedBeside(columns[0]!, columns[1]!) : null;
  if (signedCell) return { entries: [signedCell], list: { org: null } };
  const table = columns && (columns.length > 2 || list?.table) ? readTableRow(columns, list) : null;
  if (table) return table;
  const grid = cells && cells.length > 1 ? readGridRow(cells, list) : null;
  if (grid) return grid;
  // "För Vision; Omar Haddad; med oenighet": a markdown table's row of three cells or more, as text.
  const row = list && !cells && text.includes(";") ? labelledRow(cellsOfRow(text), list) : null;
  if (row) return row;
  const announced = /^för\s+([^:]+?):?$/i.exec(text.trim());
  const announcedOrg = announcedParty(text);
  // "Birgitta Hellman" / "För Kommunal, med protokollsanteckning": the party under a name without one.
  if (list?.nameWithoutOrg && announced) {
    const [party, ...note] = announced[1]!.split(/\s*,\s*/);
    const org = orgOf(party!);
    if (org)
      return {
        entries: [],
        list: { org: null },
        ofLast: [{ org, ...(note.length ? { note: note.join(", ") } : {}) }],
      };
  }
  // "För Vision" over a name: a signature block, with or without a "Justeras" heading.
  if (announcedOrg) return { entries: [], list: { org: announcedOrg } };
  // "Justerat för Seko: Ali Berg": the name for the party its line announces.
  const signedFor = SIGNED_FOR.exec(text.trim());
  const signed = signedFor ? parseListLine(`${signedFor[2]} för ${signedFor[1]}`) : null;
  if (signed) return { entries: [signed], list: { org: null } };
  if (list) {
    const entry = parseListLine(text);
    if (entry?.org) return { entries: [entry], list: { org: null } };
    // "Anna Berglund" over "Skolchef, för arbetsgivaren" or "Sveriges Lärare": the line gives the name its party.
    const org = list.nameWithoutOrg ? partyOfRoleCell(text.trim().replace(/^för\s+/i, "")) : null;
    if (org) return { entries: [], list: { org: null }, ofLast: [{ org }] };
    // "Eva Ek (arbetsgivaren), Ali Berg (Kommunal) och …": the list's names on one line, as a sentence writes them.
    const several = entry ? null : severalOnOneLine(text);
    if (several) return { entries: several, list: { org: null } };
    if (entry) {
      const named = { ...entry, org: list.org };
      return {
        entries: [named],
        list: { org: null, ...(list.org ? {} : { nameWithoutOrg: true as const }) },
      };
    }
  }
  // "Justeras: Gunnar Lindgren, utbildningschef · Ingela Björk, Sveriges Lärare": the list on one line, its
  // names apart by " · ", " / ", ";" or a wide gap (the line's columns).
  const inline = LIST_LABEL.exec(text.trim());
  const gapped = inline && columns && columns.length > 1 ? /:\**\s*(.*)$/.exec(columns[0]!) : null;
  // "Justeras: | Ove Brink | Lena Vik": the heading alone in the first cell, the names in the cells after it.
  const cellsAfter = gapped ? [...(gapped[1] ? [gapped[1]] : []), ...columns!.slice(1)] : null;
  const parts = cellsAfter ?? inline?.[1]?.split(/\s+[·/]\s+|;\s*/) ?? [];
  const listed = parts.map(parseListLine);
  if (listed.length > 1 && listed.every((entry) => entry !== null)) {
    // Names without their parties in columns: the row under them may give them ("Arbetsgivaren | Unionen").
    const withoutOrg = cellsAfter !== null && listed.every((entry) => entry.org === null);
    return {
      entries: listed as ParsedJusterare[],
      list: withoutOrg ? { org: null, namesWithoutOrg: listed.length } : null,
    };
  }
  // "Justerat 2025-02-14 Ali Berg, Seko (reservation p. 1)": the date, then the line of a list.
  const dated = DATED_LINE.exec(text.trim());
  const datedEntry = dated ? parseListLine(dated[1]!) : null;
  if (datedEntry) return { entries: [datedEntry], list: { org: null } };
  if (isJusteringListHeading(text)) return { entries: parseJusteringSentence(text), list: { org: null } };
  // "Nästa möte hålls 2024-04-18. Anteckningarna justeras digitalt av:": the paragraph's last sentence announces
  // the list on the lines after it.
  if (!list && text.endsWith("av:") && ANNOUNCES_LIST.test(text.slice(-ANNOUNCEMENT_REACH)))
    return { entries: [], list: { org: null } };
  const named = parseJusteringParagraph(text);
  return named.length > 0 ? { entries: named, list: null } : null;
}
