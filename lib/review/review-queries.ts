// Reads of the review queue for signed-in staff (viewer and up). Items are never public, so every
// read checks the role here, not only in the page.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";
import type { Prisma } from "../db/generated/client";
import { suggestionsSchema, type Suggestions } from "./suggestions";
import type { ReviewFilters } from "./review-filters";

export const REVIEW_PAGE_SIZE = 25;

export type ReviewRow = {
  id: string;
  version: number;
  title: string;
  url: string | null;
  publishedAt: string | null;
  status: string;
  source: { slug: string; name: string };
  suggestions: Suggestions | null;
  excerpt: string | null;
  decisionReason: string | null;
  incidentId: string | null;
  periodCountId: string | null;
};

function whereOf(f: ReviewFilters): Prisma.IngestedItemWhereInput {
  const where: Prisma.IngestedItemWhereInput = {};
  if (f.status !== "ALL") where.status = f.status;
  if (f.source) where.feedSource = { slug: f.source };
  if (f.from || f.to) {
    where.publishedAt = {
      ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}),
      ...(f.to ? { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000) } : {}),
    };
  }
  if (f.q)
    where.OR = [{ title: { contains: f.q, mode: "insensitive" } }, { body: { contains: f.q, mode: "insensitive" } }];
  return where;
}

const parseSuggestions = (v: unknown): Suggestions | null => {
  const r = suggestionsSchema.safeParse(v);
  return r.success ? r.data : null;
};

export async function listReviewItems(
  db: Db,
  viewer: Viewer | null,
  f: ReviewFilters,
): Promise<{ rows: ReviewRow[]; total: number; page: number; pageSize: number }> {
  assertRole(viewer, "VIEWER");
  const where = whereOf(f);
  const [total, items] = await Promise.all([
    db.ingestedItem.count({ where }),
    db.ingestedItem.findMany({
      where,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (f.page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: {
        id: true,
        version: true,
        title: true,
        url: true,
        publishedAt: true,
        status: true,
        suggestions: true,
        body: true,
        decisionReason: true,
        incidentId: true,
        periodCountId: true,
        feedSource: { select: { slug: true, name: true } },
      },
    }),
  ]);
  const rows = items.map((i) => ({
    id: i.id,
    version: i.version,
    title: i.title,
    url: i.url,
    publishedAt: i.publishedAt?.toISOString() ?? null,
    status: i.status,
    source: i.feedSource,
    suggestions: parseSuggestions(i.suggestions),
    excerpt: i.body ? i.body.slice(0, 280) : null,
    decisionReason: i.decisionReason,
    incidentId: i.incidentId,
    periodCountId: i.periodCountId,
  }));
  return { rows, total, page: f.page, pageSize: REVIEW_PAGE_SIZE };
}

export async function getReviewItem(db: Db, viewer: Viewer | null, id: string) {
  assertRole(viewer, "VIEWER");
  const i = await db.ingestedItem.findUnique({
    where: { id },
    include: { feedSource: { select: { slug: true, name: true, kind: true } }, decidedBy: { select: { name: true } } },
  });
  if (!i) return null;
  return {
    id: i.id,
    version: i.version,
    title: i.title,
    url: i.url,
    externalId: i.externalId,
    status: i.status,
    publishedAt: i.publishedAt?.toISOString() ?? null,
    createdAt: i.createdAt.toISOString(),
    source: i.feedSource,
    body: i.body,
    raw: JSON.stringify(i.raw, null, 2),
    suggestions: parseSuggestions(i.suggestions),
    /** Suggestions that did not match the current schema are still shown, as JSON. */
    suggestionsJson: i.suggestions == null ? null : JSON.stringify(i.suggestions, null, 2),
    decision: i.decidedAt
      ? {
          by: i.decidedBy?.name ?? null,
          at: i.decidedAt.toISOString(),
          reason: i.decisionReason,
          incidentId: i.incidentId,
          periodCountId: i.periodCountId,
        }
      : null,
  };
}

export type ReviewItemDetail = NonNullable<Awaited<ReturnType<typeof getReviewItem>>>;

export async function listFeedSourceChoices(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "VIEWER");
  return db.feedSource.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } });
}

/** Incidents to merge into: by exact id, or by words in the title (drafts included). */
export async function searchIncidentsForMerge(db: Db, viewer: Viewer | null, q: string) {
  assertRole(viewer, "EDITOR");
  const term = q.trim().slice(0, 200);
  if (!term) return [];
  const rows = await db.incident.findMany({
    where: { OR: [{ id: term }, { title: { contains: term, mode: "insensitive" } }] },
    select: { id: true, title: true, occurredOn: true, published: true },
    orderBy: { occurredOn: "desc" },
    take: 20,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    occurredOn: r.occurredOn.toISOString().slice(0, 10),
    published: r.published,
  }));
}
