// Writing IP addresses: their rules, checked before anything is written, every problem reported at once.
import type { Database } from "../db/database.js";
import { constraintViolation } from "../db/errors.js";
import { parseIpAddress } from "../domain/ip-address.js";
import { optionalText } from "../domain/text.js";
import { type UserError, UserErrors } from "../domain/user-errors.js";
import { type DeleteResult, deleteUnlessReferenced } from "./delete.js";

export interface IpAddressInput {
  address: string;
  dnsName?: string | null;
  description?: string | null;
}

const TAKEN: UserError = { field: ["address"], code: "TAKEN", message: "This IP address already exists." };

export async function createIpAddress(db: Database, input: IpAddressInput): Promise<{ id: number | null; userErrors: UserError[] }> {
  const errors = new UserErrors();
  const parsed = parseIpAddress(input.address);
  if (!parsed) errors.add("address", "INVALID", "Enter an IPv4 or IPv6 address such as 192.0.2.10/24 or 2001:db8::10 in the address field.");
  const dnsName = optionalText(errors, "dnsName", input.dnsName, 255);
  const description = optionalText(errors, "description", input.description, 200);
  const prisma = db.prisma;
  if (!parsed || !errors.empty) return { id: null, userErrors: errors.list };
  if (await prisma.ipAddress.count({ where: { address: parsed.address } })) return { id: null, userErrors: [TAKEN] };
  try {
    const created = await prisma.ipAddress.create({
      data: { address: parsed.address, family: parsed.family, dnsName, description },
      select: { id: true },
    });
    return { id: created.id, userErrors: [] };
  } catch (error) {
    // Another request stored the same address after the check above.
    if (constraintViolation(error) === "unique") return { id: null, userErrors: [TAKEN] };
    throw error;
  }
}

/** Deletes an IP address, unless an endpoint links to it. */
export function deleteIpAddress(db: Database, id: number): Promise<DeleteResult> {
  const prisma = db.prisma;
  return deleteUnlessReferenced({
    id,
    typename: "IPAddress",
    label: "IP address",
    exists: async (id) => (await prisma.ipAddress.count({ where: { id } })) > 0,
    referrers: { noun: "endpoint", count: (id) => prisma.endpoint.count({ where: { ipAddressId: id } }) },
    remove: async (id) => (await prisma.ipAddress.deleteMany({ where: { id } })).count,
  });
}
