// What the data layer works with: the database, and the systems behind endpoints (behind an
// interface, so that tests can put fakes in their place).
import type { Database } from "../db/database.js";
import type { Upstreams } from "../outbound/upstreams.js";

export interface DataContext {
  db: Database;
  upstreams: Upstreams;
}
