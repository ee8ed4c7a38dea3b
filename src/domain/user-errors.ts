// Problems with a mutation's input. They are collected, not thrown, so that one response reports
// every problem at once, and a mutation that has any writes nothing.

export type UserErrorCode =
  | "REQUIRED"
  | "BLANK"
  | "INVALID"
  | "TOO_LONG"
  | "OUT_OF_RANGE"
  | "NOT_FOUND"
  | "TAKEN"
  | "IN_USE"
  // The endpoint is disabled, so the service does not contact it:
  | "DISABLED"
  // A stored secret would go to a new or less protected destination unless given again:
  | "SECRET_REENTRY_REQUIRED"
  // Talking to the system behind an endpoint failed:
  | "CERTIFICATE_NOT_TRUSTED"
  | "AUTHENTICATION_FAILED"
  | "TIMEOUT"
  | "UNREACHABLE"
  | "BAD_RESPONSE";

export interface UserError {
  /** Path of the input field, relative to the mutation's input. */
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

/**
 * How a message names an input field: "The domain field", "The customFields.rack field". A message
 * starts with it (or says "Enter … in the domain field."), so that a field's name is never read as
 * the start of a sentence or as the value, which no message quotes.
 */
export function fieldLabel(field: string | readonly string[]): string {
  return `The ${[field].flat().join(".")} field`;
}

/** The endpoint is disabled: nothing is sent to it until it is enabled again. */
export function disabledError(label: string, what: string): UserError {
  return { field: ["id"], code: "DISABLED", message: `This ${label} is disabled, so it is not ${what}: set enabled to true first.` };
}

/** The input's id names no such object (now). The id is not quoted: it is the client's value. */
export function notFoundError(label: string): UserError {
  return { field: ["id"], code: "NOT_FOUND", message: `No ${label} has this ID.` };
}

export class UserErrors {
  readonly list: UserError[] = [];

  add(field: string | string[] | null, code: UserErrorCode, message: string): void {
    this.list.push({ field: field === null ? null : Array.isArray(field) ? field : [field], code, message });
  }

  /** Whether a problem was already found on this input field. */
  has(field: string): boolean {
    return this.list.some((error) => error.field?.[0] === field);
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}
