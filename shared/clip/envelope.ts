import * as v from "valibot";
import { textOf, type UserMessage, userMessage } from "../i18n/message";
import { utf8Length } from "../validation/messages";
import { describeEnvelopeIssues } from "./issues";
import { LIMITS } from "./limits";
import { dropBadLinks } from "./repair";
import { oneLine } from "./text";
import { normaliseHref } from "./urls";

/**
 * The clip envelope: the one shape in which agenda items cross from the extension (bridge, clipboard,
 * file) into the add-in. Everything from outside is validated here with bounded sizes and made inert:
 * control characters and terminal escapes leave the text, and a link is kept only as the URL parser's own
 * http(s) serialisation, so a `javascript:` link, a quote or a backslash never reaches the document. A
 * link that fails is dropped with a notice rather than refusing the whole clip. A document opened from
 * disk has no address: its `source.url` is null and `source.title` holds the file name.
 */
export const ENVELOPE_KIND = "sp-clip";
/** Version 2 carries every dnr of an item as a list and marks procedural items; version 1 clips still read. */
export const ENVELOPE_VERSION = 2;

export { LIMITS };

const httpUrl = v.pipe(
  v.string(),
  v.check((href) => normaliseHref(href) !== null),
  v.transform((href) => normaliseHref(href)!),
);

/** One line of text from outside, without control characters, at most `max` characters. */
const text = (max: number) => v.pipe(v.string(), v.transform(oneLine), v.maxLength(max));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const linkSchema = v.strictObject({ text: text(LIMITS.linkText), href: httpUrl });

const itemSchema = v.strictObject({
  number: v.nullable(text(LIMITS.number)),
  title: v.pipe(v.string(), v.transform(oneLine), v.trim(), v.minLength(1), v.maxLength(LIMITS.title)),
  // Version 1 wrote one dnr or null; both read as the list version 2 writes.
  dnr: v.pipe(
    v.union([
      v.pipe(v.array(text(LIMITS.dnr)), v.maxLength(LIMITS.dnrPerItem)),
      v.nullable(text(LIMITS.dnr)),
    ]),
    v.transform((dnr): string[] => (Array.isArray(dnr) ? dnr : dnr ? [dnr] : [])),
  ),
  mbl: v.nullable(v.picklist(["mbl11", "mbl19"])),
  procedural: v.optional(v.boolean(), false),
  links: v.pipe(v.array(linkSchema), v.maxLength(LIMITS.links)),
});

const envelopeSchema = v.strictObject({
  kind: v.literal(ENVELOPE_KIND),
  version: v.picklist([1, ENVELOPE_VERSION]),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.minLength(1), v.maxLength(LIMITS.id)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  source: v.strictObject({ url: v.nullable(httpUrl), title: text(LIMITS.pageTitle) }),
  agenda: v.strictObject({
    committee: v.nullable(text(LIMITS.committee)),
    meetingDate: v.nullable(isoDate),
    items: v.pipe(v.array(itemSchema), v.minLength(1), v.maxLength(LIMITS.items)),
  }),
});

export type ClipEnvelope = v.InferOutput<typeof envelopeSchema>;
export type ClipItem = ClipEnvelope["agenda"]["items"][number];

/** The envelope with what was dropped from it, or why it was refused; messages as catalogue keys. */
export type EnvelopeCheck =
  | { ok: true; envelope: ClipEnvelope; notices: UserMessage[] }
  | { ok: false; problem: UserMessage };

/** The same, with the messages as text in the current language, for showing at once. */
export type EnvelopeResult =
  // Optional so a refusal can be written by hand; validation always gives the notices.
  { ok: true; envelope: ClipEnvelope; notices?: string[] } | { ok: false; errors: string[] };

/** Validates an already-parsed value. Never throws. */
export function checkEnvelope(value: unknown): EnvelopeCheck {
  const repaired = dropBadLinks(value, LIMITS.links);
  const result = v.safeParse(envelopeSchema, repaired.value);
  if (result.success) return { ok: true, envelope: result.output, notices: repaired.notices };
  return { ok: false, problem: describeEnvelopeIssues(result.issues, repaired.value) };
}

/** A check's messages as text in the current language. */
export function asResult(check: EnvelopeCheck): EnvelopeResult {
  return check.ok
    ? { ok: true, envelope: check.envelope, notices: check.notices.map((notice) => textOf(notice)) }
    : { ok: false, errors: [textOf(check.problem)] };
}

/** Validates an already-parsed value, with its messages as text. Never throws. */
export function validateEnvelope(value: unknown): EnvelopeResult {
  return asResult(checkEnvelope(value));
}

/** Validates serialised JSON (clipboard, file, message), refusing oversized input before parsing it. */
export function checkEnvelopeJson(json: string): EnvelopeCheck {
  if (typeof json !== "string") return { ok: false, problem: userMessage("core.envelope.notJson") };
  if (utf8Length(json) > LIMITS.envelopeBytes) {
    return {
      ok: false,
      problem: userMessage("core.envelope.tooLarge", { max: String(LIMITS.envelopeBytes / 1024) }),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: userMessage("core.envelope.notJson") };
  }
  return checkEnvelope(value);
}

export function parseEnvelopeJson(json: string): EnvelopeResult {
  return asResult(checkEnvelopeJson(json));
}

/** A new, unique envelope id; crypto.randomUUID exists in browsers, workers and Node 20. */
export function newClipId(): string {
  return crypto.randomUUID();
}
