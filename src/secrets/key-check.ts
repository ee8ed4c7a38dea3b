// Tells a wrong secret key at start-up, before any secret is read or written with it: one row
// holds a known text sealed with the key the data was encrypted with.
import { existsSync } from "node:fs";
import type { PrismaClient } from "../generated/prisma/client.js";
import { commitPendingKey, pendingKeyFile, readKeyFile, SECRET_KEY_VARIABLE, type SecretKey, writeKeyFile } from "./key.js";
import { SecretBox, secretSlot } from "./secret-box.js";

const CHECK_TEXT = "proxbox secret key check";
const CHECK_SLOT = secretSlot("secret_key_check", "sealed", 1);

export class SecretKeyMismatchError extends Error {
  override name = "SecretKeyMismatchError";
}

function opens(box: SecretBox, sealed: string): boolean {
  try {
    return box.open(sealed, CHECK_SLOT) === CHECK_TEXT;
  } catch {
    return false;
  }
}

export function sealKeyCheck(box: SecretBox): string {
  return box.seal(CHECK_TEXT, CHECK_SLOT);
}

/** The box to use for this database's secrets; records the key on first use. */
export async function verifySecretKey(prisma: Pick<PrismaClient, "secretKeyCheck">, secretKey: SecretKey): Promise<SecretBox> {
  const box = new SecretBox(secretKey.key);
  const { source } = secretKey;
  if (source.kind === "file" && source.created) {
    if (await prisma.secretKeyCheck.findUnique({ where: { id: 1 } })) {
      throw new SecretKeyMismatchError(
        `The key file ${source.path} is missing, but the stored secrets were encrypted with a key: restore that file ` +
          `(from the backup of the data), or set ${SECRET_KEY_VARIABLE} to the original key. No key file was created; nothing was read or changed.`,
      );
    }
    // A new database: its key file exists before any value sealed with the key does.
    await writeKeyFile(source.path, secretKey.key);
  }
  await prisma.secretKeyCheck.createMany({ data: [{ id: 1, sealed: sealKeyCheck(box) }], skipDuplicates: true });
  const { sealed } = await prisma.secretKeyCheck.findUniqueOrThrow({ where: { id: 1 } });
  if (opens(box, sealed)) return box;

  if (source.kind === "file" && existsSync(pendingKeyFile(source.path))) {
    // A rotation re-encrypted everything but stopped before moving its key into place.
    const pending = new SecretBox(await readKeyFile(pendingKeyFile(source.path)));
    if (opens(pending, sealed)) {
      await commitPendingKey(source.path);
      return pending;
    }
  }
  const remedy =
    source.kind === "file"
      ? `The key file ${source.path} is not the one the stored secrets were encrypted with: restore that file, or set ${SECRET_KEY_VARIABLE} to the original key.`
      : `${SECRET_KEY_VARIABLE} is not the key the stored secrets were encrypted with: set it to that key.`;
  throw new SecretKeyMismatchError(`${remedy} Nothing was read or changed.`);
}
