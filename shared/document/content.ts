import { t } from "../i18n/i18n";
import { buildJustering } from "../justering/build";
import type { AgendaItem, Disagreement, Justerare, Meeting, Person } from "../model/meeting";
import { mergedDelegations } from "../model/roster";
import { fillPlaceholders, placeholderParts } from "../templates/placeholders";
import type { Template, TemplateSection } from "../templates/types";
import { orgDisplayName } from "../unions/resolve";
import type { Mark, SectionRole } from "./tags";
import { agendaItemKey, fieldTag } from "./tags";

/**
 * What the adapter writes, as plain data: paragraphs (with styles, hyperlinked runs and fields) and marks
 * wrapping paragraphs. A section or agenda item is anchored by a mark around its heading (an agenda item's
 * heading block: heading, dnr/MBL line and underlag, all written by the add-in) and runs to the next one;
 * the text under it, where the secretary writes and marks, lies outside every control. Building it is pure
 * and tested on its own; `write-blocks.ts` turns it into queued Word calls.
 */
export type ParagraphStyle = "Title" | "Heading1" | "Heading2" | "Heading3" | "Normal";

export interface Run {
  text: string;
  /** http(s) only; set through `range.hyperlink`, never as markup. */
  href?: string;
  /**
   * The template placeholder this run shows (its value, or "{name}" while the meeting has none), written as a
   * field the add-in fills in again whenever the meeting is saved.
   */
  field?: string;
  /** The meeting has no value for the field yet: it shows "{name}" and Word draws it with its tags. */
  missing?: boolean;
}

export interface ParagraphBlock {
  type: "paragraph";
  style: ParagraphStyle;
  runs: Run[];
}

export interface MarkBlock {
  type: "mark";
  mark: Mark;
  /** The section or item title shown on the content control. */
  label: string;
  paragraphs: ParagraphBlock[];
}

/**
 * Paragraphs the add-in rewrites from the meeting whenever it is saved (the chosen justerare), in one block
 * field: a control tagged `sp:falt:<name>` around them.
 */
export interface FieldBlock {
  type: "field";
  field: string;
  paragraphs: ParagraphBlock[];
  /**
   * Kept in the tag after the field's name (`sp:falt:narvarande:<fingerprint>`) where the add-in must tell its
   * own text from the secretary's: the fingerprint of the text it wrote (`textFingerprint`).
   */
  fingerprint?: string;
}

export type Block = ParagraphBlock | MarkBlock | FieldBlock;

const sv = (key: Parameters<typeof t>[0], params?: Record<string, string>) => t(key, params, "sv");
const DEFAULT_STATEMENTS_HEADING = "Fackliga inspel";

export function paragraph(text: string, style: ParagraphStyle = "Normal"): ParagraphBlock {
  return { type: "paragraph", style, runs: [{ text }] };
}

/** A paragraph of template text: each `{placeholder}` becomes a field run holding its value. */
function templateParagraph(text: string, meeting: Meeting, style: ParagraphStyle = "Normal"): ParagraphBlock {
  const runs = placeholderParts(text, meeting).map((part) =>
    part.field
      ? { text: part.text, field: part.field, ...(part.text === `{${part.field}}` ? { missing: true } : {}) }
      : { text: part.text },
  );
  return { type: "paragraph", style, runs };
}

/** The text a paragraph block will read as in Word. */
export function blockText(block: ParagraphBlock): string {
  return block.runs.map((run) => run.text).join("");
}

function headingStyle(depth: number): ParagraphStyle {
  return depth <= 1 ? "Heading1" : depth === 2 ? "Heading2" : "Heading3";
}

/** "1. Mötets öppnande", "§ 1 Val av justerare", or the bare title for unnumbered minutes. */
export function headingText(number: string | null | undefined, title: string): string {
  const n = number?.trim();
  if (!n) return title;
  return /[.)]$/.test(n) || n.startsWith("§") ? `${n} ${title}` : `${n}. ${title}`;
}

function personLine(person: Person): string {
  return person.title
    ? sv("word.minutes.personWithTitle", { name: person.name, title: person.title })
    : person.name;
}

