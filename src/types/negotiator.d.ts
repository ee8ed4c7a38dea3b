// The part of negotiator 1.x (which ships no types) that content coding negotiation uses.
declare module "negotiator" {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | undefined> });
    /**
     * The acceptable codings among `available`, best first: by q-value, then in `preferred` order.
     * `identity` is acceptable unless the header refuses it (`identity;q=0`, or `*;q=0` without it).
     */
    encodings(available: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
}
