// Counts the requests the service is working on, whether or not their client is still connected:
// a client that hangs up does not stop the database work it started, and the database must not be
// closed under that work at shutdown.
import type { Plugin } from "graphql-yoga";

export class InFlight {
  #count = 0;
  #idle: (() => void)[] = [];

  get count(): number {
    return this.#count;
  }

  track<T>(work: () => T): T {
    this.#count++;
    let result: T;
    try {
      result = work();
    } catch (error) {
      this.#done();
      throw error;
    }
    // Yoga hands back native promises or promise-like values of its own.
    if (typeof (result as { then?: unknown } | null)?.then === "function") {
      return Promise.resolve(result).finally(() => this.#done()) as T;
    }
    this.#done();
    return result;
  }

  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  drain(timeoutMs: number): Promise<boolean> {
    if (this.#count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.#idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  #done(): void {
    this.#count--;
    if (this.#count === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }
}

/** Counts every request in `inFlight` from its arrival until its response is done. */
export function useInFlight(inFlight: InFlight): Plugin {
  return {
    instrumentation: {
      request: (_payload, wrapped) => inFlight.track(wrapped),
    },
  };
}
