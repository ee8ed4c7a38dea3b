-- Names in the order a person reads them (as NetBox's naturalize() orders them), the same on
-- PostgreSQL and PGlite, and served by an index.
--
-- name_sort_key(name) is the name's key, then chr(1), then the name itself. The key:
-- 1. NFKD, then combining marks removed ("ä" is "a", "ﬁ" is "fi", "①" is "1");
-- 2. case and the letters NFKD leaves whole folded by a fixed table (ASCII, Greek, basic Cyrillic,
--    ŋ; ø, ł, đ, ð, ħ, ŧ and ı to their base letter; æ, œ, ß and þ to two letters), not by lower(),
--    whose result depends on the database's locale (PGlite's folds nothing beyond ASCII, a
--    C.UTF-8 cluster's folds every script);
-- 3. control characters read as spaces;
-- 4. each run of ASCII digits without its leading zeros, after its length in three digits, so
--    that numbers compare by value whatever their length ("pve2" before "pve10");
-- 5. cut at 255 characters, so that key and name together stay well within a B-tree entry
--    (at most 2,041 bytes).
-- Names whose keys tie (they differ by case, accents or leading zeros) are ordered by their
-- bytes: chr(1) sorts below every character a key holds. The columns are collated "C", so both
-- databases compare them byte for byte. src/domain/name-order.ts is the same in TypeScript, and
-- test/name-order.test.ts checks that the two agree.
CREATE FUNCTION "name_sort_key"("name" text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (
  SELECT left(coalesce(string_agg(
           CASE WHEN run.part ~ '^[0-9]' THEN lpad(length(run.number)::text, 3, '0') || run.number ELSE run.part END,
           '' ORDER BY match.at), ''), 255) || chr(1) || "name"
    FROM regexp_matches(
           regexp_replace(
             replace(replace(replace(replace(
               translate(
                 regexp_replace(normalize("name", NFKD), '[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]', '', 'g'),
                 'ABCDEFGHIJKLMNOPQRSTUVWXYZΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩςЂЄЅІЈЉЊЋЏАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯŊØøŁłĐđÐðĦħŦŧıÆŒẞÞ',
                 'abcdefghijklmnopqrstuvwxyzαβγδεζηθικλμνξοπρστυφχψωσђєѕіјљњћџабвгдежзиклмнопрстуфхцчшщъыьэюяŋoollddddhhttiæœßþ'),
               'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th'),
             '[\u0001-\u001F]', ' ', 'g'),
           '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS match("groups", "at")
   CROSS JOIN LATERAL (
     SELECT match."groups"[1] AS part, coalesce(nullif(ltrim(match."groups"[1], '0'), ''), '0') AS number
   ) AS run
);

-- Generated columns: every write, through Prisma or not, gets the key, and the rows there are get
-- it now. prisma/schema.prisma, which cannot describe a generated column, calls them optional, so
-- that its client never writes them.
ALTER TABLE "tag" ADD COLUMN "name_sort" TEXT COLLATE "C" GENERATED ALWAYS AS ("name_sort_key"("name")) STORED;
ALTER TABLE "endpoint" ADD COLUMN "name_sort" TEXT COLLATE "C" GENERATED ALWAYS AS ("name_sort_key"("name")) STORED;

-- The name indexes that served the order; (kind, name) stays unique, and the trigram index serves
-- search.
-- DropIndex
DROP INDEX "endpoint_name_id_idx";

-- DropIndex
DROP INDEX "endpoint_kind_name_id_idx";

-- CreateIndex
CREATE INDEX "tag_name_sort_id_idx" ON "tag"("name_sort", "id");

-- CreateIndex
CREATE INDEX "endpoint_name_sort_id_idx" ON "endpoint"("name_sort", "id");

-- CreateIndex
CREATE INDEX "endpoint_kind_name_sort_id_idx" ON "endpoint"("kind", "name_sort", "id");
