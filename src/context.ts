// What every resolver receives. The Prisma client is reached through `db` rather than typed on the
// context itself, which keeps Pothos' type inference fast.
import type { Database } from "./db/database.js";
import type { Viewer } from "./auth/token-format.js";
import type { Limits } from "./config.js";
import type { OutboundOptions } from "./outbound/options.js";

export interface Context {
  db: Database;
  /** Limits of requests to the systems behind endpoints. */
  outbound: OutboundOptions;
  /** Bounds on what one request may ask (the query cost is checked against them). */
  limits: Limits;
  /** The API token that authenticated this request. */
  viewer: Viewer;
}
