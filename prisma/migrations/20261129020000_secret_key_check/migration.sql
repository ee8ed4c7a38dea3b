-- Secrets are encrypted at rest from here on; this row tells whether the configured key is the right one.
-- CreateTable
CREATE TABLE "secret_key_check" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "sealed" TEXT NOT NULL,
    "created" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "secret_key_check_pkey" PRIMARY KEY ("id")
);


ALTER TABLE "secret_key_check" ADD CONSTRAINT "secret_key_check_single_row" CHECK ("id" = 1);
