// Custom fields as NetBox keeps them: an object whose keys are custom field names and whose values
// are any JSON. Bounded so that one endpoint cannot weigh more than a small document, whatever a
// client sends, and so that every text in it can be stored in jsonb.
import { checkStorable } from "./text.js";
import type { UserErrors } from "./user-errors.js";

/** NetBox's custom field names: letters, digits and underscores, at most 50, no double underscore. */
const FIELD_NAME = /^[A-Za-z0-9_]{1,50}$/;
export const CUSTOM_FIELDS_MAX_KEYS = 50;
/** Objects and arrays nested inside one field's value. */
export const CUSTOM_FIELD_VALUE_MAX_DEPTH = 4;
/** The whole object, as JSON in UTF-8. */
export const CUSTOM_FIELDS_MAX_BYTES = 16 * 1024;

const FIELD = "customFields";
/** Problems reported for one customFields input; a value with thousands of bad strings gets this many. */
const MAX_REPORTED = 20;

/**
 * Checks a customFields input; every problem is reported with the path of the offending key or
 * value, e.g. ["customFields", "rack", "0"]. The walk stops below the depth limit, so a deeply
 * nested value costs no more than a shallow one.
 */
export function checkCustomFields(errors: UserErrors, value: Record<string, unknown>): void {
  const keys = Object.keys(value);
  if (keys.length > CUSTOM_FIELDS_MAX_KEYS) {
    errors.add(FIELD, "TOO_LONG", `The customFields object may have at most ${CUSTOM_FIELDS_MAX_KEYS} keys (it has ${keys.length}).`);
    return;
  }
  const before = errors.list.length;
  const full = () => errors.list.length - before >= MAX_REPORTED;
  // Messages name no key or value: the field path says where.
  const checkValue = (path: string[], item: unknown, depth: number): void => {
    if (typeof item === "string") {
      checkStorable(errors, path, item, "A customFields value");
      return;
    }
    if (typeof item !== "object" || item === null) return;
    if (depth >= CUSTOM_FIELD_VALUE_MAX_DEPTH) {
      errors.add(
        path,
        "INVALID",
        `Values in the customFields object may nest objects and arrays at most ${CUSTOM_FIELD_VALUE_MAX_DEPTH} levels deep.`,
      );
      return;
    }
    const entries = Array.isArray(item) ? item.map((element, index) => [String(index), element] as const) : Object.entries(item);
    for (const [key, element] of entries) {
      if (full()) return;
      const elementPath = [...path, key];
      if (!Array.isArray(item) && !checkStorable(errors, elementPath, key, "A customFields key")) continue;
      checkValue(elementPath, element, depth + 1);
    }
  };
  for (const key of keys) {
    if (full()) return;
    const path = [FIELD, key];
    if (!checkStorable(errors, path, key, "A customFields key")) continue;
    if (!FIELD_NAME.test(key) || key.includes("__")) {
      errors.add(
        path,
        "INVALID",
        "Each key of the customFields object must be a custom field name: 1 to 50 letters, digits and single underscores.",
      );
      continue;
    }
    checkValue(path, value[key], 0);
  }
  if (errors.list.length > before) return;
  const bytes = Buffer.byteLength(JSON.stringify(value), "utf8");
  if (bytes > CUSTOM_FIELDS_MAX_BYTES) {
    errors.add(FIELD, "TOO_LONG", `The customFields object must be at most ${CUSTOM_FIELDS_MAX_BYTES} bytes as JSON (it has ${bytes}).`);
  }
}
