// The rules of remote NetBox endpoints beyond those every endpoint has: how they authenticate.
import {
  type EndpointInput,
  type KindRules,
  patched,
  secretChange,
  secretColumns,
  secretPresent,
  textPatch,
} from "../../data/endpoint-writes.js";
import type { UserErrors } from "../../domain/user-errors.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { TokenVersion } from "../../generated/prisma/enums.js";
import { netboxModel } from "./model.js";

/** The kind's own input fields. */
export interface NetboxFields {
  tokenVersion?: TokenVersion | null;
  /** A credential token's database id; NO_ID when the given ID names none. */
  tokenId?: number | null;
  tokenKey?: string | null;
  tokenSecret?: string | null;
}

export type NetboxInput = EndpointInput & NetboxFields;

/** The stored detail the rules read: the model's columns. */
type NetboxDetail = Prisma.NetboxEndpointGetPayload<{ select: typeof netboxModel.columns }>;

/**
 * A credential token goes to one destination only: it cannot follow its endpoint to another one
 * (clear the link instead), and once unlinked it is never linked again.
 */
function checkCredentialLink(
  errors: UserErrors,
  token: { id: number; released: boolean },
  current: NetboxDetail | null,
  moved: boolean,
): void {
  if (token.id === current?.tokenId) {
    if (moved) {
      errors.add(
        "tokenId",
        "SECRET_REENTRY_REQUIRED",
        "A linked credential token never follows its endpoint to a new or less protected destination: clear tokenId with null, or give tokenSecret.",
      );
    }
  } else if (token.released) {
    errors.add(
      "tokenId",
      "INVALID",
      "This credential token was linked before and released: a credential goes to one destination only; make a new one.",
    );
  }
}

const CLEARED_SECRET = secretColumns("tokenSecret", "hasTokenSecret", { kind: "clear" });

export const netboxRules: KindRules<typeof netboxModel, NetboxFields, NetboxDetail> = {
  model: netboxModel,
  linkedSecrets: (current) => [
    // A linked token's plaintext is a stored secret too.
    ...(current.tokenId !== null ? ["tokenId"] : []),
  ],
  async detail({ errors, input, current, moved, endpointId, prisma }) {
    // The state after the change: the token reference as given, else as stored.
    let tokenId = current?.tokenId ?? null;
    if (input.tokenId !== undefined) {
      const id = input.tokenId;
      const token =
        id === null ? null : await prisma.token.findUnique({ where: { id }, select: { id: true, purpose: true, released: true } });
      if (input.tokenId !== null && !token) errors.add("tokenId", "NOT_FOUND", "No token has this ID.");
      if (token && token.purpose === "NETBOX_CREDENTIAL") checkCredentialLink(errors, token, current, moved);
      if (token && token.purpose === "NETBOX_CREDENTIAL" && token.id !== current?.tokenId) {
        const linkedElsewhere = await prisma.netboxEndpoint.count({
          where: { tokenId: token.id, ...(endpointId !== null ? { endpointId: { not: endpointId } } : {}) },
        });
        if (linkedElsewhere) {
          errors.add(
            "tokenId",
            "INVALID",
            "Another NetBox endpoint links this credential token: a credential goes to one destination only.",
          );
        }
      }
      // An API token authenticates to this service: it must never be sent to another.
      if (token && token.purpose !== "NETBOX_CREDENTIAL") {
        errors.add(
          "tokenId",
          "INVALID",
          "Only a token made as a NetBox credential (createToken with purpose NETBOX_CREDENTIAL) can be linked; an API token of this service is never sent to another system. Or give the remote NetBox's token in tokenSecret.",
        );
      }
      tokenId = token?.id ?? null;
    }
    const tokenVersion = patched(errors, "tokenVersion", input.tokenVersion, current?.tokenVersion, "V1");
    const tokenKey = textPatch(errors, "tokenKey", input.tokenKey, current?.tokenKey, 255);
    // Upstream strips the secret as it does the key.
    let secret = secretChange(errors, "tokenSecret", typeof input.tokenSecret === "string" ? input.tokenSecret.trim() : input.tokenSecret);
    // A v1 token is not a v2 secret, nor the other way round.
    if (secret.kind === "keep" && current && tokenVersion !== current.tokenVersion) secret = { kind: "clear" };

    if (tokenId !== null) {
      // A token reference decides: v1, without key or secret of its own.
      return { tokenVersion: "V1", tokenId, tokenKey: "", ...CLEARED_SECRET };
    }
    const secretColumnsNow = secretColumns("tokenSecret", "hasTokenSecret", secret);
    if (tokenVersion === "V2") {
      if (!tokenKey) errors.add("tokenKey", "REQUIRED", "Enter the key of the v2 token in the tokenKey field.");
      if (!secretPresent(secret, current?.hasTokenSecret ?? false)) {
        errors.add("tokenSecret", "REQUIRED", "Enter the secret of the v2 token in the tokenSecret field.");
      }
      return { tokenVersion: "V2", tokenId: null, tokenKey, ...secretColumnsNow };
    }
    // v1: tokenSecret holds the remote NetBox's own v1 token.
    return { tokenVersion: "V1", tokenId: null, tokenKey: "", ...secretColumnsNow };
  },
};
