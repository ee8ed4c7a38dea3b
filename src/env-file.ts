// The optional file of variables (./.env, or the file PROXBOX_ENV_FILE names) that `npm start` and
// every script read before their configuration. A variable of the real environment always wins
// over the file; loadConfig validates the result either way.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { ConfigError, DEFAULTS, ENV_FILE_VARIABLE } from "./config.js";

export interface LoadedEnvFile {
  /** The file read, absolute; null when there was none. */
  path: string | null;
  /** The variables the file set (those the environment did not already have). */
  applied: string[];
}

/** Reads the file into `env`; a missing ./.env is fine, a missing PROXBOX_ENV_FILE is not. */
export function loadEnvFile(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LoadedEnvFile {
  const named = env[ENV_FILE_VARIABLE]?.trim();
  const path = resolve(cwd, named || DEFAULTS.PROXBOX_ENV_FILE);
  if (!existsSync(path)) {
    if (named) throw new ConfigError(ENV_FILE_VARIABLE, `no file at ${path}`);
    return { path: null, applied: [] };
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(named ? ENV_FILE_VARIABLE : path, `cannot read ${path}: ${(error as Error).message}`);
  }
  const applied: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    // Which file to read is the environment's decision, not the file's.
    if (name === ENV_FILE_VARIABLE || env[name] !== undefined) continue;
    env[name] = value;
    applied.push(name);
  }
  return { path, applied };
}

/** A configuration error's message, saying where a value that came from the file was set. */
export function explainConfigError(error: ConfigError, loaded: LoadedEnvFile | undefined): string {
  if (!loaded?.path || !loaded.applied.includes(error.variable)) return error.message;
  return `${error.message} (set in ${loaded.path})`;
}
