// IPAddress: NetBox IP addresses that endpoints may be reached at.
import { builder } from "../builder.js";
import { createIpAddress, deleteIpAddress } from "../data/ip-addresses.js";
import { connectionType, resolveKeysetConnection } from "./connection.js";
import { escapeLike } from "./filters.js";
import { databaseIdOf, referenceOf } from "../domain/global-id.js";
import { DeletePayload, IdInput, payloadType } from "./mutation-payloads.js";
import { nodeWhere } from "./node-id.js";

export const IPAddress = builder.prismaNode("IpAddress", {
  name: "IPAddress",
  description: "An IP address, as NetBox's IPAM keeps it.",
  id: { field: "id" },
  nullable: true,
  findUnique: nodeWhere,
  // Every column is small: all are read, and the fields resolve from the row (see ENDPOINT_COLUMNS).
  select: { id: true, address: true, family: true, dnsName: true, description: true, created: true, lastUpdated: true },
  fields: (t) => ({
    databaseId: t.int({ description: "The id of this object in the database.", resolve: (ip) => ip.id }),
    address: t.string({
      description: "Address with prefix length, for example 192.0.2.10/24 or 2001:db8::1/64.",
      resolve: (ip) => ip.address,
    }),
    family: t.int({ description: "4 or 6.", resolve: (ip) => ip.family }),
    dnsName: t.string({ description: "DNS name of the address, if any.", resolve: (ip) => ip.dnsName }),
    description: t.string({ description: "Free text.", resolve: (ip) => ip.description }),
    display: t.string({ description: "How NetBox shows the address: the address with its prefix length.", resolve: (ip) => ip.address }),
    created: t.field({ type: "DateTime", description: "When the address was created.", resolve: (ip) => ip.created }),
    lastUpdated: t.field({ type: "DateTime", description: "When the address was last changed.", resolve: (ip) => ip.lastUpdated }),
  }),
});

const IPAddressConnection = connectionType(IPAddress, "IPAddress", "A page of IP addresses.");

builder.queryFields((t) => ({
  ipAddress: t.prismaField({
    type: IPAddress,
    nullable: true,
    description: "One IP address by its ID; null when there is none.",
    args: { id: t.arg.id({ required: true, description: "Global ID (or database id) of the address." }) },
    resolve: (query, _root, args, context) => {
      const id = databaseIdOf(args.id, ["IPAddress"]);
      return id === null ? null : context.db.prisma.ipAddress.findUnique({ ...query, where: { id } });
    },
  }),
  ipAddresses: t.connection(
    {
      type: IPAddress,
      description: "IP addresses in the order they were created. q: case-insensitive match on address or DNS name.",
      args: { q: t.arg.string({ description: "Search text; blank is ignored." }) },
      resolve: (_root, args, context) => {
        const q = args.q?.trim();
        const where = q
          ? { OR: ["address", "dnsName"].map((column) => ({ [column]: { contains: escapeLike(q), mode: "insensitive" } })) }
          : {};
        return resolveKeysetConnection({
          args,
          sort: [],
          where,
          findMany: (page) => context.db.prisma.ipAddress.findMany(page),
          count: (filter) => context.db.prisma.ipAddress.count({ where: filter }),
        });
      },
    },
    IPAddressConnection,
  ),
}));

const IPAddressPayload = payloadType({
  name: "IPAddressPayload",
  field: "ipAddress",
  node: IPAddress,
  model: "ipAddress",
  description: "The outcome of createIpAddress.",
});

const CreateIPAddressInput = builder.inputType("CreateIPAddressInput", {
  description: "A new IP address.",
  fields: (t) => ({
    address: t.string({
      required: true,
      description: "IPv4 or IPv6 address, with or without prefix length (default /32 or /128); unique. IPv6 is stored in RFC 5952 form.",
    }),
    dnsName: t.string({ description: "DNS name, at most 255 characters." }),
    description: t.string({ description: "Free text, at most 200 characters." }),
  }),
});

builder.mutationFields((t) => ({
  createIpAddress: t.field({
    type: IPAddressPayload,
    description: "Create an IP address.",
    args: { input: t.arg({ type: CreateIPAddressInput, required: true, description: "What to create." }) },
    resolve: (_root, { input }, context) => createIpAddress(context.db, input),
  }),
  deleteIpAddress: t.field({
    type: DeletePayload,
    description: "Delete an IP address. Fails with IN_USE while an endpoint links to the address.",
    args: { input: t.arg({ type: IdInput, required: true, description: "The object, by its global ID." }) },
    resolve: (_root, { input }, context) => deleteIpAddress(context.db, referenceOf(input.id, "IPAddress")),
  }),
}));
