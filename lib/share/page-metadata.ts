import "server-only";
import type { Metadata } from "next";
import { getClaimScopes, getClaimsLedger } from "../claims/data";
import { isoDay } from "../dates";
import { readScope } from "../claims/search-params";
import { getNationalPicture } from "../counts/data";
import { getCachedHeadlines } from "../dashboard/data";
import { getAttackOverview, getCachedRecordCoverage, getIncidentRecord } from "../incidents/data";
import { attackViewQuery, readAttackView, type SearchParams } from "../incidents/search-params";
import { getCeasefires, getMediationTracks } from "../mediation/data";
import {
  INCIDENT_TYPE_LABELS,
  MEDIATION_STATUS_LABELS,
  METRIC_LABELS,
  SUBJECT_LABELS,
  formatFigure,
  labelOf,
} from "../vocabulary";
import { describeAttackFilters } from "./attack-view-text";
import { describeScope, groupSentence, rankGroups } from "./claim-scope-text";
import { cardUrl, plural, shareMetadata } from "./metadata";
import { EVERY_FIGURE, nationalSentence } from "./national-figures-text";
import { recordCountSentence, recordViewSentences } from "./record-count-text";
import { getDataVersion } from "./version";
import { ceasefireReportedOn } from "../mediation/timeline-text";

// generateMetadata for each page. Each reads the same cached readers as its page, so the
// description's figures are the page's figures, and points at the card of the same view.

const status = (s: string | null) => (s ? labelOf(MEDIATION_STATUS_LABELS, s).toLowerCase() : "no status reported");

/** The home page leads with the national figure (each counter's own, never summed); the record's
 *  own incidents follow, said to be the record's, with how far it reaches. */
export async function homeMetadata(days: number, isDefault: boolean, asOf: string): Promise<Metadata> {
  const [h, picture, { version }] = await Promise.all([
    getCachedHeadlines(asOf, days),
    getNationalPicture(),
    getDataVersion(),
  ]);
  const track = h.mediation.find((t) => t.status) ?? h.mediation[0];
  const description = [
    nationalSentence(picture, asOf) ?? "No national count of attacks is in the record yet.",
    recordCountSentence(h.attacks.count, h.period, h.coverage, `the ${days} days to ${h.period.to}`),
    track ? `Mediation: ${track.name}, ${status(track.status)}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return shareMetadata({
    title: "Pakistan–Afghanistan conflict, claim by claim",
    description,
    path: isDefault ? "/" : `/?days=${days}`,
    card: cardUrl("/cards/overview", { d: asOf }, version),
    alt: `Share card: the latest monthly count of militant attacks in Pakistan by an independent counter, the latest annual counts by two counters side by side, this record's own incidents in the 30 days to ${asOf}, and mediation status.`,
  });
}

/** A filtered view counts the record's incidents, with its reach. The unfiltered view also leads
 *  with the national figure and shares the card of the national series. */
export async function attacksMetadata(sp: SearchParams): Promise<Metadata> {
  const view = readAttackView(sp);
  const [o, parts, coverage, picture, { version }] = await Promise.all([
    getAttackOverview(view.filters, view.granularity, view.stackBy),
    describeAttackFilters(view.filters),
    getCachedRecordCoverage(),
    getNationalPicture(),
    getDataVersion(),
  ]);
  const filters = Object.fromEntries(Object.entries(view.filters).map(([k, v]) => [k, String(v)]));
  const unfiltered = Object.values(view.filters).every((v) => v === undefined);
  const where = parts.length ? ` (${parts.join("; ")})` : "";
  const { matches, reach } = recordViewSentences(o.total, view.filters, coverage);
  const named = o.total > 0 ? `; ${o.namingPerpetrator} name a perpetrator, claimed or attributed` : "";
  const national = unfiltered ? nationalSentence(picture, EVERY_FIGURE) : null;
  return shareMetadata({
    title: parts.length ? `Attacks in Pakistan: ${parts.join(", ")}` : "Attacks in Pakistan",
    description: `${national ? `${national} ` : ""}${matches}${where}${named}. ${reach} Each incident cited to its sources.`,
    path: `/attacks${attackViewQuery(view, { by: undefined, stack: undefined, sort: undefined, page: undefined, layer: undefined })}`,
    card: national ? cardUrl("/cards/counts", {}, version) : cardUrl("/cards/attacks", filters, version),
    alt: national
      ? "Share card: militant attacks in Pakistan per month, as counted by PICSS, gaps shown as gaps."
      : `Share card: ${plural(o.total, "incident")} in this record${where}.`,
  });
}

