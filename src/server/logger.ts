// Structured logs (pino): JSON lines, or readable lines on a terminal. The lines about a request
// (its log line, the errors it met) carry its request id.
import pino from "pino";
import pretty from "pino-pretty";
import { SECRET_FIELDS } from "../kinds/models.js";

export type Logger = pino.Logger;

export interface LoggerOptions {
  level: string;
  format: "auto" | "json" | "pretty";
  /** Where lines go (default standard output); tests capture them here. */
  destination?: pino.DestinationStream;
}

/** Every endpoint secret (from the kinds' models), token plaintexts and Authorization headers. */
const REDACTED_FIELDS = [...SECRET_FIELDS, "plaintext", "authorization"];
export const REDACTED_PATHS = [
  ...REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]),
  "headers.authorization",
  "*.headers.authorization",
];

export function createLogger(options: LoggerOptions): Logger {
  const readable = options.format === "pretty" || (options.format === "auto" && !options.destination && process.stdout.isTTY);
  const destination = readable
    ? pretty({
        colorize: !options.destination,
        translateTime: "SYS:HH:MM:ss.l",
        ignore: "pid,hostname",
        destination: options.destination ?? 1,
        sync: true,
      })
    : (options.destination ?? pino.destination(1));
  return pino(
    {
      level: options.level,
      base: undefined,
      // Defence in depth: nothing should log these, and if something does they are removed.
      redact: {
        paths: REDACTED_PATHS,
        censor: "[secret]",
      },
    },
    destination,
  );
}

/**
 * The logger Yoga gets. Yoga logs the original of every error it masks; those originals can hold
 * what a client sent (graphql-js quotes invalid variable values, secrets included), and the masker
 * already logs the unexpected ones with their request id. So Yoga's error lines are dropped here.
 */
export function yogaLogger(logger: Logger) {
  return {
    debug: (...args: unknown[]) => logger.debug({ yoga: args.map(String) }, "yoga"),
    info: (...args: unknown[]) => logger.info({ yoga: args.map(String) }, "yoga"),
    warn: (...args: unknown[]) => logger.warn({ yoga: args.map(String) }, "yoga"),
    error: () => undefined,
  };
}
