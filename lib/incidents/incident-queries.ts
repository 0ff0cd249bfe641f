// Incident list (filtered, sorted, paginated) and one incident with everything cited about it.
import { Prisma } from "../db/generated/client";
import type { Db } from "../db/create-client";
import { attackWhere, countAttacks } from "./attack-queries";
import type { AttackFilters } from "./filters";

export type IncidentListItem = {
  id: string;
  title: string;
  occurredOn: string;
  datePrecision: string;
  type: string;
  targetType: string;
  status: string;
  provinceName: string | null;
  districtName: string | null;
  exFata: boolean;
  sourceCount: number;
};

export const INCIDENT_SORTS = ["date-desc", "date-asc", "province", "type"] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

const ORDER: Record<IncidentSort, Prisma.Sql> = {
  "date-desc": Prisma.sql`i."occurredOn" DESC, i."id"`,
  "date-asc": Prisma.sql`i."occurredOn" ASC, i."id"`,
  province: Prisma.sql`pv."name" NULLS LAST, i."occurredOn" DESC, i."id"`,
  type: Prisma.sql`i."type", i."occurredOn" DESC, i."id"`,
};

export async function listAttacks(
  db: Db,
  f: AttackFilters,
  opts: { sort: IncidentSort; page: number; pageSize: number },
): Promise<{ items: IncidentListItem[]; total: number }> {
  const where = attackWhere(f);
  // The total comes from the rollups where they hold the filters (a count over every incident would
  // grow with the record); the page itself is an index scan in date order.
  const [items, total] = await Promise.all([
    db.$queryRaw<IncidentListItem[]>`
      SELECT i."id", i."title", to_char(i."occurredOn", 'YYYY-MM-DD') AS "occurredOn",
             i."datePrecision"::text AS "datePrecision", i."type"::text AS type, i."targetType"::text AS "targetType",
             i."status"::text AS status, pv."name" AS "provinceName", ds."name" AS "districtName",
             COALESCE(ds."exFata", false) AS "exFata",
             (SELECT COUNT(*)::int FROM "IncidentCitation" ic WHERE ic."incidentId" = i."id") AS "sourceCount"
      FROM "Incident" i
      LEFT JOIN "Place" pv ON pv."id" = i."provinceId"
      LEFT JOIN "Place" ds ON ds."id" = i."districtId"
      WHERE ${where} ORDER BY ${ORDER[opts.sort]}
      LIMIT ${opts.pageSize} OFFSET ${(opts.page - 1) * opts.pageSize}`,
    countAttacks(db, f),
  ]);
  return { items, total };
}

/** True when `id` could name a record: ids come from URLs, and PostgreSQL text refuses NUL. */
const couldBeRecordId = (id: string) => id.length > 0 && id.length <= 200 && !/[\u0000-\u001f]/.test(id);

/** A published incident with its place, perpetrators, citations and claims; null when unknown. */
/** Every published incident's id and last edit, newest first (the sitemap, prerendered pages). */
export async function listPublishedIncidentIds(db: Db): Promise<{ id: string; updatedAt: string }[]> {
  const rows = await db.incident.findMany({
    where: { published: true },
    select: { id: true, updatedAt: true },
    orderBy: { occurredOn: "desc" },
  });
  return rows.map((row) => ({ id: row.id, updatedAt: row.updatedAt.toISOString() }));
}

export async function getIncident(db: Db, id: string) {
  if (!couldBeRecordId(id)) return null;
  return db.incident.findFirst({
    where: { id, published: true },
    include: {
      province: true,
      district: true,
      place: true,
      episode: true,
      perpetrators: { include: { actor: true, attributedBy: true, document: { include: { source: true } } } },
      citations: { include: { document: { include: { source: true } } } },
      places: { include: { place: true, document: { include: { source: true } } } },
      claims: {
        where: { published: true },
        include: {
          claimant: true,
          document: { include: { source: true } },
          citations: { include: { document: true }, orderBy: { documentId: "asc" } },
        },
        orderBy: [{ subject: "asc" }, { metric: "asc" }, { madeOn: "asc" }],
      },
    },
  });
}
