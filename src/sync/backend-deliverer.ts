// Delivers the outbox of backend synchronisation (src/data/backend-outbox.ts), off the request
// path. Each round claims the rows that are due with one statement (`FOR UPDATE SKIP LOCKED`, so
// that several service instances on one PostgreSQL never take the same row), marks them claimed
// for a while, and delivers each: the endpoint as it is now, found in the backend's list by its
// `(nb:<id>)` suffix and then updated or created (a lost answer to a POST makes no duplicate), or
// removed there when it is gone here. A failure backs off exponentially with jitter and is tried
// again for as long as it fails; the row says FAILED with its last error meanwhile. A delivery cut
// short by a stop or a crash is taken again when its claim runs out.
import { isPushedKind, onOutboxWritten, type PushedKind } from "../data/backend-outbox.js";
import type { DataContext } from "../data/context.js";
import { loadTarget } from "../data/targets.js";
import { fastapiToken } from "../kinds/fastapi/connection.js";
import { endpointIdOfName } from "../outbound/backend.js";
import { OutboundError } from "../outbound/http-request.js";
import type { EndpointKind } from "../generated/prisma/enums.js";
import { backendPayload } from "./payloads.js";

export interface DelivererOptions {
  /** How often the outbox is looked at without a write in this process to wake it. */
  pollMs: number;
  /** The first retry's delay; each further failure doubles it, up to backoffMaxMs. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** How long a claimed row is left to its deliverer before another may take it. */
  claimMs: number;
  /** Rows claimed per round. */
  batch: number;
}

export const DEFAULT_DELIVERER_OPTIONS: DelivererOptions = {
  pollMs: 5_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 5 * 60_000,
  // Longer than one delivery's requests (a list and a write, each bounded by the outbound timeout).
  claimMs: 2 * 60_000,
  batch: 20,
};

export interface DelivererLogger {
  warn(fields: object, message: string): void;
  debug(fields: object, message: string): void;
}

export interface BackendDeliverer {
  /** Looks at the outbox now rather than at the next timer. */
  wake(): void;
  /** Stops claiming, and waits for the round in progress to end. */
  stop(): Promise<void>;
}

interface ClaimedRow {
  id: number;
  backend_id: number;
  endpoint_id: number;
  endpoint_kind: EndpointKind;
  version: number;
  attempts: number;
}

/** The delay before the next attempt after `attempts` failures: doubling, bounded, with jitter. */
export function backoffDelayMs(
  attempts: number,
  options: Pick<DelivererOptions, "backoffBaseMs" | "backoffMaxMs">,
  random = Math.random(),
): number {
  const exponential = Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.min(30, Math.max(0, attempts - 1)));
  // Full jitter over the upper half: backends that were down are not hit by every row at once.
  return Math.round(exponential * (0.5 + random / 2));
}

