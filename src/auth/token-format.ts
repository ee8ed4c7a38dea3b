// API tokens of this service, in NetBox's two formats:
//   v1  "Token <plaintext>"             the plaintext stays readable (a NetBox endpoint may use it)
//   v2  "Bearer nbt_<key>.<secret>"     only a digest of the secret is kept
// Tokens are random and long, so a plain SHA-256 digest is a sound verifier (no password hashing).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Token } from "../generated/prisma/client.js";

export type Viewer = Omit<Token, "plaintext" | "digest">;

export const V2_PREFIX = "nbt_";
const V1_HINT_LENGTH = 6;

export function digestOf(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** What a client presents, before any lookup. */
export type PresentedToken = { version: "V1"; plaintext: string } | { version: "V2"; key: string; secret: string };

const V2_PATTERN = /^nbt_([A-Za-z0-9]{1,16})\.([A-Za-z0-9_-]{1,256})$/;

/** Reads `Token <v1>` or `Bearer nbt_<key>.<secret>` (either scheme, any case); null when unusable. */
export function parseAuthorization(header: string | null): PresentedToken | null {
  const match = /^\s*(token|bearer)\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match) return null;
  const credential = match[2]!;
  const v2 = V2_PATTERN.exec(credential);
  if (v2) return { version: "V2", key: v2[1]!, secret: v2[2]! };
  if (credential.startsWith(V2_PREFIX) || credential.length > 256) return null;
  return { version: "V1", plaintext: credential };
}

export interface NewToken {
  version: "V1" | "V2";
  key: string | null;
  digest: string;
  plaintext: string | null;
  hint: string | null;
  /** What the client presents: v1 plaintext, or nbt_<key>.<secret>. Shown once. */
  presented: string;
}

export function newV1Token(plaintext = randomBytes(20).toString("hex")): NewToken {
  return {
    version: "V1",
    key: null,
    digest: digestOf(plaintext),
    plaintext,
    hint: plaintext.slice(-V1_HINT_LENGTH),
    presented: plaintext,
  };
}

export function newV2Token(): NewToken {
  const key = randomBytes(6).toString("hex");
  const secret = randomBytes(20).toString("hex");
  return { version: "V2", key, digest: digestOf(secret), plaintext: null, hint: null, presented: `${V2_PREFIX}${key}.${secret}` };
}

/** NetBox's rendering: v1 shows asterisks and the end of the plaintext, v2 its key. */
export function tokenDisplay(token: Pick<Token, "version" | "key" | "hint">): string {
  return token.version === "V2" ? (token.key ?? "") : `${"*".repeat(34)}${token.hint ?? ""}`;
}

/** Compares digests in constant time; `expected` null still costs one comparison. */
export function digestMatches(presentedSecret: string, expected: string | null): boolean {
  const actual = Buffer.from(digestOf(presentedSecret), "hex");
  const wanted = Buffer.from(expected ?? "0".repeat(64), "hex");
  return timingSafeEqual(actual, wanted) && expected !== null;
}

export function isExpired(token: Pick<Token, "expires">, now: Date): boolean {
  return token.expires !== null && token.expires.getTime() <= now.getTime();
}
