// Dates every layer agrees on: PostgreSQL's timestamp (4713 BC to 294276 AD) and JS Date (to
// +275760) both hold years 1 to 9999, and only those does toISOString write without a sign.
const EARLIEST = Date.parse("0001-01-01T00:00:00.000Z");
const LATEST = Date.parse("9999-12-31T23:59:59.999Z");

/** Whether a time (milliseconds since 1970, NaN for an invalid date) lies in years 1 to 9999. */
export function isStorableTime(time: number): boolean {
  return time >= EARLIEST && time <= LATEST;
}
