-- Full-text search over the public record (lib/search/). Hand-written: Prisma's schema language
-- cannot express a function or an expression index, so schema.prisma does not change.
--
-- fm_search_text(VARIADIC text[]) joins its arguments (NULLs skipped) and normalises them for
-- search: lower case, accented Latin letters unaccented (Türkiye = Turkiye), and hyphens, dashes,
-- apostrophes, quotes, underscores, dots, slashes and other punctuation turned into spaces, so
-- "Ghazab-lil-Haq", "Ghazab lil-Haq" and "Ghazab lil Haq" index the same three words at adjacent
-- positions. Without it PostgreSQL's parser keeps "lil-haq" as one compound token beside its
-- parts, and, in a database with the C locale (the test clusters: initdb --no-locale), reads ’
-- and – as letters. The query side (lib/search/search-text.ts) applies the same table in TypeScript; the
-- integration tests check the two agree on both databases. PostgreSQL core only: no unaccent.
--
-- IMMUTABLE so that it can sit in an index expression (it is: its output depends on its input
-- only). It calls array_to_string, which PostgreSQL marks STABLE, so the planner never inlines it
-- and the queries match the indexed expression exactly as written here.
--
-- 'simple' configuration: no stemming and no stop words. The record is mostly names of people,
-- places and groups in transliteration, which English stemming would mangle; and 'simple' needs
-- no snowball dictionary, so it is the same on PostgreSQL and on PGlite. Spelling variants are
-- expanded on the query side (lib/search/spelling-variants.ts), never stored.
--
-- The queries must repeat each expression below exactly (to_tsvector('simple', fm_search_text(…))
-- with the same columns in the same order) or PostgreSQL will not use the index.
--
-- Prisma does not model these indexes, and it leaves them alone: its schema differ skips indexes
-- on expressions, so `npm run db:migration` (prisma migrate dev) generates no DROP INDEX for them
-- (checked with Prisma 7.10, `prisma migrate diff --from-migrations … --to-schema …` and
-- `--from-config-datasource`, on PostgreSQL 15 and PGlite: "an empty migration"; a plain index
-- unknown to the schema, by contrast, is dropped). If a later Prisma starts to list them, delete
-- those DROP INDEX lines from the generated migration.sql before applying it.

CREATE FUNCTION "fm_search_text"(VARIADIC parts TEXT[]) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT CASE
    -- translate() walks its whole table for every character: run it only on text with an accent
    WHEN spaced ~ U&'[\00C0-\017F\1E00-\1EFF]' THEN translate(
      spaced,
      -- accented Latin letters (421) …
      'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČ'
      || 'čĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚ'
      || 'śŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠ'
      || 'ḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦ'
      || 'ṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲ'
      || 'ẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸ'
      || 'ỹ',
      -- … and the plain letter each becomes, position by position
      'aaaaaaceeeeiiiidnoooooouuuuyaaaaaaceeeeiiiidnoooooouuuuyyaaaaaaccccccc'
      || 'cddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjkkllllllllllnnnnnnoooooorrrrrrs'
      || 'sssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsaabbbbbbccddddddddddeeeeeeeeeeffg'
      || 'ghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrsssssss'
      || 'sssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaa'
      || 'aaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyy'
      || 'y')
    ELSE spaced END
  FROM (SELECT regexp_replace(
    -- combining accents (a decomposed é) are dropped, leaving the letter
    regexp_replace(lower(array_to_string(parts, ' ')), U&'[\0300-\036F]+', '', 'g'),
    -- punctuation, quotes, dashes, apostrophes and invisible spaces become spaces: ASCII's (and,
    -- in a database with a locale, Unicode's) [:punct:], and these, which a C locale reads as letters
    -- (quotes, dashes, spaces, the modifier letters used as apostrophes, arrows and a few symbols)
    U&'[[:punct:]'
      || U&'\00A0\00A1\00A2\00A3\00A4\00A5\00A6\00A7\00A8\00A9\00AB\00AC\00AD\00AE\00AF\00B0\00B1\00B4'
      || U&'\00B6\00B7\00B8\00BB\00BF\00D7\00F7\02B9\02BA\02BB\02BC\02BD\02BE\02BF\02C8\02CA\02CB\02DC'
      || U&'\2000\2001\2002\2003\2004\2005\2006\2007\2008\2009\200A\200B\200C\200D\200E\200F\2010\2011'
      || U&'\2012\2013\2014\2015\2016\2017\2018\2019\201A\201B\201C\201D\201E\201F\2020\2021\2022\2023'
      || U&'\2024\2025\2026\2027\2028\2029\202F\2030\2032\2033\2039\203A\2044\205F\2060\20AC\2122\2212'
      || U&'\3000\FEFF\060C\061B\061F\066A\066B\066C\06D4\2190\2191\2192\2193\2194\2195\2196\2197\2198'
      || U&'\2199\21D2\21D4\2248\2260\2261\2264\2265\2219\25AA\25CF\25E6\26A0\2713\2714\2717\2718'
      || ']+',
    ' ', 'g') AS spaced) normalised
$$;

CREATE INDEX "Incident_search_idx" ON "Incident"
  USING gin (to_tsvector('simple', fm_search_text("title", "summary", "locationText")));

CREATE INDEX "Claim_search_idx" ON "Claim"
  USING gin (to_tsvector('simple', fm_search_text("quote", "statedBy", "note")));

CREATE INDEX "ClaimCitation_search_idx" ON "ClaimCitation"
  USING gin (to_tsvector('simple', fm_search_text("quote")));

CREATE INDEX "Document_search_idx" ON "Document"
  USING gin (to_tsvector('simple', fm_search_text("title", "url", "note")));

CREATE INDEX "Actor_search_idx" ON "Actor"
  USING gin (to_tsvector('simple', fm_search_text(VARIADIC ARRAY["name", "shortName"] || "aliases")));

CREATE INDEX "Place_search_idx" ON "Place"
  USING gin (to_tsvector('simple', fm_search_text(VARIADIC ARRAY["name"] || "aliases")));

CREATE INDEX "MediationEvent_search_idx" ON "MediationEvent"
  USING gin (to_tsvector('simple', fm_search_text("title", "description", "venue", "quote")));

CREATE INDEX "MediationTrack_search_idx" ON "MediationTrack"
  USING gin (to_tsvector('simple', fm_search_text("name", "summary")));

CREATE INDEX "Statement_search_idx" ON "Statement"
  USING gin (to_tsvector('simple', fm_search_text("summary", "quote", "statedBy")));

CREATE INDEX "Ceasefire_search_idx" ON "Ceasefire"
  USING gin (to_tsvector('simple', fm_search_text("name", "terms")));
