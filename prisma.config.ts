// Prisma CLI configuration. The CLI runs with the JS schema engine (no native binaries can be
// downloaded here), and every CLI command wants a postgresql:// DATABASE_URL even when it does not
// connect (`prisma generate`), so a placeholder stands in for the embedded default.
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const configured = process.env.DATABASE_URL ?? "";
const connectionString = /^postgres(ql)?:\/\//.test(configured) ? configured : "postgresql://placeholder@127.0.0.1:5432/placeholder";
process.env.DATABASE_URL = connectionString;

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  adapter: () => Promise.resolve(new PrismaPg({ connectionString })),
});
