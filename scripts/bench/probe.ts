// Before a server is measured, one fixed request of each read operation, whose answer is kept in
// the service's shape: each reference's answers to the same requests must be the service's data,
// or the reference is not doing the same work.
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
  for (const operation of operations.filter((name) => READ_OPERATIONS.includes(name) && !server.dialect.unsupported[name])) {
    const request = requestFactory(operation, samples, "probe", server.dialect)(7);
    const response = await fetch(`${server.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Token ${ADMIN_TOKEN}` },
      body: request.body,
    });
    const text = await response.text();
    const answer = request.read(response.status, text);
    const problem = typeof answer === "string" ? answer : request.check(response.status, text);
    answers[operation] = problem === null && typeof answer !== "string" ? canonical(answer.data) : `invalid: ${problem ?? ""}`;
  }
  return answers;
}

/** Operations whose answers from a reference differ from the service's. */
export function differences(service: ProbeAnswers, reference: ProbeAnswers): OperationName[] {
  return (Object.keys(service) as OperationName[]).filter(
    (operation) => reference[operation] !== undefined && reference[operation] !== service[operation],
  );
}
