// Taking a row's id before the row is written, for values bound to their row (sealed secrets).
import type { Prisma } from "./database.js";

const SEQUENCES = { endpoint: "endpoint_id_seq", token: "token_id_seq" } as const;

export async function allocateId(prisma: Prisma, table: keyof typeof SEQUENCES): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT nextval('"${SEQUENCES[table]}"')::int AS id`);
  return row!.id;
}
