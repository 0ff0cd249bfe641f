// Claims over time, the pure half of components/claims/claims-over-time.tsx: each claimant's figures
// about one subject as a series over the dates they were stated. A series is one revision chain (a
// claim and the claims that revise it, in date order). Figures of different claimants stay in
// separate series, and nothing here adds one figure to another: there is no total to draw.
import type { LedgerGroup } from "./claim-queries";
import { daysBetween, isoDay } from "../dates";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "../vocabulary";

/** What a series needs of a claim; the ledger's claims have it as they are. */
export type SeriesClaim = {
  id: string;
  claimantId: string;
  claimantName: string;
  claimantSide: string;
  subject: string;
  metric: string;
  valueLow: number;
  valueHigh: number;
  qualifier: string;
  madeOn: string;
  revisesId: string | null;
  chainId: string | null;
};

export type SeriesPoint = {
  id: string;
  statedOn: string;
  valueLow: number;
  valueHigh: number;
  qualifier: string;
  /** The figure as written, its qualifier included ("at least 133", "4–7", "none"). */
  figure: string;
  /** Until when the figure stood: the date of its revision, or the chart's last date. */
  heldUntil: string;
  /** The figure it revises; without figure and date when that one is outside the view. */
  revises: { id: string; figure?: string; statedOn?: string } | null;
};

export type ClaimSeries = {
  chainId: string;
  claimantId: string;
  claimantName: string;
  claimantSide: string;
  points: SeriesPoint[];
};

export type SubjectSeries = {
  /** SUBJECT/METRIC, as the ledger groups them. */
  key: string;
  subjectLabel: string;
  metricLabel: string;
  from: string;
  to: string;
  series: ClaimSeries[];
  figureCount: number;
};

// The ledger's column order: each side's own figures, then independent counts and media reports.
const SIDE_ORDER = ["PAKISTAN", "AFGHANISTAN", "INDEPENDENT", "THIRD_PARTY", "ARMED_GROUP"];
const sideRank = (side: string) => (SIDE_ORDER.includes(side) ? SIDE_ORDER.indexOf(side) : SIDE_ORDER.length);

/** The ledger's claims, every revision included. */
export const ledgerSeriesClaims = (groups: LedgerGroup[]): SeriesClaim[] =>
  groups.flatMap((group) => group.claimants.flatMap((claimant) => claimant.history));

/** An incident record's claims (with their claimant and a Date) in the same shape. */
export function incidentSeriesClaims(
  claims: (Omit<SeriesClaim, "claimantName" | "claimantSide" | "madeOn"> & {
    claimant: { name: string; side: string };
    madeOn: Date;
  })[],
): SeriesClaim[] {
  return claims.map((claim) => ({
    id: claim.id,
    claimantId: claim.claimantId,
    claimantName: claim.claimant.name,
    claimantSide: claim.claimant.side,
    subject: claim.subject,
    metric: claim.metric,
    valueLow: claim.valueLow,
    valueHigh: claim.valueHigh,
    qualifier: claim.qualifier,
    madeOn: isoDay(claim.madeOn),
    revisesId: claim.revisesId,
    chainId: claim.chainId,
  }));
}

