// /readiness: 200 when the database answers, 503 when it does not, so that a load balancer or an
// orchestrator sends no traffic to an instance that can only refuse it. /health (Yoga's own) only
// says the process is up.
import type { Plugin } from "graphql-yoga";
import type { Database } from "../../db/database.js";

const READINESS_PATH = "/readiness";

const READINESS_TIMEOUT_MS = 2000;

/** Whether the database answers a trivial query within a short time. */
export async function databaseIsReady(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db.driver.query("SELECT 1").then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function useReadiness(db: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== READINESS_PATH) return;
      const ready = await databaseIsReady(db);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: ready ? "ready" : "unavailable", database: ready ? "up" : "down" }), {
          status: ready ? 200 : 503,
          headers: { "content-type": "application/json", "cache-control": "no-store" },
        }),
      );
    },
  };
}
