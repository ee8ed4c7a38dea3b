-- Tokens that authenticate to this service never leave it: a NetBox endpoint may link only a token
-- made as a NetBox credential, which never authenticates here.
CREATE TYPE "TokenPurpose" AS ENUM ('API', 'NETBOX_CREDENTIAL');

ALTER TABLE "token" ADD COLUMN "purpose" "TokenPurpose" NOT NULL DEFAULT 'API';

-- Every token so far is an API token, so every link so far would send one to a remote NetBox:
-- the links are removed (the endpoints then show no token, and a check says so).
UPDATE "netbox_endpoint" SET "token_id" = NULL WHERE "token_id" IS NOT NULL;

-- A NetBox endpoint sends a credential's plaintext, which only v1 tokens keep.
ALTER TABLE "token" ADD CONSTRAINT "token_netbox_credential_v1" CHECK ("purpose" = 'API' OR "version" = 'V1');
