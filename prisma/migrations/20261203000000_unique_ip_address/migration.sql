-- One row per address: addresses are stored in one canonical spelling, so the database can refuse
-- a second row for the same address and prefix length.
DROP INDEX "ip_address_address_idx";

CREATE UNIQUE INDEX "ip_address_address_key" ON "ip_address"("address");