/** One entry per subject and metric (in the order they first appear), one series per chain. */
export function toSubjectSeries(claims: SeriesClaim[]): SubjectSeries[] {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  // Steps back to the first claim of the chain present here; the stored chain id when there is one.
  const ancestry = (claim: SeriesClaim) => {
    let root = claim;
    let depth = 0;
    for (let up = byId.get(claim.revisesId ?? ""); up && depth < claims.length; up = byId.get(up.revisesId ?? "")) {
      root = up;
      depth++;
    }
    return { chainId: claim.chainId ?? root.id, depth };
  };
  const subjects = new Map<string, Map<string, (SeriesClaim & { depth: number })[]>>();
  for (const claim of claims) {
    const key = `${claim.subject}/${claim.metric}`;
    const chains = subjects.get(key) ?? new Map<string, (SeriesClaim & { depth: number })[]>();
    const { chainId, depth } = ancestry(claim);
    chains.set(chainId, [...(chains.get(chainId) ?? []), { ...claim, depth }]);
    subjects.set(key, chains);
  }
  return [...subjects.entries()].map(([key, chains]) => {
    const dates = [...chains.values()].flat().map((claim) => claim.madeOn);
    const from = dates.reduce((min, day) => (day < min ? day : min));
    const to = dates.reduce((max, day) => (day > max ? day : max));
    const series = [...chains.entries()].map(([chainId, members]): ClaimSeries => {
      // Date order; a revision made the same day comes after the figure it revises.
      const ordered = [...members].sort((a, b) => a.madeOn.localeCompare(b.madeOn) || a.depth - b.depth);
      const first = ordered[0]!;
      return {
        chainId,
        claimantId: first.claimantId,
        claimantName: first.claimantName,
        claimantSide: first.claimantSide,
        points: ordered.map((claim, index) => {
          const revised = claim.revisesId ? byId.get(claim.revisesId) : undefined;
          return {
            id: claim.id,
            statedOn: claim.madeOn,
            valueLow: claim.valueLow,
            valueHigh: claim.valueHigh,
            qualifier: claim.qualifier,
            figure: formatFigure(claim),
            heldUntil: ordered[index + 1]?.madeOn ?? to,
            revises: !claim.revisesId
              ? null
              : revised
                ? { id: revised.id, figure: formatFigure(revised), statedOn: revised.madeOn }
                : { id: claim.revisesId },
          };
        }),
      };
    });
    series.sort(
      (a, b) =>
        sideRank(a.claimantSide) - sideRank(b.claimantSide) ||
        a.claimantName.localeCompare(b.claimantName) ||
        a.points[0]!.statedOn.localeCompare(b.points[0]!.statedOn),
    );
    const [subject = "", metric = ""] = key.split("/");
    return {
      key,
      subjectLabel: labelOf(SUBJECT_LABELS, subject),
      metricLabel: labelOf(METRIC_LABELS, metric),
      from,
      to,
      series,
      figureCount: series.reduce((count, line) => count + line.points.length, 0),
    };
  });
}

/** Subjects worth a chart over time: at least two dated figures (one figure is not a change). */
export const withDatedFigures = (subjects: SubjectSeries[], minimum = 2) =>
  subjects.filter((subject) => subject.figureCount >= minimum);

/** The revised figure, as the data table and the marks' titles write it. */
export const revisesText = (point: SeriesPoint): string =>
  !point.revises
    ? "—"
    : point.revises.figure
      ? `${point.revises.figure} (${point.revises.statedOn})`
      : "an earlier figure not in this view";

/** The chart in words: each claimant's figures in date order, and that none are added up. */
export function seriesSummary(subject: SubjectSeries): string {
  const lines = subject.series.map((line) => {
    const [first, ...later] = line.points.map((point) => `${point.figure} (${point.statedOn})`);
    return `${line.claimantName}: ${first}${later.length ? `, revised to ${later.join(", then ")}` : ""}.`;
  });
  return `${lines.join(" ")} Each line is one claimant's own figures; figures of different claimants are not added together.`;
}

/** The data table behind the chart: claimant, date stated, figure with qualifier, what it revises. */
export function seriesTable(subject: SubjectSeries) {
  return {
    columns: ["Claimant", "Date stated", "Figure", "Revises"],
    rows: subject.series.flatMap((line) =>
      line.points.map((point) => [line.claimantName, point.statedOn, point.figure, revisesText(point)]),
    ),
  };
}

/** A readable top for the value axis (15, 60, 500 …) and its ticks; at least 1, so "none" sits on 0. */
export function valueAxis(max: number): { top: number; ticks: number[] } {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  const top = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((factor) => factor * magnitude).find((step) => step >= max)!;
  return { top, ticks: Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top] };
}

/** Day position of a date between the chart's first and last date, 0 to 1 (0 when they are one day). */
export const dayFraction = (day: string, from: string, to: string): number =>
  from === to ? 0 : daysBetween(from, day) / daysBetween(from, to);

/** Tops for direct labels that would overlap: each as near its wanted top as it can be, in the same
 *  order, `gap` apart, within [min, max] when they fit (below max when they do not). */
export function spreadLabels(labels: { top: number; height: number }[], min: number, max: number, gap = 4): number[] {
  const order = labels.map((_, index) => index).sort((a, b) => labels[a]!.top - labels[b]!.top);
  const tops = labels.map((label) => label.top);
  let floor = min;
  for (const index of order) {
    tops[index] = Math.max(tops[index]!, floor);
    floor = tops[index]! + labels[index]!.height + gap;
  }
  let ceiling = max;
  for (const index of [...order].reverse()) {
    tops[index] = Math.max(min, Math.min(tops[index]!, ceiling - labels[index]!.height));
    ceiling = tops[index]! - gap;
  }
  // Pulled up against min, labels may overlap again: push them down once more (past max if need be).
  floor = min;
  for (const index of order) {
    tops[index] = Math.max(tops[index]!, floor);
    floor = tops[index]! + labels[index]!.height + gap;
  }
  return tops;
}
