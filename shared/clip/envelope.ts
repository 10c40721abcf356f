import * as v from "valibot";
import { t } from "../i18n/i18n";
import { describeIssues, utf8Length } from "../validation/messages";
import { LIMITS } from "./limits";

/**
 * The clip envelope: the one shape in which agenda items cross from the extension (bridge, clipboard,
 * file) into the add-in. Everything from outside is validated here with bounded sizes; URLs are http(s)
 * only, so a `javascript:` or `data:` link never reaches the document. A document opened from disk has no
 * address: its `source.url` is null and `source.title` holds the file name.
 */
export const ENVELOPE_KIND = "sp-clip";
/** Version 2 carries every dnr of an item as a list and marks procedural items; version 1 clips still read. */
export const ENVELOPE_VERSION = 2;

export { LIMITS };

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

const httpUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check(isHttpUrl, () => t("core.envelope.notHttp")),
);

const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const linkSchema = v.strictObject({ text: boundedText(LIMITS.linkText), href: httpUrl });

const itemSchema = v.strictObject({
  number: v.nullable(boundedText(LIMITS.number)),
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.title)),
  // Version 1 wrote one dnr or null; both read as the list version 2 writes.
  dnr: v.pipe(
    v.union([
      v.pipe(v.array(boundedText(LIMITS.dnr)), v.maxLength(LIMITS.dnrPerItem)),
      v.nullable(boundedText(LIMITS.dnr)),
    ]),
    v.transform((dnr): string[] => (Array.isArray(dnr) ? dnr : dnr ? [dnr] : [])),
  ),
  mbl: v.nullable(v.picklist(["mbl11", "mbl19"])),
  procedural: v.optional(v.boolean(), false),
  links: v.pipe(v.array(linkSchema), v.maxLength(LIMITS.links)),
});

export const envelopeSchema = v.strictObject({
  kind: v.literal(ENVELOPE_KIND),
  version: v.picklist([1, ENVELOPE_VERSION]),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]+$/), v.minLength(1), v.maxLength(LIMITS.id)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  source: v.strictObject({ url: v.nullable(httpUrl), title: boundedText(LIMITS.pageTitle) }),
  agenda: v.strictObject({
    committee: v.nullable(boundedText(LIMITS.committee)),
    meetingDate: v.nullable(isoDate),
    items: v.pipe(v.array(itemSchema), v.minLength(1), v.maxLength(LIMITS.items)),
  }),
});

export type ClipEnvelope = v.InferOutput<typeof envelopeSchema>;
export type ClipItem = ClipEnvelope["agenda"]["items"][number];

export type EnvelopeResult = { ok: true; envelope: ClipEnvelope } | { ok: false; errors: string[] };

/** Validates an already-parsed value. Never throws. */
export function validateEnvelope(value: unknown): EnvelopeResult {
  const result = v.safeParse(envelopeSchema, value);
  if (result.success) return { ok: true, envelope: result.output };
  return { ok: false, errors: describeIssues(result.issues, t("core.envelope.root")) };
}

/** Validates serialised JSON (clipboard, file, message), refusing oversized input before parsing it. */
export function parseEnvelopeJson(text: string): EnvelopeResult {
  if (typeof text !== "string") return { ok: false, errors: [t("core.envelope.notJson")] };
  if (utf8Length(text) > LIMITS.envelopeBytes) {
    return { ok: false, errors: [t("core.envelope.tooLarge", { max: String(LIMITS.envelopeBytes / 1024) })] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [t("core.envelope.notJson")] };
  }
  return validateEnvelope(value);
}

/** A new, unique envelope id; crypto.randomUUID exists in browsers, workers and Node 20. */
export function newClipId(): string {
  return crypto.randomUUID();
}
