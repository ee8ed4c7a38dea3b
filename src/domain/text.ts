// Checks shared by every text input: characters the database can store, trimming, blank values and
// length limits, reported as userErrors that name the field. Messages never quote the value.
import { unstorableCharacter } from "./storable-text.js";
import { fieldLabel, type UserErrors } from "./user-errors.js";

/** Refuses text the database cannot store; true when it can. `field` may be a path (customFields). */
export function checkStorable(errors: UserErrors, field: string | string[], value: string, label = fieldLabel(field)): boolean {
  const problem = unstorableCharacter(value);
  if (problem === null) return true;
  errors.add(
    field,
    "INVALID",
    problem === "NUL" ? `${label} must not contain NUL characters.` : `${label} must be valid Unicode text (it has an unpaired surrogate).`,
  );
  return false;
}

/** Checks that a text can be stored and fits its length limit; true when both hold. */
export function checkText(errors: UserErrors, field: string, value: string, max: number, label = fieldLabel(field)): boolean {
  if (!checkStorable(errors, field, value, label)) return false;
  if (value.length <= max) return true;
  errors.add(field, "TOO_LONG", `${label} must be at most ${max} characters (it has ${value.length}).`);
  return false;
}

/** A required text: trimmed, not blank, storable, within its limit. Returns the trimmed value. */
export function requiredText(
  errors: UserErrors,
  field: string,
  value: string | null | undefined,
  max: number,
  label = fieldLabel(field),
): string {
  const trimmed = (value ?? "").trim();
  if (!trimmed) {
    errors.add(field, "BLANK", `${label} must not be blank.`);
    return trimmed;
  }
  checkText(errors, field, trimmed, max, label);
  return trimmed;
}

/** An optional text: trimmed, storable, within its limit; null and absent become "". */
export function optionalText(
  errors: UserErrors,
  field: string,
  value: string | null | undefined,
  max: number,
  label = fieldLabel(field),
): string {
  const trimmed = (value ?? "").trim();
  checkText(errors, field, trimmed, max, label);
  return trimmed;
}
