// Writes one UCDP event: the incident (by externalSource "UCDP" + event id), a Document for this
// version of the record, and UCDP's figures as claims. A later version adds claims that revise the
// earlier ones (which stay, with their figures). An incident an editor has changed is left alone.
import { CACHE_TAGS } from "../../cache-tags";
import type { ClaimSubject, FeedSource, IncidentType, Qualifier } from "../../db/generated/client";
import { resolvePlaceName } from "../../geo/resolve-place-name";
import { stableStringify } from "../hash";
import type { DbTx } from "../../db/create-client";
import type { NormalizedItem, UpsertOutcome } from "../types";
import { ucdpItemSchema, UCDP_COUNTRIES, type UcdpEvent } from "./ucdp-schema";

export const UCDP_ACTOR_ID = "ucdp";
export const UCDP_SOURCE_ID = "ucdp";
const UNCHANGED: UpsertOutcome = { outcome: "unchanged", changedTags: [] };

/** A stored UCDP incident a new fetch leaves alone: same record, or an editor changed it since.
 *  The one rule, shared with the run's bulk check (unchanged-items.ts). */
export function isUcdpIncidentSettled(
  stored: { ingestHash: string | null; version: number; ingestedVersion: number | null },
  contentHash: string,
): boolean {
  return stored.version !== stored.ingestedVersion || stored.ingestHash === contentHash;
}

type ClaimSpec = {
  subject: ClaimSubject;
  valueLow: number;
  valueHigh: number;
  qualifier: Qualifier;
  quote: string;
  note: string;
};

function countryOf(e: UcdpEvent): "PAK" | "AFG" {
  const byId = e.country_id !== undefined ? UCDP_COUNTRIES[e.country_id as keyof typeof UCDP_COUNTRIES] : undefined;
  return byId ?? (/afghan/i.test(e.country) ? "AFG" : "PAK");
}

function sideSubject(side: string): ClaimSubject | null {
  if (/government of pakistan/i.test(side)) return "PAKISTANI_FORCES";
  if (/government of afghanistan/i.test(side)) return "AFGHAN_FORCES";
  if (/civilians/i.test(side)) return null;
  return "MILITANTS";
}

/** UCDP's figures for one event, each as UCDP gives it: per side, civilians, unknown, and the total. */
export function claimSpecs(e: UcdpEvent): ClaimSpec[] {
  const country = countryOf(e);
  const specs: ClaimSpec[] = [];
  const exact = (subject: ClaimSubject, n: number, field: string, label: string) =>
    specs.push({
      subject,
      valueLow: n,
      valueHigh: n,
      qualifier: n === 0 ? "NONE" : "EXACT",
      quote: `${field}: ${n} (${label})`,
      note: `UCDP best-estimate breakdown, event ${e.id}`,
    });
  const a = sideSubject(e.side_a);
  const b = sideSubject(e.side_b);
  // Two sides that map to the same subject (two armed groups) are not added together.
  if (a && a !== b) exact(a, e.deaths_a, "deaths_a", `side_a: ${e.side_a}`);
  if (b && a !== b) exact(b, e.deaths_b, "deaths_b", `side_b: ${e.side_b}`);
  exact(
    country === "PAK" ? "PAKISTANI_CIVILIANS" : "AFGHAN_CIVILIANS",
    e.deaths_civilians,
    "deaths_civilians",
    "civilians",
  );
  exact(
    country === "PAK" ? "PEOPLE_IN_PAKISTAN" : "PEOPLE_IN_AFGHANISTAN",
    e.deaths_unknown,
    "deaths_unknown",
    "status unknown",
  );
  const ranged = e.low !== e.high;
  specs.push({
    subject: "ALL_SIDES",
    valueLow: ranged ? e.low : e.best,
    valueHigh: ranged ? e.high : e.best,
    qualifier: ranged ? "RANGE" : e.best === 0 ? "NONE" : "EXACT",
    quote: `best: ${e.best}, low: ${e.low}, high: ${e.high}`,
    note: `UCDP total for event ${e.id}; best estimate ${e.best}`,
  });
  return specs;
}

function incidentFields(e: UcdpEvent, datasetVersion: string) {
  const country = countryOf(e);
  const precision = e.date_prec === 1 ? "DAY" : e.date_prec <= 3 ? "WEEK" : e.date_prec === 4 ? "MONTH" : "APPROXIMATE";
  const govGov =
    /government of pakistan/i.test(`${e.side_a} ${e.side_b}`) &&
    /government of afghanistan/i.test(`${e.side_a} ${e.side_b}`);
  const type: IncidentType = govGov ? "BORDER_CLASH" : "OTHER";
  const where = e.where_description || e.adm_2 || e.adm_1 || e.country;
  return {
    title: `${e.dyad_name} — ${where}`.slice(0, 300),
    summary: `UCDP GED ${datasetVersion} event ${e.id} (${e.conflict_name}). ${e.source_headline ?? ""}`.trim(),
    occurredOn: new Date(`${e.date_start}T00:00:00Z`),
    occurredUntil: e.date_end !== e.date_start ? new Date(`${e.date_end}T00:00:00Z`) : null,
    datePrecision: precision as "DAY" | "WEEK" | "MONTH" | "APPROXIMATE",
    country,
    locationText: [e.where_description, e.adm_2, e.adm_1].filter(Boolean).join("; ") || null,
    type,
    targetType: e.type_of_violence === 3 ? ("CIVILIANS" as const) : ("UNKNOWN" as const),
  };
}

