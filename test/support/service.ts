// A running service for one test file: its own database (PGlite in memory, or a fresh PostgreSQL
// database, as the vitest project says), a write token and a read-only token, and helpers to send
// GraphQL through `yoga.fetch` or over real HTTP.
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import type { DatabaseTarget } from "../../src/config.js";
import { createToken } from "../../src/data/token-writes.js";
import { type Database, openDatabase } from "../../src/db/database.js";
import { listen, type RunningServer } from "../../src/server/http.js";
import { createService, type Service, type ServiceOptions } from "../../src/server/yoga.js";
import { randomBytes } from "node:crypto";
import type { SecretKey } from "../../src/secrets/key.js";
import { createTestDatabase } from "./postgres.js";

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: GraphQLFormattedError[];
}

export interface TestService {
  db: Database;
  yoga: Service;
  /** The database the service runs on, as a target (to open a second connection to it). */
  target: DatabaseTarget;
  /** The secret key of that database. */
  key: SecretKey;
  writeToken: string;
  readToken: string;
  /** Sends an operation; the write token authenticates unless `token` says otherwise (null: none). */
  gql<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    variables?: Variables,
    options?: { token?: string | null },
  ): Promise<GraphQLResponse<Data>>;
  /** Like gql, but fails the test on any error, and returns data. */
  ok<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables?: Variables): Promise<Data>;
  /** Every response body this service gave through gql(), in order. */
  responses: string[];
  /** Listens on a loopback port for tests that need real HTTP. */
  listen(): Promise<RunningServer>;
  close(): Promise<void>;
}

export const databaseKind = (process.env.TEST_DATABASE ?? "pglite") as "pglite" | "postgres";

/** A secret key for one test database. */
export function testKey(): SecretKey {
  return { key: randomBytes(32), source: { kind: "environment" } };
}

export async function openTestDatabase(
  key: SecretKey = testKey(),
  kind: "pglite" | "postgres" = databaseKind,
): Promise<{ db: Database; target: DatabaseTarget; key: SecretKey; dispose: () => Promise<void> }> {
  if (kind === "postgres") {
    const created = await createTestDatabase();
    const target: DatabaseTarget = { kind: "postgres", url: created.url };
    const db = await openDatabase(target, { key });
    return {
      db,
      target,
      key,
      dispose: async () => {
        await db.close();
        await created.drop();
      },
    };
  }
  const target: DatabaseTarget = { kind: "pglite", dataDir: null };
  const db = await openDatabase(target, { key });
  return { db, target, key, dispose: () => db.close() };
}

export function authorization(token: string): string {
  return token.startsWith("nbt_") ? `Bearer ${token}` : `Token ${token}`;
}

export async function startService(options: ServiceOptions = {}, kind: "pglite" | "postgres" = databaseKind): Promise<TestService> {
  const { db, target, key, dispose } = await openTestDatabase(testKey(), kind);
  const yoga = createService(db, options);
  const writeToken = (await createToken(db, { version: "V2", description: "tests: write" })).plaintext;
  const readToken = (await createToken(db, { version: "V1", description: "tests: read", writeEnabled: false })).plaintext;
  const servers: RunningServer[] = [];
  const responses: string[] = [];

  const gql: TestService["gql"] = async (document, variables, options = {}) => {
    const token = options.token === undefined ? writeToken : options.token;
    const response = await yoga.fetch("http://service.test/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json",
        ...(token ? { authorization: authorization(token) } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const text = await response.text();
    responses.push(text);
    const body = JSON.parse(text) as { data?: never; errors?: GraphQLFormattedError[] };
    return { status: response.status, ...body };
  };

  return {
    db,
    yoga,
    target,
    key,
    writeToken,
    readToken,
    gql,
    responses,
    async ok(document, variables) {
      const result = await gql(document, variables);
      if (result.errors?.length || !result.data) {
        throw new Error(`GraphQL failed (HTTP ${result.status}): ${JSON.stringify(result.errors)}`);
      }
      return result.data;
    },
    async listen() {
      const server = await listen(yoga, "127.0.0.1", 0);
      servers.push(server);
      return server;
    },
    async close() {
      for (const server of servers) await server.stop(1000);
      await dispose();
    },
  };
}
