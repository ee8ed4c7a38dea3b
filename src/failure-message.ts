// What a failure says to an operator. Not everything thrown is an Error: PGlite's file system layer
// (Emscripten) throws plain objects such as { name: "ErrnoError", errno: 44 }, which String() turns
// into "[object Object]".
import { inspect } from "node:util";

export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message === "string" && message !== "") return message;
  return inspect(error, { depth: 2, breakLength: Infinity });
}
