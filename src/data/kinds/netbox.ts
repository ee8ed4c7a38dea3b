// The rules of remote NetBox endpoints beyond those every endpoint has: how they authenticate.
import type { TokenVersion } from "../../generated/prisma/enums.js";
import { databaseIdOf } from "../../schema/global-id.js";
import {
  type EndpointInput,
  type KindRules,
  patched,
  secretChange,
  secretColumns,
  secretPresent,
  textPatch,
} from "../endpoint-writes.js";

export interface NetboxInput extends EndpointInput {
  tokenVersion?: TokenVersion | null;
  tokenId?: string | null;
  tokenKey?: string | null;
  tokenSecret?: string | null;
}

interface NetboxDetail extends Record<string, unknown> {
  tokenVersion: TokenVersion;
  tokenId: number | null;
  tokenKey: string;
  hasTokenSecret: boolean;
  token: { version: TokenVersion } | null;
}

const CLEARED_SECRET = secretColumns("tokenSecret", "hasTokenSecret", { kind: "clear" });

export const netboxRules: KindRules<NetboxInput, NetboxDetail> = {
  kind: "NETBOX",
  relation: "netbox",
  label: "NetBox endpoint",
  typename: "NetBoxEndpoint",
  defaults: { port: 443, verifySsl: true },
  detailSelect: { tokenVersion: true, tokenId: true, tokenKey: true, hasTokenSecret: true, token: { select: { version: true } } },
  async detail({ errors, input, current, prisma }) {
    // The state after the change: the token reference as given, else as stored.
    let token = current?.tokenId != null && current.token ? { id: current.tokenId, version: current.token.version } : null;
    if (input.tokenId !== undefined) {
      const id = input.tokenId === null ? null : databaseIdOf(input.tokenId, ["Token"]);
      token = id === null ? null : await prisma.token.findUnique({ where: { id }, select: { id: true, version: true } });
      if (input.tokenId !== null && !token) errors.add("tokenId", "NOT_FOUND", "No token has this ID.");
    }
    const tokenVersion = patched(errors, "tokenVersion", input.tokenVersion, current?.tokenVersion, "V1");
    const tokenKey = textPatch(errors, "tokenKey", input.tokenKey, current?.tokenKey, 255);
    // Upstream strips the secret as it does the key.
    const secret = secretChange(errors, "tokenSecret", typeof input.tokenSecret === "string" ? input.tokenSecret.trim() : input.tokenSecret);

    if (token) {
      if (token.version === "V2") {
        errors.add(
          "tokenId",
          "INVALID",
          "Selected NetBox v2 token cannot be used by this endpoint because its secret is not retrievable. Provide tokenKey and tokenSecret instead.",
        );
      }
      // A token reference decides: v1, without key or secret of its own.
      return { tokenVersion: "V1", tokenId: token.id, tokenKey: "", ...CLEARED_SECRET };
    }
    if (tokenVersion === "V2") {
      if (!tokenKey) errors.add("tokenKey", "REQUIRED", "Token key is required when using a v2 token.");
      if (!secretPresent(secret, current?.hasTokenSecret ?? false)) {
        errors.add("tokenSecret", "REQUIRED", "Token secret is required when using a v2 token.");
      }
      return { tokenVersion: "V2", tokenId: null, tokenKey, ...secretColumns("tokenSecret", "hasTokenSecret", secret) };
    }
    return { tokenVersion: "V1", tokenId: null, tokenKey: "", ...CLEARED_SECRET };
  },
};