/** Närvarande (employer side, then each union's delegation) and Förhinder, as the minutes list them. */
export function rosterParagraphs(meeting: Meeting, title: string, depth: number): ParagraphBlock[] {
  const { employer, unions, absent } = meeting.roster;
  const lines: ParagraphBlock[] = [paragraph(title, headingStyle(depth))];
  if (employer.length > 0) {
    lines.push(paragraph(sv("word.minutes.employerSide"), headingStyle(depth + 1)));
    lines.push(...employer.map((person) => paragraph(personLine(person))));
  }
  const present = mergedDelegations(unions).filter((delegation) => delegation.people.length > 0);
  if (present.length > 0) {
    lines.push(paragraph(sv("word.minutes.unionSide"), headingStyle(depth + 1)));
    // One line per union, as the minutes list them: "Kommunal: Charlotte Andersson, Piero Cima".
    lines.push(
      ...present.map((delegation) =>
        paragraph(
          sv("pane.minutes.delegation", {
            org: orgDisplayName(delegation.org),
            names: delegation.people.map(personLine).join(", "),
          }),
        ),
      ),
    );
  }
  if (absent.length > 0) {
    lines.push(paragraph(sv("word.minutes.absent"), headingStyle(depth + 1)));
    for (const entry of absent) {
      const org = entry.org ? orgDisplayName(entry.org) : "";
      const text =
        entry.name && org ? sv("word.minutes.personOfOrg", { name: entry.name, org }) : entry.name || org;
      if (text) lines.push(paragraph(text));
    }
  }
  // A roster not filled in yet leaves a line to write it in.
  return lines.length > 1 ? lines : [...lines, paragraph("")];
}

/** A field the add-in rewrites while it holds what it wrote: the fingerprint of that text is always known. */
export type WrittenField = FieldBlock & { fingerprint: string };

/** The field around the roster's lines (Närvarande, the lists under it), rewritten on save while unedited. */
export const ROSTER_FIELD = "närvarande";

/** The lines under the roster's heading (of a section at `depth`), as the roster field holds them. */
function rosterListParagraphs(meeting: Meeting, depth = 1): ParagraphBlock[] {
  return rosterParagraphs(meeting, "", depth).slice(1);
}

/** The text as the secretary sees it, line by line: Word's paragraph breaks and surrounding spaces folded. */
function foldedLines(text: string): string {
  return text
    .split(/\r\n?|\n|\v/)
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n+$/, "");
}

/**
 * A short fingerprint of a text (32-bit FNV-1a of its folded lines, base 36): the roster field keeps the one
 * of the text the add-in wrote, so a save can tell that text from one the secretary edited. Not a secret, only
 * a change check.
 */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of foldedLines(text)) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The roster field's blocks for this meeting (under a section at `depth`), carrying in its fingerprint the
 * depth too ("1.k3j9x2"), so a rewrite gives the sub-headings the level they had.
 */
export function rosterField(meeting: Meeting, depth = 1): WrittenField {
  const paragraphs = rosterListParagraphs(meeting, depth);
  const fingerprint = `${depth}.${textFingerprint(paragraphs.map(blockText).join("\n"))}`;
  return { type: "field", field: ROSTER_FIELD, paragraphs, fingerprint };
}

/**
 * What a field's tag says of the text it was written with (`sp:falt:<name>:<fingerprint>`): its text's
 * fingerprint and, for the roster, its section's depth ("1.k3j9x2"). Null for a tag without one (a field
 * written before fields carried it) or of another field.
 */
export function writtenFingerprint(tag: string, name: string): { depth: number; text: string } | null {
  const prefix = `${fieldTag(name)}:`;
  if (!tag.startsWith(prefix)) return null;
  const match = /^(?:([1-9])\.)?([0-9a-z]{1,8})$/.exec(tag.slice(prefix.length));
  return match ? { depth: Number(match[1] ?? 1), text: match[2]! } : null;
}

/** Whether a field whose tag is `tag` still holds the text the add-in wrote into it. */
export function holdsWrittenText(tag: string, name: string, text: string): boolean {
  return writtenFingerprint(tag, name)?.text === textFingerprint(text);
}

/** Whether a roster field holds nothing but blank lines: the secretary emptied it, or it was never filled. */
export function isBlankText(text: string): boolean {
  return foldedLines(text) === "";
}

/** The justering block's paragraphs; never empty, so the content control always has a paragraph to hold. */
export function justeringParagraphs(
  template: Template,
  meeting: Meeting,
  disagreements: readonly Disagreement[],
): ParagraphBlock[] {
  const text = buildJustering(template.justering, meeting.justerare, disagreements);
  const paragraphs = [
    ...(text.heading ? [paragraph(text.heading, "Heading2")] : []),
    ...text.lines.map((line) => paragraph(line)),
  ];
  return paragraphs.length > 0 ? paragraphs : [paragraph("")];
}

