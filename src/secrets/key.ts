// Where the secret key comes from: PROXBOX_SECRET_KEY; or, for the embedded database without it, a
// key file beside the PGlite data that the service creates; or, for a database in memory, a key
// that lives as long as the process. PostgreSQL without a key is refused: the key must then be
// managed by whoever runs the server.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { ConfigError, type DatabaseTarget, parseSecretKey, SECRET_KEY_VARIABLE } from "../config.js";
import { realDataDir } from "../data-dir.js";
import { KEY_BYTES } from "./secret-box.js";

export { SECRET_KEY_VARIABLE };

export type KeySource =
  | { kind: "environment" }
  /** created: there was no key file, so this key is new; verifySecretKey writes the file if the database is new too. */
  | { kind: "file"; path: string; created: boolean }
  | { kind: "ephemeral" };

export interface SecretKey {
  key: Buffer;
  source: KeySource;
}

export function keyFileFor(dataDir: string): string {
  return `${resolve(dataDir)}.key`;
}

export async function writeKeyFile(path: string, key: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  await writeFile(temporary, `${key.toString("base64")}\n`, { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

export async function readKeyFile(path: string): Promise<Buffer> {
  return parseSecretKey(await readFile(path, "utf8"), `the key file ${path}`);
}

export async function resolveSecretKey(database: DatabaseTarget, configured: Buffer | undefined): Promise<SecretKey> {
  if (configured) return { key: configured, source: { kind: "environment" } };
  if (database.kind === "postgres") {
    throw new ConfigError(
      SECRET_KEY_VARIABLE,
      "required with PostgreSQL: set it to 32 random bytes in base64 (for example `openssl rand -base64 32`) and keep it safe; the stored credentials are encrypted with it",
    );
  }
  if (database.dataDir === null) return { key: randomBytes(KEY_BYTES), source: { kind: "ephemeral" } };
  const path = keyFileFor(await realDataDir(database.dataDir));
  if (existsSync(path)) return { key: await readKeyFile(path), source: { kind: "file", path, created: false } };
  // Not written yet: beside data whose key file was lost, a new key would only make a wrong one.
  return { key: randomBytes(KEY_BYTES), source: { kind: "file", path, created: true } };
}

/**
 * Key rotation with a key file, safe against a crash at any point: the new key is written to
 * "<file>.new" before the secrets are re-encrypted, and moved over the key file after. A start
 * that finds the secrets sealed with the pending key finishes the move (see verifySecretKey).
 */
export function pendingKeyFile(path: string): string {
  return `${path}.new`;
}

export async function writePendingKey(path: string, key: Buffer): Promise<void> {
  await writeKeyFile(pendingKeyFile(path), key);
}

export async function commitPendingKey(path: string): Promise<void> {
  await rename(pendingKeyFile(path), path);
}
