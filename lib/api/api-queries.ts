// Reads the API needs beyond the shared query modules. They build on listAttacks/getIncident/
// listClaimsInScope rather than repeat them, and take the client as an argument like the rest of
// the data layer, so tests run them against each database.
import type { Db } from "../db/create-client";
import type { AttackFilters } from "../incidents/filters";
import { listAttacks, type IncidentListItem, type IncidentSort } from "../incidents/incident-queries";

export type PerpetratorEntry = {
  actorId: string;
  actor: string;
  basis: "CLAIMED" | "ATTRIBUTED";
  byId: string;
  by: string;
  documentTitle: string;
  documentUrl: string | null;
  quote: string;
};
export type IncidentPageItem = IncidentListItem & {
  provinceId: string | null;
  districtId: string | null;
  perpetrators: PerpetratorEntry[];
};

/** One page of attacks with what the list query leaves out: place ids and perpetrators. */
export async function fetchIncidentPage(
  db: Db,
  f: AttackFilters,
  sort: IncidentSort,
  page: number,
  pageSize: number,
): Promise<{ items: IncidentPageItem[]; total: number }> {
  const { items, total } = await listAttacks(db, f, { sort, page, pageSize });
  if (items.length === 0) return { items: [], total };
  const extra = await db.incident.findMany({
    where: { id: { in: items.map((i) => i.id) } },
    select: {
      id: true,
      provinceId: true,
      districtId: true,
      perpetrators: {
        select: {
          basis: true,
          quote: true,
          actor: { select: { id: true, name: true } },
          attributedBy: { select: { id: true, name: true } },
          document: { select: { title: true, url: true } },
        },
      },
    },
  });
  const byId = new Map(extra.map((e) => [e.id, e]));
  return {
    total,
    items: items.map((item) => {
      const e = byId.get(item.id);
      const perpetrators = (e?.perpetrators ?? []).map((p) => ({
        actorId: p.actor.id,
        actor: p.actor.name,
        basis: p.basis,
        byId: p.attributedBy.id,
        by: p.attributedBy.name,
        documentTitle: p.document.title,
        documentUrl: p.document.url,
        quote: p.quote,
      }));
      // Claimed before attributed, then by actor and by whom: a stable order for diffs of downloads.
      perpetrators.sort(
        (a, b) => a.basis.localeCompare(b.basis) || a.actor.localeCompare(b.actor) || a.by.localeCompare(b.by),
      );
      return { ...item, provinceId: e?.provinceId ?? null, districtId: e?.districtId ?? null, perpetrators };
    }),
  };
}

export type CeasefireCitationEntry = {
  ceasefireId: string;
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  quote: string;
};

/** The sources for each published ceasefire's dates and end: held days are derived from them. */
export async function fetchCeasefireCitations(db: Db): Promise<CeasefireCitationEntry[]> {
  const rows = await db.ceasefireCitation.findMany({
    where: { ceasefire: { published: true } },
    select: {
      ceasefireId: true,
      quote: true,
      document: { select: { id: true, title: true, url: true, publishedOn: true } },
    },
    orderBy: [{ ceasefireId: "asc" }, { documentId: "asc" }],
  });
  return rows.map((r) => ({
    ceasefireId: r.ceasefireId,
    documentId: r.document.id,
    documentTitle: r.document.title,
    documentUrl: r.document.url,
    quote: r.quote,
  }));
}

/** Whether a claims scope names something published, so an unknown id is a 404, not an empty list. */
export async function scopeTargetExists(db: Db, kind: "incident" | "episode", id: string): Promise<boolean> {
  if (kind === "incident") return (await db.incident.count({ where: { id, published: true } })) > 0;
  return (await db.episode.count({ where: { id } })) > 0;
}
