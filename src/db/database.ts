// Opens the database the configuration names and the Prisma client over it. The same Prisma schema
// and the same migrations serve PGlite and PostgreSQL; only the driver adapter differs.
import { mkdir } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "../config.js";
import { PrismaClient } from "../generated/prisma/client.js";
import { openPglite, openPostgres, type SqlDriver } from "./driver.js";
import { migrate } from "./migrate.js";

// Secret columns of endpoints are left out of every query unless a query asks for them by name, so
// that no resolver can read one by accident. (Token outputs are in Pothos' select mode instead.)
const omitSecrets = {
  proxmoxEndpoint: { password: true, tokenValue: true },
  netboxEndpoint: { tokenSecret: true },
  fastapiEndpoint: { token: true },
} as const;

type Adapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"];

function createPrismaClient(adapter: Adapter) {
  return new PrismaClient({ adapter, omit: omitSecrets, log: [{ emit: "event", level: "query" }] });
}

export type Prisma = ReturnType<typeof createPrismaClient>;

export interface Database {
  readonly target: DatabaseTarget;
  readonly driver: SqlDriver;
  readonly prisma: Prisma;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
}

export async function openDatabase(target: DatabaseTarget, options: OpenOptions = {}): Promise<Database> {
  let driver: SqlDriver;
  let adapter: Adapter;
  if (target.kind === "pglite") {
    if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
    const opened = await openPglite(target.dataDir);
    driver = opened.driver;
    // pglite-prisma-adapter is built against an older copy of Prisma's adapter types; the runtime
    // interface is the same.
    adapter = new PrismaPGlite(opened.pglite) as unknown as Adapter;
  } else {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle client that loses its server emits 'error'; without a listener that kills the process.
    pool.on("error", () => undefined);
    driver = openPostgres(pool);
    adapter = new PrismaPg(pool, { disposeExternalPool: false });
  }
  try {
    if (options.migrate !== false) await migrate(driver);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw error;
  }
  const prisma = createPrismaClient(adapter);
  return {
    target,
    driver,
    prisma,
    async close() {
      await prisma.$disconnect();
      await driver.close();
    },
  };
}