export function justeringBlock(
  template: Template,
  meeting: Meeting,
  disagreements: readonly Disagreement[],
): MarkBlock {
  return {
    type: "mark",
    mark: { kind: "justering" },
    label: "",
    paragraphs: justeringParagraphs(template, meeting, disagreements),
  };
}

export interface SectionContext {
  meeting: Meeting;
  statementsHeading: string;
  template?: Template;
}

/** The field around the list of chosen justerare, rewritten from the meeting on every save. */
export const JUSTERARE_FIELD = "justerare";

/** "Till justerare valdes:" and one line per justerare ("Anna Ek, arbetsgivaren"), as the minutes list them. */
export function justerareListParagraphs(meeting: { justerare: readonly Justerare[] }): ParagraphBlock[] {
  const chosen = meeting.justerare.map((person) =>
    paragraph(
      sv("word.minutes.personOfOrg", { name: person.name, org: person.label || orgDisplayName(person.org) }),
    ),
  );
  const intro = paragraph(
    sv(chosen.length > 0 ? "word.minutes.justerareChosen" : "word.minutes.noJusterare"),
  );
  return [intro, ...chosen];
}

/** The list of chosen justerare as its field, with the fingerprint of the text written (see `textFingerprint`). */
export function justerareField(meeting: { justerare: readonly Justerare[] }): WrittenField {
  const paragraphs = justerareListParagraphs(meeting);
  const fingerprint = textFingerprint(paragraphs.map(blockText).join("\n"));
  return { type: "field", field: JUSTERARE_FIELD, paragraphs, fingerprint };
}

const LIST_INTROS = new Set([sv("word.minutes.justerareChosen"), sv("word.minutes.noJusterare")]);
// "Anna Ek, arbetsgivaren": a name, a comma and an organisation, no sentence (which ends in a full stop).
const LIST_LINE = /^[^\s,][^,]*, [^\s].*[^.!?:;]$/u;

/**
 * Does the text hold only what `justerareListParagraphs` writes (for some meeting)? How a list written before
 * the list's field carried the fingerprint of its text is told from one the secretary typed into (Enter at
 * its end stays inside the field).
 */
export function isJusterareList(text: string): boolean {
  const lines = text.split(/[\r\n]/).map((line) => line.trim());
  return lines.every((line, at) => (at === 0 ? LIST_INTROS.has(line) : LIST_LINE.test(line)));
}

/**
 * The lines listed under "Till justerare valdes:" in a document's text (up to the first line that is not a
 * "name, organisation" line), or null when the text has no such list.
 */
export function listedJusterare(text: string): string[] | null {
  const lines = text.split(/\r\n?|\n/).map((line) => line.trim());
  const at = lines.indexOf(sv("word.minutes.justerareChosen"));
  if (at < 0) return null;
  const listed: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!LIST_LINE.test(line)) break;
    listed.push(line);
  }
  return listed;
}

/** The mark that anchors a section (or group) by its heading paragraph. */
function anchor(sectionId: string, heading: ParagraphBlock, role?: SectionRole): MarkBlock {
  return {
    type: "mark",
    mark: { kind: "section", sectionId, ...(role ? { role } : {}) },
    label: blockText(heading),
    paragraphs: [heading],
  };
}

