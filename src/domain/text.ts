// Checks shared by every text input: trimming, blank values and length limits, reported as
// userErrors that name the field.
import type { UserErrors } from "./user-errors.js";

/** Checks a length limit; true when the value fits. */
export function checkLength(errors: UserErrors, field: string, value: string, max: number, label = field): boolean {
  if (value.length <= max) return true;
  errors.add(field, "TOO_LONG", `${label} must be at most ${max} characters (it has ${value.length}).`);
  return false;
}

/** A required text: trimmed, not blank, within its limit. Returns the trimmed value. */
export function requiredText(errors: UserErrors, field: string, value: string | null | undefined, max: number, label = field): string {
  const trimmed = (value ?? "").trim();
  if (!trimmed) {
    errors.add(field, "BLANK", `${label} must not be blank.`);
    return trimmed;
  }
  checkLength(errors, field, trimmed, max, label);
  return trimmed;
}

/** An optional text: trimmed, within its limit; null and absent become "". */
export function optionalText(errors: UserErrors, field: string, value: string | null | undefined, max: number, label = field): string {
  const trimmed = (value ?? "").trim();
  checkLength(errors, field, trimmed, max, label);
  return trimmed;
}
