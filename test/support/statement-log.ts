// The SQL statements a database's Prisma client runs while one operation is worked on: what the
// query-shape, plan and filter tests read. (Authentication runs on the driver, not through Prisma.)
import type { Database } from "../../src/db/database.js";

export interface Statement {
  query: string;
  /** The parameters, as Prisma's query event gives them (JSON). */
  params: string;
}

/** Starts listening to `db`'s Prisma client; the function returned captures one operation's statements. */
export function statementLog(db: Database): (run: () => Promise<unknown>) => Promise<Statement[]> {
  let capturing: Statement[] | null = null;
  db.prisma.$on("query", (event) => {
    capturing?.push({ query: event.query, params: event.params });
  });
  return async (run) => {
    const captured: Statement[] = [];
    capturing = captured;
    try {
      await run();
    } finally {
      capturing = null;
    }
    return captured;
  };
}
