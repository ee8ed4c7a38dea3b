// What every resolver receives. The Prisma client is reached through `db` rather than typed on the
// context itself, which keeps Pothos' type inference fast.
import type { Database } from "./db/database.js";
import type { Viewer } from "./auth/tokens.js";

export interface Context {
  db: Database;
  /** The API token that authenticated this request. */
  viewer: Viewer;
}
