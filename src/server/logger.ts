// Structured logs (pino): JSON lines, or readable lines on a terminal. Every line written while a
// request is handled carries its request id.
import pino from "pino";
import pretty from "pino-pretty";
import { currentRequest } from "./request-context.js";

export type Logger = pino.Logger;

export interface LoggerOptions {
  level: string;
  format: "auto" | "json" | "pretty";
  /** Where lines go (default standard output); tests capture them here. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const readable = options.format === "pretty" || (options.format === "auto" && !options.destination && process.stdout.isTTY);
  const destination = options.destination ?? (readable ? pretty({ colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" }) : pino.destination(1));
  return pino(
    {
      level: options.level,
      base: undefined,
      mixin: () => {
        const requestId = currentRequest()?.requestId;
        return requestId ? { requestId } : {};
      },
      // Defence in depth: nothing should log these, and if something does they are removed.
      redact: {
        paths: ["password", "tokenValue", "tokenSecret", "token", "plaintext", "authorization", "*.password", "*.tokenValue", "*.tokenSecret", "*.plaintext", "*.authorization", "headers.authorization", "*.headers.authorization"],
        censor: "[secret]",
      },
    },
    destination,
  );
}
