// What every resolver receives: the data layer's context (the database and the systems behind
// endpoints) and its viewer. The Prisma client is reached through `db` rather than typed on the
// context itself, which keeps Pothos' type inference fast.
import type { Viewer } from "./auth/token-format.js";
import type { DataContext } from "./data/context.js";

export interface Context extends DataContext {
  /** The API token that authenticated this request. */
  viewer: Viewer;
}
