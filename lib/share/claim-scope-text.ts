import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import type { ClaimantFigure, LedgerGroup } from "../claims/claim-queries";
import type { ClaimScope } from "../claims/scope";
import { getDb } from "../db";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "../vocabulary";

/** What a claims scope is called ("Feb–Mar 2026 war…", an incident's title, "March 2026"), or
 *  null when its episode or incident is not in the published record. */
export async function describeScope(scope: ClaimScope): Promise<string | null> {
  "use cache";
  cacheTag(CACHE_TAGS.claims, CACHE_TAGS.incidents);
  cacheLife("record");
  const db = getDb();
  if (scope.kind === "episode")
    return (await db.episode.findUnique({ where: { id: scope.episodeId }, select: { name: true } }))?.name ?? null;
  if (scope.kind === "incident") {
    return (
      (await db.incident.findFirst({ where: { id: scope.incidentId, published: true }, select: { title: true } }))
        ?.title ?? null
    );
  }
  const month = new Date(`${scope.from}T00:00:00Z`).toLocaleDateString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  return scope.from.endsWith("-01") && scope.to.slice(0, 7) === scope.from.slice(0, 7)
    ? month
    : `${scope.from} to ${scope.to}`;
}

const SIDES = ["PAKISTAN", "AFGHANISTAN"];
export type SideFigure = { claimant: string; side: string; figure: string; none?: boolean };
export const latestFigures = (claimants: ClaimantFigure[]): SideFigure[] =>
  claimants.map((c) => ({
    claimant: c.latest.claimantName,
    side: c.latest.claimantSide,
    figure: formatFigure(c.latest),
  }));

/** Rows to show when space is short: killed first, then rows where both sides speak, then the rest. */
export function rankGroups(groups: LedgerGroup[]): LedgerGroup[] {
  const score = (g: LedgerGroup) =>
    (g.metric === "KILLED" ? 0 : 2) + (new Set(g.claimants.map((c) => c.latest.claimantSide)).size > 1 ? 0 : 1);
  return [...groups].sort((a, b) => score(a) - score(b));
}

export const groupLabel = (g: { subject: string; metric: string }) =>
  `${labelOf(SUBJECT_LABELS, g.subject)} ${labelOf(METRIC_LABELS, g.metric)}`;

/** "Pakistani forces killed — Afghan Taliban authorities: 55 · Government of Pakistan: 2": every
 *  claimant's latest figure, side by side, with the qualifier. */
export function groupSentence(g: LedgerGroup): string {
  return `${groupLabel(g)} — ${g.claimants.map((c) => `${c.latest.claimantName}: ${formatFigure(c.latest)}`).join(" · ")}`;
}

/** A row's figures with both governments present: a side that gave no figure is said to have
 *  given none, so one side's number never stands alone as if uncontested. */
export function sideBySide(figures: SideFigure[]): SideFigure[] {
  const rows = [...figures];
  for (const side of SIDES) {
    if (!rows.some((r) => r.side === side))
      rows.push({
        claimant: side === "PAKISTAN" ? "Pakistan" : "Afghan Taliban authorities",
        side,
        figure: "no figure given",
        none: true,
      });
  }
  // Order: one claimant of each side (Pakistan, Afghanistan, then the others), then the rest, so
  // a card that has room for three shows three different voices.
  const order = [...SIDES, ...new Set(rows.map((r) => r.side).filter((s) => !SIDES.includes(s)))];
  const firsts = order.map((side) => rows.find((r) => r.side === side)!);
  return [...firsts, ...rows.filter((r) => !firsts.includes(r))];
}