/** One template section (and its children) as blocks; `depth` 1 is a top-level section. */
export function sectionBlocks(section: TemplateSection, context: SectionContext, depth = 1): Block[] {
  const { meeting } = context;
  const title = fillPlaceholders(section.title, meeting);
  const headingLine = headingText(section.number, section.title);
  const heading = templateParagraph(headingLine, meeting, headingStyle(depth));
  const body = section.body ? [templateParagraph(section.body, meeting)] : [];
  const presenter = section.presenter
    ? [paragraph(sv("word.minutes.presenter", { presenter: section.presenter }))]
    : [];

  switch (section.kind) {
    case "group":
      return [
        anchor(section.id, heading, "group"),
        ...(section.children ?? []).flatMap((child) => sectionBlocks(child, context, depth + 1)),
      ];
    case "roster": {
      return [anchor(section.id, heading, "roster"), rosterField(meeting, depth)];
    }
    case "justerare": {
      return [anchor(section.id, heading, "justerare"), ...presenter, justerareField(meeting), ...body];
    }
    case "justering":
      // The block is the justering text itself; its section title is not printed (the minutes end with it).
      return context.template ? [justeringBlock(context.template, meeting, [])] : [];
    case "agenda":
      // Agenda items go at the end of this section (before the next heading), so the empty line is where
      // they follow. No statements heading: statements on an item are marked under the item itself.
      return [anchor(section.id, heading), ...presenter, ...body, paragraph("")];
    case "item": {
      const statementsHeading = context.statementsHeading || DEFAULT_STATEMENTS_HEADING;
      // An item that is itself the statements ("§ 4 Arbetstagarorganisationernas synpunkter") gets no copy
      // of its own heading underneath, whatever an imported template says.
      const statements =
        section.holdsStatements && title !== statementsHeading
          ? [paragraph(statementsHeading, headingStyle(depth + 1)), paragraph("")]
          : [];
      const writeHere = body.length === 0 && statements.length === 0 ? [paragraph("")] : [];
      return [anchor(section.id, heading), ...presenter, ...body, ...writeHere, ...statements];
    }
  }
}

function hasKind(sections: readonly TemplateSection[], kind: TemplateSection["kind"]): boolean {
  return sections.some((section) => section.kind === kind || hasKind(section.children ?? [], kind));
}

/** A whole new minutes document: title, header lines, roster, the template's sections, justering. */
export function minutesBlocks(template: Template, meeting: Meeting): Block[] {
  const context: SectionContext = { meeting, statementsHeading: template.statementsHeading, template };
  const blocks: Block[] = [
    templateParagraph(template.title, meeting, "Title"),
    ...template.headerLines.map((line) => templateParagraph(line, meeting)),
  ];
  // Every minutes lists who was there; templates without a roster section get it right under the header.
  if (!hasKind(template.sections, "roster")) {
    blocks.push(
      ...sectionBlocks({ id: "narvarande", title: sv("word.minutes.present"), kind: "roster" }, context),
    );
  }
  blocks.push(...template.sections.flatMap((section) => sectionBlocks(section, context)));
  if (!hasKind(template.sections, "justering")) blocks.push(justeringBlock(template, meeting, []));
  return blocks;
}

const SAFE_URL = /^https?:\/\//i;

/**
 * The committee's own number of an item as the minutes cite it: "punkt 7", "punkt 7 a", "§ 12". It stands
 * after the title, never before it, so it is not read as the minutes' own numbering (example 004 writes the
 * title first, the Dnr after it).
 */
export function committeeNumber(number: string | null): string | null {
  const bare = number
    ?.trim()
    .replace(/^punkt\s*/i, "")
    .replace(/[.):]+$/, "")
    .trim();
  if (!bare) return null;
  return bare.startsWith("§") ? `§ ${bare.slice(1).trim()}` : `punkt ${bare}`;
}

/** One clipped agenda item: its title, the line with the committee's number, dnr and MBL class, and underlag. */
export function agendaItemBlock(item: AgendaItem): MarkBlock {
  const number = committeeNumber(item.number);
  const facts = [
    ...(number ? [sv("core.minutes.committeeItem", { number })] : []),
    ...(item.dnr.length > 0 ? [sv("word.minutes.dnr", { dnr: item.dnr.join(", ") })] : []),
    ...(item.mbl ? [sv(item.mbl === "mbl11" ? "word.minutes.mbl11" : "word.minutes.mbl19")] : []),
  ];
  const links = item.links.filter((link) => SAFE_URL.test(link.href));
  const linkRuns: Run[] = links.flatMap((link, index) => [
    ...(index > 0 ? [{ text: ", " }] : []),
    { text: link.text.trim() || link.href, href: link.href },
  ]);
  return {
    type: "mark",
    mark: { kind: "agenda", key: agendaItemKey(item) },
    label: item.title,
    paragraphs: [
      paragraph(item.title, "Heading3"),
      ...(facts.length > 0 ? [paragraph(facts.join(" – "))] : []),
      ...(linkRuns.length > 0
        ? [
            {
              type: "paragraph" as const,
              style: "Normal" as const,
              runs: [{ text: sv("word.minutes.underlag") }, ...linkRuns],
            },
          ]
        : []),
    ],
  };
}
