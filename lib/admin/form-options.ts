// Choices for the admin forms (actors, documents, places, episodes, incidents). Staff only.
import { assertRole, type Viewer } from "../access/authorize";
import type { Db } from "../db/create-client";

export type Option = { value: string; label: string };

export async function getRecordFormOptions(db: Db, viewer: Viewer | null) {
  assertRole(viewer, "VIEWER");
  const [actors, documents, places, episodes, sources] = await Promise.all([
    db.actor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, side: true } }),
    db.document.findMany({
      orderBy: [{ publishedOn: "desc" }, { title: "asc" }],
      take: 1000,
      select: { id: true, title: true, publishedOn: true, source: { select: { name: true } } },
    }),
    db.place.findMany({
      where: { level: { in: ["PROVINCE", "DISTRICT", "LOCALITY"] } },
      orderBy: [{ level: "asc" }, { name: "asc" }],
      select: { id: true, name: true, level: true, parentId: true, country: true },
    }),
    db.episode.findMany({ orderBy: { startsOn: "desc" }, select: { id: true, name: true } }),
    db.source.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const names = new Map(places.map((p) => [p.id, p.name]));
  const placeOption = (p: (typeof places)[number]): Option => ({
    value: p.id,
    label: `${p.name}${p.parentId && names.get(p.parentId) ? `, ${names.get(p.parentId)}` : ""} (${p.country})`,
  });
  return {
    actors: actors.map((a): Option => ({
      value: a.id,
      label: `${a.name} (${a.side.toLowerCase().replace("_", " ")})`,
    })),
    documents: documents.map((d): Option => ({
      value: d.id,
      label: `${d.title} — ${d.source.name}${d.publishedOn ? `, ${d.publishedOn.toISOString().slice(0, 10)}` : ""}`,
    })),
    provinces: places.filter((p) => p.level === "PROVINCE").map(placeOption),
    districts: places.filter((p) => p.level === "DISTRICT").map(placeOption),
    localities: places.filter((p) => p.level === "LOCALITY").map(placeOption),
    episodes: episodes.map((e): Option => ({ value: e.id, label: e.name })),
    sources: sources.map((s): Option => ({ value: s.id, label: s.name })),
  };
}

export async function getIncidentOptions(db: Db, viewer: Viewer | null): Promise<Option[]> {
  assertRole(viewer, "VIEWER");
  const rows = await db.incident.findMany({
    orderBy: { occurredOn: "desc" },
    take: 1000,
    select: { id: true, title: true, occurredOn: true, published: true },
  });
  return rows.map((i) => ({
    value: i.id,
    label: `${i.occurredOn.toISOString().slice(0, 10)} — ${i.title}${i.published ? "" : " (draft)"}`,
  }));
}

/** Enum values as options, labelled from the vocabulary when there is a label. */
export function enumOptions(values: Record<string, string>, labels?: Record<string, string>): Option[] {
  return Object.values(values).map((v) => ({ value: v, label: labels?.[v] ?? v.toLowerCase().replace(/_/g, " ") }));
}

export type RecordFormOptions = Awaited<ReturnType<typeof getRecordFormOptions>>;
