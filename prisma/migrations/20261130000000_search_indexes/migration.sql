-- Search and per-kind listing served by indexes.
-- q and the contains/iContains lookups on name and domain compile to LIKE/ILIKE '%…%', which a
-- B-tree cannot serve; trigram GIN indexes can. pg_trgm is a trusted extension (PostgreSQL 13+),
-- and PGlite ships it.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "endpoint_kind_name_id_idx" ON "endpoint"("kind", "name", "id");

-- CreateIndex
CREATE INDEX "endpoint_name_trgm_idx" ON "endpoint" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "endpoint_domain_trgm_idx" ON "endpoint" USING GIN ("domain" gin_trgm_ops);
