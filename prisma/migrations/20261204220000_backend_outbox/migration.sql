-- Backend synchronisation: the outbox of deliveries to the Proxbox backends (FastAPI endpoints),
-- one row per (backend, endpoint), written with the endpoint's change and delivered off the
-- request path.
-- CreateEnum
CREATE TYPE "BackendSyncOperation" AS ENUM ('UPSERT', 'DELETE');

-- CreateEnum
CREATE TYPE "BackendSyncStatus" AS ENUM ('IN_STEP', 'PENDING', 'FAILED');

-- CreateTable
CREATE TABLE "backend_outbox" (
    "id" SERIAL NOT NULL,
    "backend_id" INTEGER NOT NULL,
    "endpoint_id" INTEGER NOT NULL,
    "endpoint_ref" INTEGER,
    "endpoint_kind" "EndpointKind" NOT NULL,
    "operation" "BackendSyncOperation" NOT NULL,
    "state" "BackendSyncStatus" NOT NULL DEFAULT 'PENDING',
    "version" INTEGER NOT NULL DEFAULT 1,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimed_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "last_attempt_at" TIMESTAMPTZ(3),
    "synced_at" TIMESTAMPTZ(3),
    "remote_id" INTEGER,

    CONSTRAINT "backend_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "backend_outbox_endpoint_ref_idx" ON "backend_outbox"("endpoint_ref");

-- CreateIndex
CREATE INDEX "backend_outbox_next_attempt_at_idx" ON "backend_outbox"("next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "backend_outbox_backend_id_endpoint_id_key" ON "backend_outbox"("backend_id", "endpoint_id");

-- AddForeignKey
ALTER TABLE "backend_outbox" ADD CONSTRAINT "backend_outbox_backend_id_fkey" FOREIGN KEY ("backend_id") REFERENCES "endpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "backend_outbox" ADD CONSTRAINT "backend_outbox_endpoint_ref_fkey" FOREIGN KEY ("endpoint_ref") REFERENCES "endpoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