/** adm_1 / adm_2 ("Khyber Pakhtunkhwa province", "North Waziristan district") → existing Place ids. */
async function resolvePlaces(tx: DbTx, e: UcdpEvent) {
  const country = countryOf(e);
  const strip = (s: string) => s.replace(/\s+(province|district|agency|tehsil)$/i, "").trim();
  const p = e.adm_1 ? resolvePlaceName(strip(e.adm_1), { country, level: "province" }) : null;
  const provinceId = p?.status === "resolved" ? p.id : null;
  const d = e.adm_2
    ? resolvePlaceName(strip(e.adm_2), { country, level: "district", province: provinceId ?? undefined })
    : null;
  const districtId = d?.status === "resolved" ? d.id : null;
  const ids = [provinceId, districtId].filter((x): x is string => Boolean(x));
  const existing = new Set(
    (await tx.place.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((x) => x.id),
  );
  return {
    provinceId: provinceId && existing.has(provinceId) ? provinceId : null,
    districtId: districtId && existing.has(districtId) ? districtId : null,
  };
}

async function ensureUcdpAttribution(tx: DbTx) {
  await tx.source.upsert({
    where: { id: UCDP_SOURCE_ID },
    create: {
      id: UCDP_SOURCE_ID,
      name: "Uppsala Conflict Data Program (UCDP)",
      kind: "DATASET",
      url: "https://ucdp.uu.se",
    },
    update: {},
  });
  await tx.actor.upsert({
    where: { id: UCDP_ACTOR_ID },
    create: {
      id: UCDP_ACTOR_ID,
      name: "Uppsala Conflict Data Program",
      shortName: "UCDP",
      kind: "RESEARCH_INSTITUTE",
      side: "INDEPENDENT",
      country: "SWE",
      aliases: ["UCDP"],
    },
    update: {},
  });
}

export async function upsertUcdpEvent(tx: DbTx, source: FeedSource, item: NormalizedItem): Promise<UpsertOutcome> {
  const { event: e, datasetVersion, retrievedOn } = ucdpItemSchema.parse(item.data);
  const externalId = String(e.id);
  const existing = await tx.incident.findUnique({
    where: { externalSource_externalId: { externalSource: "UCDP", externalId } },
    select: { id: true, version: true, ingestedVersion: true, ingestHash: true, published: true },
  });
  if (existing && isUcdpIncidentSettled(existing, item.contentHash)) return UNCHANGED;

  await ensureUcdpAttribution(tx);
  const madeOn = new Date(`${retrievedOn}T00:00:00Z`);
  const document = await tx.document.upsert({
    where: { contentHash: `ucdp:${item.contentHash}` },
    create: {
      sourceId: UCDP_SOURCE_ID,
      title: `UCDP GED ${datasetVersion}, event ${e.id}`,
      url: source.url,
      publishedOn: null,
      retrievedAt: madeOn,
      contentHash: `ucdp:${item.contentHash}`,
      // The record itself is the document's text: claims quote its fields.
      note: stableStringify(e),
    },
    update: {},
  });
  const fields = { ...incidentFields(e, datasetVersion), ...(await resolvePlaces(tx, e)) };
  const incident = existing
    ? await tx.incident.update({
        where: { id: existing.id },
        data: {
          ...fields,
          version: existing.version + 1,
          ingestedVersion: existing.version + 1,
          ingestHash: item.contentHash,
          published: existing.published || source.autoPublish,
        },
        select: { id: true },
      })
    : await tx.incident.create({
        data: {
          ...fields,
          externalSource: "UCDP",
          externalId,
          published: source.autoPublish,
          version: 1,
          ingestedVersion: 1,
          ingestHash: item.contentHash,
        },
        select: { id: true },
      });
  await tx.incidentCitation.createMany({
    data: [
      {
        incidentId: incident.id,
        documentId: document.id,
        quote: e.where_description || `${e.dyad_name}, ${e.date_start}`,
      },
    ],
    skipDuplicates: true,
  });

  // Latest UCDP claim per subject on this incident: the head of each revision chain.
  const heads = await tx.claim.findMany({
    where: { incidentId: incident.id, claimantId: UCDP_ACTOR_ID, metric: "KILLED", revisedBy: null },
    select: { id: true, subject: true, valueLow: true, valueHigh: true, qualifier: true },
  });
  const headBySubject = new Map(heads.map((h) => [h.subject, h]));
  for (const spec of claimSpecs(e)) {
    const head = headBySubject.get(spec.subject);
    if (
      head &&
      head.valueLow === spec.valueLow &&
      head.valueHigh === spec.valueHigh &&
      head.qualifier === spec.qualifier
    )
      continue;
    // A side with no deaths and no earlier figure adds nothing worth a row.
    if (!head && spec.qualifier === "NONE" && spec.subject !== "ALL_SIDES") continue;
    await tx.claim.create({
      data: {
        claimantId: UCDP_ACTOR_ID,
        subject: spec.subject,
        metric: "KILLED",
        valueLow: spec.valueLow,
        valueHigh: spec.valueHigh,
        qualifier: spec.qualifier,
        incidentId: incident.id,
        madeOn,
        documentId: document.id,
        quote: spec.quote,
        note: spec.note,
        revisesId: head?.id ?? null,
        published: source.autoPublish,
      },
    });
  }
  return {
    outcome: existing ? "updated" : "created",
    changedTags: source.autoPublish || existing?.published ? [CACHE_TAGS.incidents, CACHE_TAGS.claims] : [],
  };
}
