-- CreateEnum
CREATE TYPE "ProxmoxEnvironment" AS ENUM ('PRODUCTION', 'STAGING', 'DEVELOPMENT', 'HOMOLOGATION', 'TESTING', 'LAB');

-- AlterTable
ALTER TABLE "endpoint" ADD COLUMN     "enabled" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "proxmox_endpoint" ADD COLUMN     "environment" "ProxmoxEnvironment",
ADD COLUMN     "max_retries" INTEGER,
ADD COLUMN     "retry_backoff" DOUBLE PRECISION,
ADD COLUMN     "timeout" INTEGER;

