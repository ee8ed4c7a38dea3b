// The rules of Proxmox VE endpoints beyond those every endpoint has.
import {
  type EndpointInput,
  type KindRules,
  nullablePatch,
  patched,
  rangedPatch,
  secretChange,
  secretColumns,
  secretPresent,
  textPatch,
} from "../../data/endpoint-writes.js";
import { requiredText } from "../../domain/text.js";
import type { UserErrors } from "../../domain/user-errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { ProxmoxEnvironment, ProxmoxMode } from "../../generated/prisma/enums.js";
import { DEFAULT_PROXMOX_USERNAME, PROXMOX_LIMITS, proxmoxModel } from "./model.js";

/** The kind's own input fields. */
export interface ProxmoxFields {
  mode?: ProxmoxMode | null;
  version?: string | null;
  repoid?: string | null;
  username?: string | null;
  password?: string | null;
  tokenName?: string | null;
  tokenValue?: string | null;
  allowWrites?: boolean | null;
  environment?: ProxmoxEnvironment | null;
  /** Seconds; null inherits the service's timeout. */
  timeout?: number | null;
  maxRetries?: number | null;
  /** Seconds. */
  retryBackoff?: number | null;
}

export type ProxmoxInput = EndpointInput & ProxmoxFields;

/** The stored detail the rules read: the model's columns. */
type ProxmoxDetail = Prisma.ProxmoxEndpointGetPayload<{ select: typeof proxmoxModel.columns }>;

/** proxbox-api's own message (routes/proxmox/endpoints.py), so that both say the same. */
export const HALF_TOKEN_PAIR = "token_name and token_value must be provided together";

/** proxbox-api's message when an endpoint would have no way to log in. */
export const NO_CREDENTIALS = "Provide password or both token_name/token_value";

/** The input fields that hold a credential: an update touching one is judged on its credentials. */
const CREDENTIAL_FIELDS = ["password", "tokenName", "tokenValue"] as const;

/**
 * The API token after the change, as proxbox-api checks it before it keeps an endpoint: a name and
 * a value together, or neither. Checked here so that the backend is never handed a half token. The
 * missing half is the field named.
 */
function checkTokenPair(errors: UserErrors, hasTokenName: boolean, hasTokenValue: boolean): void {
  if (hasTokenName !== hasTokenValue) errors.add(hasTokenName ? "tokenValue" : "tokenName", "REQUIRED", HALF_TOKEN_PAIR);
}

/**
 * A password or a whole token after the change, as proxbox-api requires. Judged like its update
 * route: always on create, on update only when the input touches a credential, so that an older
 * endpoint stored without any can still be renamed or moved.
 */
function checkHasCredentials(errors: UserErrors, input: ProxmoxFields, creating: boolean, hasPassword: boolean, hasToken: boolean): void {
  const touched = creating || CREDENTIAL_FIELDS.some((field) => input[field] !== undefined);
  if (touched && !hasPassword && !hasToken) errors.add("password", "REQUIRED", NO_CREDENTIALS);
}

export const proxmoxRules: KindRules<typeof proxmoxModel, ProxmoxFields, ProxmoxDetail> = {
  model: proxmoxModel,
  detail({ errors, input, current }) {
    const username =
      input.username === undefined || (input.username === null && !current)
        ? (current?.username ?? DEFAULT_PROXMOX_USERNAME)
        : requiredText(errors, "username", input.username, 255);
    const tokenName = textPatch(errors, "tokenName", input.tokenName, current?.tokenName, 255);
    const password = secretChange(errors, "password", input.password);
    const tokenValue = secretChange(errors, "tokenValue", input.tokenValue);
    // Each rule only once the fields it reads are valid; a half token is reported as that alone,
    // as proxbox-api does.
    if (!errors.has("tokenName") && !errors.has("tokenValue")) {
      const hasTokenName = tokenName !== "";
      const hasTokenValue = secretPresent(tokenValue, current?.hasTokenValue ?? false);
      checkTokenPair(errors, hasTokenName, hasTokenValue);
      if (hasTokenName === hasTokenValue && !errors.has("password")) {
        const hasPassword = secretPresent(password, current?.hasPassword ?? false);
        checkHasCredentials(errors, input, current === null, hasPassword, hasTokenName);
      }
    }
    return {
      mode: patched(errors, "mode", input.mode, current?.mode, "UNDEFINED"),
      version: textPatch(errors, "version", input.version, current?.version, 20),
      repoid: textPatch(errors, "repoid", input.repoid, current?.repoid, 16),
      username,
      tokenName,
      allowWrites: patched(errors, "allowWrites", input.allowWrites, current?.allowWrites, false),
      environment: nullablePatch(input.environment, current?.environment),
      timeout: rangedPatch(errors, "timeout", input.timeout, current?.timeout, PROXMOX_LIMITS.timeout),
      maxRetries: rangedPatch(errors, "maxRetries", input.maxRetries, current?.maxRetries, PROXMOX_LIMITS.maxRetries),
      retryBackoff: rangedPatch(errors, "retryBackoff", input.retryBackoff, current?.retryBackoff, PROXMOX_LIMITS.retryBackoff),
      ...secretColumns("password", "hasPassword", password),
      ...secretColumns("tokenValue", "hasTokenValue", tokenValue),
    };
  },
};
