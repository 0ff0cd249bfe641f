// Where every mark of the mediation timeline goes (components/mediation/mediation-timeline.tsx),
// apart from drawing it: one shared day axis, one row per track, one bar per ceasefire. Pure, so
// tests/unit/mediation-timeline-layout.test.ts checks the geometry without React or a database.
import { addDays, daysBetween } from "../dates";
import type { CeasefireSummary, TrackEvent, TrackSummary } from "./mediation-queries";
import { ceasefireCaption, ceasefireReportedOn, kindLabel } from "./timeline-text";

export type TimelineScale = {
  width: number;
  plotLeft: number;
  plotRight: number;
  markRadius: number;
  /** Marks closer than this on one row go to the next lane down, so none hides another. */
  laneSpacing: number;
  nameLine: number;
  /** 0: no per-step labels (the compact form). */
  stepLabelLine: number;
  rowGap: number;
  barHeight: number;
  fontSize: number;
};

// Drawn at about the size it is shown (the SVG is never stretched past its width, see
// mediation-timeline.tsx): the full form fills a laptop's content column, the compact one a
// half column of the home page.
export const FULL_SCALE: TimelineScale = {
  width: 1040,
  plotLeft: 12,
  plotRight: 1028,
  markRadius: 6,
  laneSpacing: 14,
  nameLine: 15,
  stepLabelLine: 13,
  rowGap: 8,
  barHeight: 10,
  fontSize: 12,
};

export const COMPACT_SCALE: TimelineScale = {
  ...FULL_SCALE,
  width: 460,
  plotRight: 448,
  markRadius: 4.5,
  laneSpacing: 10,
  nameLine: 13,
  stepLabelLine: 0,
  rowGap: 5,
  barHeight: 8,
  fontSize: 11,
};

/** A rough text width in SVG units (no font metrics on the server): enough to keep labels apart. */
export const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.55;

const monthStart = (iso: string) => `${iso.slice(0, 7)}-01`;
function nextMonth(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** The days a step's date may stand for: its month, or its week (centred: the record does not say
 *  which day of the week it gives). A day or an approximate date has no span. */
export function uncertaintySpan(step: Pick<TrackEvent, "occurredOn" | "datePrecision">) {
  if (step.datePrecision === "MONTH")
    return { from: monthStart(step.occurredOn), to: addDays(nextMonth(step.occurredOn), -1) };
  if (step.datePrecision === "WEEK") return { from: addDays(step.occurredOn, -3), to: addDays(step.occurredOn, 3) };
  return null;
}

/** From the first of the earliest month to the first of the month after the latest day; today
 *  counts only while a ceasefire is in force (its bar runs to today). */
export function timelineDomain(tracks: TrackSummary[], ceasefires: CeasefireSummary[], asOf: string) {
  const days = [
    ...tracks.flatMap((track) =>
      track.events.flatMap((step) => {
        const span = uncertaintySpan(step);
        return span ? [step.occurredOn, span.from, span.to] : [step.occurredOn];
      }),
    ),
    // To today while a ceasefire has no end: the axis shows how far the record is behind.
    ...ceasefires.flatMap((ceasefire) => [ceasefire.startsOn, ceasefire.endedOn ?? asOf]),
  ].sort();
  if (days.length === 0) return null;
  return { from: monthStart(days[0]!), to: nextMonth(days[days.length - 1]!) };
}

/** Greedy lanes: each x (ascending) takes the first lane whose last mark is at least minGap left. */
export function assignLanes(xs: number[], minGap: number): number[] {
  const lastInLane: number[] = [];
  return xs.map((x) => {
    let lane = lastInLane.findIndex((last) => x - last >= minGap);
    if (lane === -1) lane = lastInLane.length;
    lastInLane[lane] = x;
    return lane;
  });
}

/** Which labels fit on one line without overlapping the one before (ascending x); the rest are
 *  left to the mark's title and the data table. */
export function fittingLabels(labels: { x: number; width: number }[], right: number, gap = 6): boolean[] {
  let end = -Infinity;
  return labels.map(({ x, width }) => {
    const fits = x >= end + gap && x + width <= right;
    if (fits) end = x + width;
    return fits;
  });
}

