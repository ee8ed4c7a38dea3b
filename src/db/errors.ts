// Database errors as the rest of the service sees them. The two adapters report a violated
// constraint differently: adapter-pg through Prisma's known request errors (P2002, P2003, …),
// pglite-prisma-adapter as a driver error carrying PostgreSQL's SQLSTATE. Both are read here.

export type ConstraintViolation = "unique" | "foreign_key" | "check";

const SQLSTATE: Record<string, ConstraintViolation> = { "23505": "unique", "23503": "foreign_key", "23514": "check" };
const PRISMA_CODE: Record<string, ConstraintViolation> = { P2002: "unique", P2003: "foreign_key", P2004: "check" };
const ADAPTER_KIND: Record<string, ConstraintViolation> = {
  UniqueConstraintViolation: "unique",
  ForeignKeyConstraintViolation: "foreign_key",
};

function causeChain(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth++) {
    const record = current as Record<string, unknown>;
    chain.push(record);
    current = record.cause ?? (record.meta as Record<string, unknown> | undefined)?.driverAdapterError;
  }
  return chain;
}

/** Which constraint a failed write violated, if that is why it failed. */
export function constraintViolation(error: unknown): ConstraintViolation | null {
  for (const link of causeChain(error)) {
    const code = typeof link.code === "string" ? link.code : undefined;
    if (code && PRISMA_CODE[code]) return PRISMA_CODE[code];
    if (code && SQLSTATE[code]) return SQLSTATE[code];
    const kind = typeof link.kind === "string" ? link.kind : undefined;
    if (kind && ADAPTER_KIND[kind]) return ADAPTER_KIND[kind];
    const originalCode = typeof link.originalCode === "string" ? link.originalCode : undefined;
    if (originalCode && SQLSTATE[originalCode]) return SQLSTATE[originalCode];
  }
  return null;
}

const UNAVAILABLE_CODES = new Set([
  // Node's network errors
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  // PostgreSQL: connection exceptions and an operator shutting the server down
  "08000",
  "08001",
  "08003",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  // PostgreSQL: a statement that passed statement_timeout, a lock wait that passed lock_timeout
  "57014",
  "55P03",
  // Prisma: cannot reach, timed out, connection closed
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection refused|server closed the connection|terminating connection|the database system is (starting up|shutting down)|Can't reach database server/i;

/** Whether an error means the database cannot be reached right now (rather than a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of causeChain(error)) {
    const code = typeof link.code === "string" ? link.code : typeof link.originalCode === "string" ? link.originalCode : undefined;
    if (code && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof link.kind === "string" && UNAVAILABLE_KINDS.has(link.kind)) return true;
    if (typeof link.message === "string" && UNAVAILABLE_MESSAGE.test(link.message)) return true;
    if (Array.isArray(link.errors) && link.errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}

/** Prisma's P2025: a nested connect named a row that is gone, or the row to update or read is. */
export function isRecordNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2025";
}
