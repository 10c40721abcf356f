import type { Meeting } from "../model/meeting";
import { PLACEHOLDERS } from "../templates/placeholders";
import { FIELD_TAG_PREFIX, fieldTag } from "./tags";

/**
 * A field is an inline content control around the text of one template placeholder ("13 februari 2024" for
 * `{datum}`, or "{justeringsdag}" while the meeting has none), tagged `sp:falt:<name>`. Saving the meeting
 * writes each field's value again, so the document follows the meeting. The index ignores fields: they are
 * not marks (`parseTag` knows no "falt").
 */
export { FIELD_TAG_PREFIX, fieldTag };

const FIELD_NAMES = Object.keys(PLACEHOLDERS);

/** Every placeholder's field tag, for finding the fields to rewrite. */
export function allFieldTags(): { name: string; tag: string }[] {
  return FIELD_NAMES.map((name) => ({ name, tag: fieldTag(name) }));
}

/** The value a field shows for this meeting, or undefined while the meeting has none (the field is left alone). */
export function fieldValue(name: string, meeting: Meeting): string | undefined {
  const value = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name]?.(meeting) : undefined;
  return value ? value : undefined;
}
