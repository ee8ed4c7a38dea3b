// Writing API tokens: shared by the createToken mutation, start-up and the command line.
import { digestOf, type NewToken, newV1Token, newV2Token } from "../auth/token-format.js";
import type { Database } from "../db/database.js";
import { allocateId } from "../db/ids.js";
import { optionalText } from "../domain/text.js";
import { type UserError, UserErrors } from "../domain/user-errors.js";
import type { TokenPurpose, TokenVersion } from "../generated/prisma/enums.js";
import { sealTokenPlaintext } from "./credentials.js";
import { type DeleteResult, deleteUnlessReferenced } from "./delete.js";

export interface TokenRequest {
  version: TokenVersion;
  /** Default API. A NetBox credential never authenticates to this service. */
  purpose?: TokenPurpose;
  description?: string;
  writeEnabled?: boolean;
  expires?: Date | null;
}

async function insert(db: Database, token: NewToken, request: Omit<TokenRequest, "version">): Promise<number> {
  // A v1 plaintext is sealed for its row, so the id is taken first.
  const id = await allocateId(db.prisma, "token");
  await db.prisma.token.create({
    data: {
      id,
      version: token.version,
      key: token.key,
      digest: token.digest,
      plaintext: token.plaintext === null ? null : sealTokenPlaintext(db.secrets, id, token.plaintext),
      hint: token.hint,
      purpose: request.purpose ?? "API",
      description: request.description ?? "",
      writeEnabled: request.writeEnabled ?? true,
      expires: request.expires ?? null,
    },
    select: { id: true },
  });
  return id;
}

export const TOKEN_DESCRIPTION_MAX = 200;

/** Checks what a new token asks for; returns the request to write, or the problems found. */
export function checkTokenRequest(
  input: {
    version?: TokenVersion | null;
    purpose?: TokenPurpose | null;
    description?: string | null;
    writeEnabled?: boolean | null;
    expires?: Date | null;
  },
  now = new Date(),
): { request: TokenRequest; userErrors: UserError[] } {
  const errors = new UserErrors();
  const purpose = input.purpose ?? "API";
  // A NetBox endpoint sends the plaintext, which only v1 tokens keep.
  const version = input.version ?? (purpose === "NETBOX_CREDENTIAL" ? "V1" : "V2");
  if (purpose === "NETBOX_CREDENTIAL" && version !== "V1") {
    errors.add(
      "version",
      "INVALID",
      "A NetBox credential token must be v1: a NetBox endpoint sends its plaintext, which v2 tokens do not keep.",
    );
  }
  const description = optionalText(errors, "description", input.description, TOKEN_DESCRIPTION_MAX);
  if (input.expires && input.expires.getTime() <= now.getTime()) {
    errors.add("expires", "INVALID", "The expires field must be a time in the future.");
  }
  return {
    request: { version, purpose, description, writeEnabled: input.writeEnabled ?? true, expires: input.expires ?? null },
    userErrors: errors.list,
  };
}

/** Creates a token; returns its id and the plaintext to present, which is not shown again for v2. */
export async function createToken(db: Database, request: TokenRequest): Promise<{ id: number; plaintext: string }> {
  const token = request.version === "V1" ? newV1Token() : newV2Token();
  return { id: await insert(db, token, request), plaintext: token.presented };
}

/**
 * Makes sure a write-enabled, unexpiring v1 token with this plaintext exists (PROXBOX_ADMIN_TOKEN),
 * so that an operator can always reach the service with a value they chose.
 */
export async function ensureAdminToken(db: Database, plaintext: string): Promise<"created" | "updated" | "present"> {
  const existing = await db.prisma.token.findUnique({
    where: { digest: digestOf(plaintext) },
    select: { id: true, writeEnabled: true, expires: true, purpose: true },
  });
  if (!existing) {
    await insert(db, newV1Token(plaintext), { description: "PROXBOX_ADMIN_TOKEN", writeEnabled: true });
    return "created";
  }
  if (existing.writeEnabled && existing.expires === null && existing.purpose === "API") return "present";
  // A NetBox credential made an API token is no longer sent anywhere (netboxAuthorization).
  await db.prisma.token.update({ where: { id: existing.id }, data: { writeEnabled: true, expires: null, purpose: "API" } });
  return "updated";
}

/** With no API token at all, a first write-enabled v2 token; its plaintext is returned to be shown once. */
export async function createFirstTokenIfNone(db: Database): Promise<string | null> {
  if ((await db.prisma.token.count({ where: { purpose: "API" } })) > 0) return null;
  const { plaintext } = await createToken(db, { version: "V2", description: "First token, created at start-up" });
  return plaintext;
}

export const LAST_WRITE_TOKEN_MESSAGE =
  "This is the last write-enabled API token: without it nothing could be changed. Create another first (createToken, or `npm run token -- create` on the server).";

/**
 * Deletes a token by its database id, unless a NetBox endpoint links it or it
 * is the last write-enabled, unexpired API token (access would then come back only from the
 * command line).
 */
export function deleteToken(db: Database, id: number, now = new Date()): Promise<DeleteResult> {
  const prisma = db.prisma;
  return deleteUnlessReferenced({
    id,
    typename: "Token",
    label: "token",
    exists: async (id) => (await prisma.token.count({ where: { id } })) > 0,
    referrers: { noun: "NetBox endpoint", count: (id) => prisma.netboxEndpoint.count({ where: { tokenId: id } }) },
    remove: (id) =>
      prisma.$transaction(async (tx) => {
        // Locking the write-enabled tokens makes concurrent deletes of the last ones take turns.
        const writers = await tx.$queryRaw<{ id: number }[]>`
          SELECT id FROM token
          WHERE purpose = 'API' AND write_enabled AND (expires IS NULL OR expires > ${now})
          FOR UPDATE`;
        if (writers.length === 1 && writers[0]!.id === id) return { refused: LAST_WRITE_TOKEN_MESSAGE };
        return (await tx.token.deleteMany({ where: { id } })).count;
      }),
  });
}
