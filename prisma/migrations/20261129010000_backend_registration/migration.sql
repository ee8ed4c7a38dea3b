-- The outcome of registering a FastAPI endpoint's token with its backend.
-- CreateEnum
CREATE TYPE "BackendRegistrationStatus" AS ENUM ('REGISTERED', 'ALREADY_CONFIGURED', 'SKIPPED', 'FAILED');

-- AlterTable
ALTER TABLE "fastapi_endpoint" ADD COLUMN     "registration_at" TIMESTAMPTZ(3),
ADD COLUMN     "registration_message" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "registration_status" "BackendRegistrationStatus";

