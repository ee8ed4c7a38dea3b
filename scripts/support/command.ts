// What every command-line script shares: the optional .env file is read first, and a failure ends
// the process with a message that says what is wrong (and a non-zero exit code) instead of a stack.
import { type Config, ConfigError } from "../../src/config.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { DatabaseInUseError } from "../../src/db/pglite-lock.js";
import { MigrationError } from "../../src/db/migrate.js";
import { explainConfigError, type LoadedEnvFile, loadEnvFile } from "../../src/env-file.js";
import { failureMessage } from "../../src/failure-message.js";
import { SecretKeyMismatchError } from "../../src/secrets/key-check.js";
import { resolveSecretKey } from "../../src/secrets/key.js";

/** A mistake in how the command was called: its message is printed with the usage. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A refusal the command explains itself (exit code 1, message only). */
export class CommandError extends Error {
  override name = "CommandError";
}

const KNOWN = [ConfigError, DatabaseInUseError, MigrationError, SecretKeyMismatchError, CommandError];

/**
 * Runs a command: reads the env file, then `work`. Exit codes: 0 done, 1 refused or failed, 2 called
 * wrongly (with the usage text).
 */
export async function runCommand(name: string, usage: string, work: (env: LoadedEnvFile) => Promise<void>): Promise<void> {
  let loaded: LoadedEnvFile | undefined;
  try {
    loaded = loadEnvFile();
    await work(loaded);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`${name}: ${(error as Error).message}\n\n${usage}\n`);
      process.exit(2);
    }
    const message = error instanceof ConfigError ? explainConfigError(error, loaded) : failureMessage(error);
    process.stderr.write(`${name}: ${message}\n`);
    if (!KNOWN.some((type) => error instanceof type) && error instanceof Error && process.env.LOG_LEVEL === "debug") {
      process.stderr.write(`${error.stack}\n`);
    }
    process.exitCode = 1;
  }
  // Nothing left to wait for: a stray handle (a pool's idle timer) must not keep the process up.
  process.exit(process.exitCode ?? 0);
}

/**
 * Opens the database the configuration names, with its secret key, as the service does. A database
 * in memory is refused: whatever the command did would be gone when it ends.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.database.kind === "pglite" && config.database.dataDir === null) {
    throw new CommandError("DATABASE_URL is pglite:memory: whatever this command did would be gone when it ends.");
  }
  const key = await resolveSecretKey(config.database, config.secretKey);
  const db = await openDatabase(config.database, { key, poolSize: 2, snapshotDir: config.pgliteSnapshotDir });
  // Written by openDatabase, once it knew the database to be new.
  if (key.source.kind === "file" && key.source.created) {
    process.stderr.write(
      `Created the secret key file ${key.source.path} (mode 0600); back it up: stored credentials cannot be read without it.\n`,
    );
  }
  return db;
}
