// Failures of requests to the systems behind endpoints, as userErrors.
import type { UserError, UserErrorCode } from "../domain/user-errors.js";
import type { FailureKind, OutboundError } from "./http-request.js";

const CODE: Record<FailureKind, UserErrorCode> = {
  certificate: "CERTIFICATE_NOT_TRUSTED",
  authentication: "AUTHENTICATION_FAILED",
  timeout: "TIMEOUT",
  unreachable: "UNREACHABLE",
  protocol: "UNREACHABLE",
  response: "BAD_RESPONSE",
};

export function outboundUserError(error: OutboundError): UserError {
  return { field: null, code: CODE[error.kind], message: error.message };
}
