// Writing API tokens: shared by the createToken mutation, start-up and the command line.
import type { Prisma } from "../db/database.js";
import { newV1Token, newV2Token, digestOf } from "../auth/tokens.js";
import type { TokenVersion } from "../generated/prisma/enums.js";

export interface TokenRequest {
  version: TokenVersion;
  description?: string;
  writeEnabled?: boolean;
  expires?: Date | null;
}

/** Creates a token; returns its id and the plaintext to present, which is not shown again for v2. */
export async function createToken(prisma: Prisma, request: TokenRequest): Promise<{ id: number; plaintext: string }> {
  const token = request.version === "V1" ? newV1Token() : newV2Token();
  const { id } = await prisma.token.create({
    data: {
      version: token.version,
      key: token.key,
      digest: token.digest,
      plaintext: token.plaintext,
      hint: token.hint,
      description: request.description ?? "",
      writeEnabled: request.writeEnabled ?? true,
      expires: request.expires ?? null,
    },
    select: { id: true },
  });
  return { id, plaintext: token.presented };
}

/**
 * Makes sure a write-enabled, unexpiring v1 token with this plaintext exists (PROXBOX_ADMIN_TOKEN),
 * so that an operator can always reach the service with a value they chose.
 */
export async function ensureAdminToken(prisma: Prisma, plaintext: string): Promise<"created" | "updated" | "present"> {
  const existing = await prisma.token.findUnique({ where: { digest: digestOf(plaintext) } });
  if (!existing) {
    const token = newV1Token(plaintext);
    await prisma.token.create({
      data: { version: "V1", digest: token.digest, plaintext, hint: token.hint, description: "PROXBOX_ADMIN_TOKEN", writeEnabled: true },
    });
    return "created";
  }
  if (existing.writeEnabled && existing.expires === null) return "present";
  await prisma.token.update({ where: { id: existing.id }, data: { writeEnabled: true, expires: null } });
  return "updated";
}

/** With no token at all, a first write-enabled v2 token; its plaintext is returned to be shown once. */
export async function createFirstTokenIfNone(prisma: Prisma): Promise<string | null> {
  if ((await prisma.token.count()) > 0) return null;
  const { plaintext } = await createToken(prisma, { version: "V2", description: "First token, created at start-up" });
  return plaintext;
}