export type PlacedStep = {
  step: TrackEvent;
  x: number;
  y: number;
  /** The days an imprecise date stands for, as x from–to; null for a day or an approximate date. */
  span: { x1: number; x2: number } | null;
  label: string | null;
};
export type PlacedTrack = { track: TrackSummary; nameY: number; lineY: number; labelY: number; steps: PlacedStep[] };
export type PlacedCeasefire = {
  ceasefire: CeasefireSummary;
  caption: string;
  captionX: number;
  captionAnchor: "start" | "end";
  captionY: number;
  barY: number;
  x1: number;
  x2: number;
  violations: { step: TrackEvent; x: number }[];
};
export type MonthTick = { iso: string; x: number; month: string; year: string | null; labelled: boolean };
export type TimelineLayout = {
  scale: TimelineScale;
  width: number;
  height: number;
  from: string;
  to: string;
  x: (iso: string) => number;
  calloutY: number;
  plotTop: number;
  axisY: number;
  ticks: MonthTick[];
  tracks: PlacedTrack[];
  ceasefireHeadingY: number | null;
  ceasefires: PlacedCeasefire[];
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthTicks(from: string, to: string, x: (iso: string) => number): MonthTick[] {
  const starts: string[] = [];
  for (let month = from; month < to; month = nextMonth(month)) starts.push(month);
  const monthWidth = starts.length > 1 ? x(starts[1]!) - x(starts[0]!) : Infinity;
  const every = Math.max(1, Math.ceil(26 / monthWidth));
  return starts.map((iso, index) => ({
    iso,
    x: x(iso),
    month: MONTHS[Number(iso.slice(5, 7)) - 1]!,
    year: index === 0 || iso.slice(5, 7) === "01" ? iso.slice(0, 4) : null,
    labelled: index % every === 0,
  }));
}

/** Tracks in the order their first step happened (a staircase reads in time); then by name. */
const firstDay = (track: TrackSummary) => track.events[0]?.occurredOn ?? "9999-12-31";

export function layoutTimeline(
  tracks: TrackSummary[],
  ceasefires: CeasefireSummary[],
  asOf: string,
  compact = false,
): TimelineLayout | null {
  const domain = timelineDomain(tracks, ceasefires, asOf);
  if (!domain) return null;
  const scale = compact ? COMPACT_SCALE : FULL_SCALE;
  const totalDays = daysBetween(domain.from, domain.to);
  const x = (iso: string) =>
    scale.plotLeft + (daysBetween(domain.from, iso) / totalDays) * (scale.plotRight - scale.plotLeft);
  const calloutY = scale.fontSize + 2;
  const plotTop = calloutY + 8;
  let top = plotTop;

  const placedTracks = [...tracks]
    .sort((first, second) => firstDay(first).localeCompare(firstDay(second)) || first.name.localeCompare(second.name))
    .map((track): PlacedTrack => {
      const steps = [...track.events].sort((first, second) => first.occurredOn.localeCompare(second.occurredOn));
      const spans = steps.map((step) => uncertaintySpan(step));
      // A month-only date stands in the middle of its month, not on the 1st the record stores.
      const xs = steps.map((step, index) => {
        const span = spans[index];
        return span && step.datePrecision === "MONTH" ? (x(span.from) + x(span.to)) / 2 : x(step.occurredOn);
      });
      const lanes = assignLanes(xs, scale.markRadius * 2 + 2);
      const nameY = top + scale.fontSize;
      const lineY = top + scale.nameLine + scale.markRadius + 3;
      const lastLaneY = lineY + Math.max(0, ...lanes) * scale.laneSpacing;
      const labelY = lastLaneY + scale.markRadius + scale.stepLabelLine - 2;
      const labelSize = scale.fontSize - 2;
      const fits = scale.stepLabelLine
        ? fittingLabels(
            steps.map((step, index) => ({ x: xs[index]! - 3, width: textWidth(kindLabel(step.kind), labelSize) })),
            scale.width,
          )
        : steps.map(() => false);
      top = lastLaneY + scale.markRadius + scale.stepLabelLine + scale.rowGap;
      return {
        track,
        nameY,
        lineY,
        labelY,
        steps: steps.map((step, index) => {
          const span = spans[index];
          return {
            step,
            x: xs[index]!,
            y: lineY + lanes[index]! * scale.laneSpacing,
            span: span ? { x1: x(span.from), x2: x(span.to) } : null,
            label: fits[index] ? kindLabel(step.kind) : null,
          };
        }),
      };
    });

  const ceasefireHeadingY = ceasefires.length ? top + scale.fontSize + 4 : null;
  if (ceasefireHeadingY) top = ceasefireHeadingY + 6;
  const placedCeasefires = [...ceasefires]
    .sort((first, second) => first.startsOn.localeCompare(second.startsOn))
    .map((ceasefire): PlacedCeasefire => {
      const end = ceasefire.endedOn ?? ceasefireReportedOn(ceasefire, asOf); // no end reported: to the latest report
      const x1 = x(ceasefire.startsOn);
      // A ceasefire of a few days stays visible as a bar, not a hairline.
      const x2 = Math.max(x(end), x1 + 3);
      const caption = ceasefireCaption(ceasefire, asOf);
      const fitsFromStart = x1 + textWidth(caption, scale.fontSize) <= scale.plotRight;
      const violations = tracks
        .filter((track) => ceasefire.trackId === null || track.id === ceasefire.trackId)
        .flatMap((track) => track.events)
        .filter((step) => step.kind === "VIOLATION" && step.occurredOn >= ceasefire.startsOn && step.occurredOn <= end)
        .map((step) => ({ step, x: x(step.occurredOn) }));
      const placed: PlacedCeasefire = {
        ceasefire,
        caption,
        captionX: fitsFromStart ? x1 : scale.plotRight,
        captionAnchor: fitsFromStart ? "start" : "end",
        captionY: top + scale.fontSize,
        barY: top + scale.nameLine + 2,
        x1,
        x2,
        violations,
      };
      top = placed.barY + scale.barHeight + scale.rowGap + 2;
      return placed;
    });

  const axisY = top + 2;
  return {
    scale,
    width: scale.width,
    height: axisY + scale.fontSize * 2 + 8,
    from: domain.from,
    to: domain.to,
    x,
    calloutY,
    plotTop,
    axisY,
    ticks: monthTicks(domain.from, domain.to, x),
    tracks: placedTracks,
    ceasefireHeadingY,
    ceasefires: placedCeasefires,
  };
}
