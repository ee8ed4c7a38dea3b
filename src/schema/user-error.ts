// The UserError type of mutation payloads (Shopify's userErrors convention).
import { builder } from "../builder.js";
import type { UserError } from "../domain/user-errors.js";

export const UserErrorCodeEnum = builder.enumType("UserErrorCode", {
  description: "What kind of problem a UserError reports.",
  values: {
    REQUIRED: { description: "A value is needed and none was given." },
    BLANK: { description: "The value is empty or only whitespace." },
    INVALID: { description: "The value does not have the expected form." },
    TOO_LONG: { description: "The value is longer than allowed." },
    OUT_OF_RANGE: { description: "The number is outside the allowed range." },
    NOT_FOUND: { description: "The ID names no object of the expected type." },
    TAKEN: { description: "Another object already uses this value." },
    IN_USE: { description: "The object cannot be deleted while others refer to it (or it is the last write-enabled API token)." },
    DISABLED: { description: "The endpoint is disabled, so the service does not contact it; enable it first." },
    SECRET_REENTRY_REQUIRED: {
      description:
        "The change would send a stored secret to another destination (domain, IP address, port) or less protected (verifySsl or useHttps turned off): give the secret again in the same input, or clear it.",
    },
    CERTIFICATE_NOT_TRUSTED: { description: "The endpoint's TLS certificate is not trusted (see verifySsl)." },
    AUTHENTICATION_FAILED: { description: "The endpoint refused the stored credentials, or none are stored." },
    TIMEOUT: { description: "The endpoint did not answer in time." },
    UNREACHABLE: { description: "The endpoint could not be reached." },
    BAD_RESPONSE: { description: "The endpoint answered, but not as expected." },
  } as const,
});

export const UserErrorRef = builder.objectRef<UserError>("UserError").implement({
  description: "A problem with the input of a mutation. Nothing was written when a payload carries one.",
  fields: (t) => ({
    field: t.exposeStringList("field", {
      nullable: true,
      description: 'Path to the offending input field, relative to the mutation\'s input (for example ["domain"]).',
    }),
    message: t.exposeString("message", { description: "What is wrong, in words a person can act on." }),
    code: t.expose("code", { type: UserErrorCodeEnum, description: "The kind of problem, for programs." }),
  }),
});
