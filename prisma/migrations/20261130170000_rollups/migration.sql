-- Attack rollups: counts of published incidents in Pakistan per time bucket, province and one
-- dimension, kept right by statement-level triggers on "Incident" and "IncidentPerpetrator" (so
-- seed, ingest, admin writes and COPY all maintain them) and rebuildable with rollup_rebuild().
--
-- "AttackRollupMember" is a snapshot of what each counted incident contributes (its date, place,
-- type, target, distinct perpetrators). A trigger subtracts the snapshot of every affected incident
-- and adds the incident's current state, so the order in which PostgreSQL fires the triggers (an
-- incident deleted before or after its cascaded perpetrators) never matters.
--
-- "AttackRollup" rows: grain 'day' | 'week' | 'month', bucket = date_trunc(grain, occurredOn),
-- provinceId ('' when unknown), dim and key:
--   all/all · district/<districtId or ''> · type/<type> · target/<targetType> · type_target/<type>|<target>
--   actor/<actorId> (one per distinct perpetrator; 'unknown' when none) · perp/<actorId>|<basis>|<attributedById>
--   named/named (incidents naming at least one perpetrator)
--   district_actor/<districtId>|<actorId> (the map's most-named perpetrators per district)

-- CreateTable
CREATE TABLE "AttackRollupMember" (
    "incidentId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "provinceId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "actors" TEXT[],
    "perps" TEXT[],

    CONSTRAINT "AttackRollupMember_pkey" PRIMARY KEY ("incidentId")
);

-- CreateTable
CREATE TABLE "AttackRollup" (
    "dim" TEXT NOT NULL,
    "grain" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "bucket" DATE NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "AttackRollup_pkey" PRIMARY KEY ("dim","grain","provinceId","bucket","key")
);

-- CreateIndex
CREATE INDEX "AttackRollup_dim_grain_bucket_idx" ON "AttackRollup"("dim", "grain", "bucket");

-- The rollup keys one member contributes, for every grain: parallel arrays of dims and keys.
CREATE FUNCTION "rollup_keys"(m "AttackRollupMember")
RETURNS TABLE ("dim" TEXT, "grain" TEXT, "provinceId" TEXT, "bucket" DATE, "key" TEXT)
LANGUAGE sql IMMUTABLE AS $$
  SELECT k.dim, g.grain, m."provinceId", g.bucket, k.key
  FROM (VALUES ('day', m."occurredOn"),
               ('week', date_trunc('week', m."occurredOn"::timestamp)::date),
               ('month', date_trunc('month', m."occurredOn"::timestamp)::date)) AS g(grain, bucket),
       unnest(
         ARRAY['all', 'district', 'type', 'target', 'type_target']
           || array_fill('actor'::text, ARRAY[GREATEST(cardinality(m."actors"), 1)])
           || array_fill('perp'::text, ARRAY[cardinality(m."perps")])
           || CASE WHEN cardinality(m."perps") > 0 THEN ARRAY['named'] ELSE ARRAY[]::text[] END
           || array_fill('district_actor'::text, ARRAY[cardinality(m."actors")]),
         ARRAY['all', m."districtId", m."type", m."targetType", m."type" || '|' || m."targetType"]
           || CASE WHEN cardinality(m."actors") > 0 THEN m."actors" ELSE ARRAY['unknown'] END
           || m."perps"
           || CASE WHEN cardinality(m."perps") > 0 THEN ARRAY['named'] ELSE ARRAY[]::text[] END
           -- "<district>|<actor>" per actor, without a subquery (ids hold no commas)
           || CASE WHEN cardinality(m."actors") > 0
                THEN string_to_array(m."districtId" || '|' || array_to_string(m."actors", ',' || m."districtId" || '|'), ',')
                ELSE ARRAY[]::text[] END
       ) AS k(dim, key)
$$;

-- Adds `sign` × the members' keys to the rollup (aggregated first: one upsert per key).
CREATE FUNCTION "rollup_apply"(members "AttackRollupMember"[], sign INTEGER) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(members) = 0 THEN RETURN; END IF;
  INSERT INTO "AttackRollup" AS r ("dim", "grain", "provinceId", "bucket", "key", "count")
  SELECT k."dim", k."grain", k."provinceId", k."bucket", k."key", sign * COUNT(*)::int
  FROM unnest(members) AS m, LATERAL "rollup_keys"(m) AS k
  GROUP BY 1, 2, 3, 4, 5
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("dim", "grain", "provinceId", "bucket", "key") DO UPDATE SET "count" = r."count" + EXCLUDED."count";
  IF sign < 0 THEN
    DELETE FROM "AttackRollup" WHERE "count" = 0 AND ("dim", "grain", "provinceId", "bucket", "key") IN (
      SELECT DISTINCT k."dim", k."grain", k."provinceId", k."bucket", k."key" FROM unnest(members) AS m, LATERAL "rollup_keys"(m) AS k);
  END IF;
END;
$$;

-- Re-counts the given incidents: subtracts their snapshots, adds their current published state.
CREATE FUNCTION "rollup_refresh_incidents"(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  old_members "AttackRollupMember"[];
  new_members "AttackRollupMember"[];
BEGIN
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  WITH gone AS (DELETE FROM "AttackRollupMember" WHERE "incidentId" = ANY (ids) RETURNING *)
  SELECT COALESCE(array_agg(gone::"AttackRollupMember"), '{}') INTO old_members FROM gone;
  PERFORM "rollup_apply"(old_members, -1);
  WITH added AS (
    INSERT INTO "AttackRollupMember"
    SELECT i."id", i."occurredOn", COALESCE(i."provinceId", ''), COALESCE(i."districtId", ''), i."type"::text, i."targetType"::text,
           COALESCE((SELECT array_agg(DISTINCT p."actorId") FROM "IncidentPerpetrator" p WHERE p."incidentId" = i."id"), '{}'),
           COALESCE((SELECT array_agg(p."actorId" || '|' || p."basis"::text || '|' || p."attributedById")
                     FROM "IncidentPerpetrator" p WHERE p."incidentId" = i."id"), '{}')
    FROM "Incident" i
    WHERE i."id" = ANY (ids) AND i."published" AND i."country" = 'PAK'
    RETURNING *)
  SELECT COALESCE(array_agg(added::"AttackRollupMember"), '{}') INTO new_members FROM added;
  PERFORM "rollup_apply"(new_members, 1);
END;
$$;

-- Statement-level triggers with transition tables: one refresh per statement (a COPY of a million
-- rows is one refresh, not a million).
CREATE FUNCTION "rollup_incident_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN SELECT array_agg("id") INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN SELECT array_agg("id") INTO ids FROM old_rows;
  ELSE SELECT array_agg(DISTINCT "id") INTO ids FROM (SELECT "id" FROM old_rows UNION SELECT "id" FROM new_rows) t;
  END IF;
  PERFORM "rollup_refresh_incidents"(COALESCE(ids, '{}'));
  RETURN NULL;
END;
$$;

CREATE FUNCTION "rollup_perpetrator_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids TEXT[];
BEGIN
  IF TG_OP = 'INSERT' THEN SELECT array_agg(DISTINCT "incidentId") INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN SELECT array_agg(DISTINCT "incidentId") INTO ids FROM old_rows;
  ELSE SELECT array_agg(DISTINCT "incidentId") INTO ids FROM (SELECT "incidentId" FROM old_rows UNION SELECT "incidentId" FROM new_rows) t;
  END IF;
  PERFORM "rollup_refresh_incidents"(COALESCE(ids, '{}'));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Incident_rollup_insert" AFTER INSERT ON "Incident" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_incident_changed"();
CREATE TRIGGER "Incident_rollup_update" AFTER UPDATE ON "Incident" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_incident_changed"();
CREATE TRIGGER "Incident_rollup_delete" AFTER DELETE ON "Incident" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_incident_changed"();
CREATE TRIGGER "IncidentPerpetrator_rollup_insert" AFTER INSERT ON "IncidentPerpetrator" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_perpetrator_changed"();
CREATE TRIGGER "IncidentPerpetrator_rollup_update" AFTER UPDATE ON "IncidentPerpetrator" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_perpetrator_changed"();
CREATE TRIGGER "IncidentPerpetrator_rollup_delete" AFTER DELETE ON "IncidentPerpetrator" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "rollup_perpetrator_changed"();

-- Rebuilds both tables from scratch (the cron job's safety net, and bulk loads). The transaction-
-- scoped advisory lock (not a session lock) works through a transaction-mode connection pooler.
CREATE FUNCTION "rollup_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('attack_rollup_rebuild'));
  LOCK TABLE "AttackRollupMember", "AttackRollup" IN EXCLUSIVE MODE;
  DELETE FROM "AttackRollupMember";
  DELETE FROM "AttackRollup";
  INSERT INTO "AttackRollupMember"
  SELECT i."id", i."occurredOn", COALESCE(i."provinceId", ''), COALESCE(i."districtId", ''), i."type"::text, i."targetType"::text,
         COALESCE(p.actors, '{}'), COALESCE(p.perps, '{}')
  FROM "Incident" i
  LEFT JOIN (SELECT "incidentId", array_agg(DISTINCT "actorId") AS actors,
                    array_agg("actorId" || '|' || "basis"::text || '|' || "attributedById") AS perps
             FROM "IncidentPerpetrator" GROUP BY 1) p ON p."incidentId" = i."id"
  WHERE i."published" AND i."country" = 'PAK';
  INSERT INTO "AttackRollup" ("dim", "grain", "provinceId", "bucket", "key", "count")
  SELECT k."dim", k."grain", k."provinceId", k."bucket", k."key", COUNT(*)::int
  FROM "AttackRollupMember" m, LATERAL "rollup_keys"(m) AS k
  GROUP BY 1, 2, 3, 4, 5;
END;
$$;

-- Plans that must follow the table's size. PL/pgSQL caches a generic plan after a few calls in a
-- session; planned while "Claim" was small, the chain lookup became a sequential scan reused for
-- every later row of a bulk insert (quadratic: a 100k-incident COPY slowed to ~1k claims/s). A
-- primary-key lookup never wants a sequential scan; the rollup refresh runs once per statement,
-- so planning it afresh with the current sizes costs nothing.
ALTER FUNCTION "claim_set_chain_id"() SET enable_seqscan = off;
ALTER FUNCTION "rollup_refresh_incidents"(TEXT[]) SET plan_cache_mode = force_custom_plan;
-- The rebuild aggregates ~30 key rows per incident in one hash aggregate: give it room in memory.
ALTER FUNCTION "rollup_rebuild"() SET work_mem = '256MB';

SELECT "rollup_rebuild"();