export function startBackendDeliverer(
  context: DataContext,
  logger: DelivererLogger,
  given: Partial<DelivererOptions> = {},
): BackendDeliverer {
  const options = { ...DEFAULT_DELIVERER_OPTIONS, ...given };
  const { db } = context;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let waiting: (() => void) | null = null;
  let again = false;

  const wake = () => {
    again = true;
    waiting?.();
  };
  const unsubscribe = onOutboxWritten(db, wake);

  async function claim(): Promise<ClaimedRow[]> {
    return db.prisma.$queryRaw<ClaimedRow[]>`
      UPDATE "backend_outbox" SET
        "claimed_until" = now() + ${options.claimMs}::int * interval '1 millisecond',
        "last_attempt_at" = now(),
        "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "backend_outbox"
        WHERE "state" <> 'IN_STEP' AND "next_attempt_at" <= now() AND ("claimed_until" IS NULL OR "claimed_until" <= now())
          AND "backend_id" IN (SELECT "id" FROM "endpoint" WHERE "kind" = 'FASTAPI' AND "enabled")
        ORDER BY "next_attempt_at", "id"
        LIMIT ${options.batch}::int
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id", "backend_id", "endpoint_id", "endpoint_kind", "version", "attempts"`;
  }

  async function deliver(row: ClaimedRow): Promise<void> {
    if (!isPushedKind(row.endpoint_kind)) return;
    const kind: PushedKind = row.endpoint_kind;
    let remoteId: number | null = null;
    let removed = false;
    try {
      const target = await loadTarget(db.prisma, row.backend_id);
      // The backend was deleted meanwhile: its rows went with it.
      if (!target) return;
      const key = await fastapiToken(db, row.backend_id);
      const payload = await backendPayload(db, kind, row.endpoint_id);
      const theirs = (await context.upstreams.backend.list(target, key, kind)).filter(
        (remote) => endpointIdOfName(remote.name) === row.endpoint_id,
      );
      if (payload) {
        // One row per endpoint: duplicates that an older client made are removed.
        const [kept, ...extra] = theirs;
        if (kept) {
          await context.upstreams.backend.update(target, key, kind, kept.id, payload);
          remoteId = kept.id;
        } else {
          remoteId = await context.upstreams.backend.create(target, key, kind, payload);
        }
        for (const duplicate of extra) await context.upstreams.backend.delete(target, key, kind, duplicate.id);
      } else {
        for (const remote of theirs) await context.upstreams.backend.delete(target, key, kind, remote.id);
        removed = (await db.prisma.endpoint.count({ where: { id: row.endpoint_id } })) === 0;
      }
    } catch (error) {
      await failed(row, error);
      return;
    }
    await delivered(row, remoteId, removed);
  }

  async function delivered(row: ClaimedRow, remoteId: number | null, removed: boolean): Promise<void> {
    // Only the version that was read is done: a change meanwhile left the row due again.
    const done = removed
      ? await db.prisma.$executeRaw`DELETE FROM "backend_outbox" WHERE "id" = ${row.id} AND "version" = ${row.version}`
      : await db.prisma.$executeRaw`
          UPDATE "backend_outbox" SET "state" = 'IN_STEP', "synced_at" = now(), "last_error" = NULL, "attempts" = 0,
            "claimed_until" = NULL, "remote_id" = ${remoteId}
          WHERE "id" = ${row.id} AND "version" = ${row.version}`;
    if (!done) await release(row, remoteId);
    logger.debug({ backendId: row.backend_id, endpointId: row.endpoint_id, removed }, "backend in step with an endpoint");
  }

  async function failed(row: ClaimedRow, error: unknown): Promise<void> {
    // Outbound messages say what failed and never quote a secret; anything else is not shown.
    const message = error instanceof OutboundError ? error.message : "The delivery failed unexpectedly; see the service's log.";
    const delayMs = backoffDelayMs(row.attempts, options);
    const updated = await db.prisma.$executeRaw`
      UPDATE "backend_outbox" SET "state" = 'FAILED', "last_error" = ${message}, "claimed_until" = NULL,
        "next_attempt_at" = now() + ${delayMs}::int * interval '1 millisecond'
      WHERE "id" = ${row.id} AND "version" = ${row.version}`;
    if (!updated) await release(row, null);
    logger.warn(
      {
        backendId: row.backend_id,
        endpointId: row.endpoint_id,
        attempts: row.attempts,
        retryInMs: delayMs,
        ...(error instanceof OutboundError ? { kind: error.kind } : { error: error instanceof Error ? error.name : "unknown" }),
        reason: message,
      },
      "a backend delivery failed; it is tried again",
    );
  }

  /** A newer change is queued: the claim ends and the row stays due. */
  async function release(row: ClaimedRow, remoteId: number | null): Promise<void> {
    await db.prisma.$executeRaw`
      UPDATE "backend_outbox" SET "claimed_until" = NULL, "remote_id" = COALESCE(${remoteId}::int, "remote_id") WHERE "id" = ${row.id}`;
  }

  async function round(): Promise<number> {
    const rows = await claim();
    // Rows of one backend go one after another; per endpoint there is only ever one row.
    for (const row of rows) {
      if (stopped) break;
      await deliver(row);
    }
    return rows.length;
  }

  const loop = (async () => {
    while (!stopped) {
      again = false;
      let claimed = 0;
      try {
        claimed = await round();
      } catch (error) {
        // The database is away (a restart, a failover): the next round tries again.
        logger.warn({ error: error instanceof Error ? error.message : "unknown" }, "the backend outbox could not be read");
      }
      if (stopped) break;
      if (claimed >= options.batch || again) continue;
      await new Promise<void>((resolve) => {
        waiting = resolve;
        timer = setTimeout(resolve, options.pollMs);
        timer.unref?.();
      });
      waiting = null;
      if (timer) clearTimeout(timer);
    }
  })();

  return {
    wake,
    async stop() {
      stopped = true;
      unsubscribe();
      waiting?.();
      await loop;
    },
  };
}
