-- A NetBox credential token is sent to one destination only. While one endpoint links it, no other
-- may; once unlinked (or its endpoint deleted) it is released and can never be linked again, so
-- detaching it and linking it from an endpoint at another host cannot walk it out. The rules are
-- checked as userErrors before the write; this trigger holds them against concurrent writes.
ALTER TABLE "token" ADD COLUMN "released" BOOLEAN NOT NULL DEFAULT false;

CREATE FUNCTION "netbox_credential_link_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD."token_id" IS NOT NULL
     AND (TG_OP = 'DELETE' OR NEW."token_id" IS DISTINCT FROM OLD."token_id") THEN
    UPDATE "token" SET "released" = true WHERE "id" = OLD."token_id";
  END IF;
  IF TG_OP <> 'DELETE' AND NEW."token_id" IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW."token_id" IS DISTINCT FROM OLD."token_id") THEN
    -- Serializes two writers linking the same token.
    PERFORM 1 FROM "token" WHERE "id" = NEW."token_id" FOR UPDATE;
    IF (SELECT "released" FROM "token" WHERE "id" = NEW."token_id")
       OR EXISTS (SELECT 1 FROM "netbox_endpoint" WHERE "token_id" = NEW."token_id" AND "endpoint_id" <> NEW."endpoint_id") THEN
      RAISE EXCEPTION 'a NetBox credential token is sent to one destination only' USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "netbox_credential_link_guard"
  BEFORE INSERT OR UPDATE OF "token_id" OR DELETE ON "netbox_endpoint"
  FOR EACH ROW EXECUTE FUNCTION "netbox_credential_link_guard"();
