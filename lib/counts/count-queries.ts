// Period counts: the independent counters' published figures. Each figure keeps its counter, its
// document and its quote; a revision chain is returned as a history ending in the latest version.
// Figures are never added up, across counters or within one.
import { Prisma } from "../db/generated/client";
import type { Db, DbTx } from "../db/create-client";
import type { CountFilters } from "./filters";

export type CountFigure = {
  id: string;
  counterId: string;
  counterName: string;
  counterShortName: string | null;
  counterKind: string;
  counterSide: string;
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  periodApproximate: boolean;
  metric: string;
  violence: string;
  group: string;
  region: string;
  area: string | null;
  term: string;
  valueLow: number;
  valueHigh: number;
  qualifier: string;
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  publishedOn: string | null;
  quote: string;
  quoteKind: string;
  lowConfidence: boolean;
  note: string | null;
  revisesId: string | null;
  chainId: string;
  /** Published later versions exist: this figure has been restated. */
  revised: boolean;
};

/** A figure's latest version with the versions before it, oldest first. */
export type CountSeries = { latest: CountFigure; history: CountFigure[] };

function filterSql(filters: Omit<CountFilters, "versions">): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`p."published" = true`];
  if (filters.counter) parts.push(Prisma.sql`p."counterId" = ${filters.counter}`);
  if (filters.metric) parts.push(Prisma.sql`p."metric"::text = ${filters.metric}`);
  if (filters.violence) parts.push(Prisma.sql`p."violence"::text = ${filters.violence}`);
  if (filters.group) parts.push(Prisma.sql`p."group"::text = ${filters.group}`);
  if (filters.region) parts.push(Prisma.sql`p."region"::text = ${filters.region}`);
  if (filters.period) parts.push(Prisma.sql`p."periodKind"::text = ${filters.period}`);
  if (filters.from) parts.push(Prisma.sql`p."periodEnd" >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`p."periodStart" <= ${filters.to}::date`);
  return Prisma.join(parts, " AND ");
}

/** Published figures matching the filters, ordered by period, counter and what they count. */
export async function listPeriodCounts(db: Db | DbTx, filters: CountFilters): Promise<CountFigure[]> {
  const latestOnly =
    filters.versions === "latest"
      ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "PeriodCount" r WHERE r."revisesId" = p."id" AND r."published" = true)`
      : Prisma.empty;
  return db.$queryRaw<CountFigure[]>`
    SELECT p."id", p."counterId" AS "counterId", a."name" AS "counterName", a."shortName" AS "counterShortName",
           a."kind"::text AS "counterKind", a."side"::text AS "counterSide", p."periodKind"::text AS "periodKind",
           to_char(p."periodStart", 'YYYY-MM-DD') AS "periodStart", to_char(p."periodEnd", 'YYYY-MM-DD') AS "periodEnd",
           p."periodApproximate" AS "periodApproximate", p."metric"::text AS metric, p."violence"::text AS violence,
           p."group"::text AS "group", p."region"::text AS region, p."area", p."term",
           p."valueLow" AS "valueLow", p."valueHigh" AS "valueHigh", p."qualifier"::text AS qualifier,
           p."documentId" AS "documentId", d."title" AS "documentTitle", d."url" AS "documentUrl",
           to_char(d."publishedOn", 'YYYY-MM-DD') AS "publishedOn", p."quote", p."quoteKind"::text AS "quoteKind", p."lowConfidence" AS "lowConfidence",
           p."note", p."revisesId" AS "revisesId", COALESCE(p."chainId", p."id") AS "chainId",
           EXISTS (SELECT 1 FROM "PeriodCount" r WHERE r."revisesId" = p."id" AND r."published" = true) AS revised
    FROM "PeriodCount" p
    JOIN "Actor" a ON a."id" = p."counterId"
    JOIN "Document" d ON d."id" = p."documentId"
    WHERE ${filterSql(filters)} ${latestOnly}
    ORDER BY p."periodStart", p."periodEnd", p."counterId", p."metric", p."violence", p."group", p."region", p."id"`;
}

/** Every version grouped into its chain: the latest (not revised) version with its history. */
export function groupSeries(figures: CountFigure[]): CountSeries[] {
  const chains = new Map<string, CountFigure[]>();
  for (const figure of figures) chains.set(figure.chainId, [...(chains.get(figure.chainId) ?? []), figure]);
  return [...chains.values()].map((versions) => {
    const byRevised = new Map(versions.map((figure) => [figure.revisesId, figure]));
    const history: CountFigure[] = [];
    for (let current = versions.find((figure) => !figure.revisesId); current; current = byRevised.get(current.id))
      history.push(current);
    return { latest: history.at(-1) ?? versions.at(-1)!, history };
  });
}