export async function casualtiesMetadata(sp: SearchParams): Promise<Metadata> {
  const scopes = await getClaimScopes();
  const fallback = scopes.episodes[0] ? `episode:${scopes.episodes[0].id}` : "month:2026-03";
  let choice = readScope(sp.scope, fallback);
  let name = await describeScope(choice.scope);
  if (name === null) {
    choice = readScope(fallback, fallback);
    name = (await describeScope(choice.scope)) ?? fallback;
  }
  const [groups, { version }] = await Promise.all([getClaimsLedger(choice.scope), getDataVersion()]);
  const lines = rankGroups(groups).slice(0, 2).map(groupSentence);
  const explicit = typeof sp.scope === "string" && !choice.invalid && choice.value === sp.scope;
  return shareMetadata({
    title: `Casualty claims: ${name}`,
    description: lines.length
      ? `${lines.join("; ")}. Each claimant's figures side by side, never summed; every figure sourced.`
      : `No casualty claims are recorded for ${name}.`,
    path: explicit ? `/casualties?scope=${choice.value}` : "/casualties",
    card: cardUrl("/cards/claims", { scope: choice.value }, version),
    alt: `Share card: casualty claims about ${name}, each claimant's figure side by side.`,
  });
}

export async function mediationMetadata(asOf: string): Promise<Metadata> {
  const [tracks, ceasefires, { version }] = await Promise.all([
    getMediationTracks(),
    getCeasefires(asOf),
    getDataVersion(),
  ]);
  const inForce = ceasefires.filter((c) => c.startsOn <= asOf && (!c.endedOn || c.endedOn > asOf));
  const cf = inForce.length
    ? inForce.map((c) => `${c.name}: no end reported (latest report ${ceasefireReportedOn(c, asOf)})`).join("; ")
    : "no ceasefire in force";
  return shareMetadata({
    title: "Mediation tracker",
    description: `${cf}; ${plural(tracks.length, "mediation track")}: ${tracks
      .slice(0, 3)
      .map((t) => `${t.name}, ${status(t.status)}`)
      .join("; ")}${tracks.length > 3 ? "; …" : ""}.`,
    path: "/mediation",
    card: cardUrl("/cards/mediation", { d: asOf }, version),
    alt: "Share card: each active mediation track and ceasefire between Pakistan and Afghanistan with its status.",
  });
}

export async function incidentMetadata(id: string): Promise<Metadata> {
  const [i, { version }] = await Promise.all([getIncidentRecord(id), getDataVersion()]);
  if (!i) return { title: "Incident not found", robots: { index: false } };
  const where =
    [i.district?.name, i.province?.name].filter(Boolean).join(", ") ||
    (i.country === "PAK" ? "Pakistan" : "Afghanistan");
  const sources = new Set([...i.citations.map((c) => c.documentId), ...i.claims.map((c) => c.documentId)]).size;
  const figures = i.claims
    .filter((c) => c.metric === "KILLED")
    .slice(0, 3)
    .map(
      (c) =>
        `${c.claimant.name}: ${formatFigure(c)} ${labelOf(SUBJECT_LABELS, c.subject)} ${labelOf(METRIC_LABELS, c.metric)}`,
    );
  return shareMetadata({
    title: i.title,
    description:
      `${isoDay(i.occurredOn)}, ${where}: ${labelOf(INCIDENT_TYPE_LABELS, i.type).toLowerCase()}.` +
      (figures.length ? ` Claims: ${figures.join(" · ")}.` : "") +
      ` ${plural(sources, "source")} cited.`,
    path: `/incidents/${i.id}`,
    card: cardUrl(`/cards/incidents/${i.id}`, {}, version),
    alt: `Share card: ${i.title}, with the claims about it and its sources.`,
    province: i.province?.id,
  });
}
