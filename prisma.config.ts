// Prisma CLI configuration, read by `prisma generate` (scripts/prisma-generate.mjs). Generate does
// not connect, but the CLI wants a postgresql:// URL, so a placeholder stands in for the embedded
// default. Migrations are applied by the service itself (src/db/migrate.ts) and authored with
// `npm run db:diff` (scripts/migration-diff.mjs).
import { defineConfig } from "prisma/config";

const configured = process.env.DATABASE_URL ?? "";
const url = /^postgres(ql)?:\/\//.test(configured) ? configured : "postgresql://placeholder@127.0.0.1:5432/placeholder";

export default defineConfig({ schema: "prisma/schema.prisma", datasource: { url } });
