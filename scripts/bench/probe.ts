// Before a server is measured, one fixed request of each read operation, whose answer is kept:
// the service's and the floor's answers to the same requests must be the same data, or the floor
// is not doing the same work.
import { ADMIN_TOKEN } from "../support/run-service.js";
import { type OperationName, READ_OPERATIONS, requestFactory } from "./operations.js";
import type { Samples } from "./samples.js";
import type { BenchServer } from "./servers.js";

export type ProbeAnswers = Partial<Record<OperationName, string>>;

/** JSON with keys in a fixed order, so that two answers compare as text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export async function probe(server: BenchServer, operations: readonly OperationName[], samples: Samples): Promise<ProbeAnswers> {
  const answers: ProbeAnswers = {};
  for (const operation of operations.filter((name) => READ_OPERATIONS.includes(name))) {
    const request = requestFactory(operation, samples, "probe")(7);
    const response = await fetch(`${server.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Token ${ADMIN_TOKEN}` },
      body: request.body,
    });
    const text = await response.text();
    const problem = request.check(response.status, text);
    answers[operation] = problem ? `invalid: ${problem}` : canonical((JSON.parse(text) as { data: unknown }).data);
  }
  return answers;
}

/** Operations whose answers differ between the two servers. */
export function differences(service: ProbeAnswers, floor: ProbeAnswers): OperationName[] {
  return (Object.keys(service) as OperationName[]).filter(
    (operation) => floor[operation] !== undefined && floor[operation] !== service[operation],
  );
}
