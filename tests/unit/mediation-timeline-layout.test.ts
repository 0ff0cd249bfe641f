// The mediation timeline's geometry and words (lib/mediation/timeline-layout.ts, timeline-text.ts)
// on small hand-made tracks: one shared axis, marks never on top of each other, imprecise dates
// shown as such, ceasefire bars from start to end (or to the day asked about while in force).
import { describe, expect, it } from "vitest";
import type { CeasefireSummary, TrackEvent, TrackSummary } from "@/lib/mediation/mediation-queries";
import {
  COMPACT_SCALE,
  FULL_SCALE,
  assignLanes,
  fittingLabels,
  layoutTimeline,
  timelineDomain,
  uncertaintySpan,
} from "@/lib/mediation/timeline-layout";
import { ceasefireCaption, stepTitle, timelineSummary, timelineTableRows } from "@/lib/mediation/timeline-text";

const step = (id: string, occurredOn: string, extra: Partial<TrackEvent> = {}): TrackEvent => ({
  id,
  occurredOn,
  datePrecision: "DAY",
  kind: "TALKS_ROUND",
  title: `Step ${id}`,
  description: null,
  venue: null,
  round: null,
  statusAfter: "TALKS_UNDER_WAY",
  documentId: `doc-${id}`,
  documentTitle: `Report on ${id}`,
  documentUrl: null,
  quote: "words",
  quoteKind: "VERBATIM",
  ...extra,
});

const track = (id: string, events: TrackEvent[]): TrackSummary => ({
  id,
  name: `Track ${id}`,
  summary: "",
  venues: [],
  mediators: [],
  parties: [],
  status: null,
  statusSince: null,
  rounds: 0,
  lastEventOn: null,
  events,
});

const ceasefire = (id: string, startsOn: string, end: Partial<CeasefireSummary>): CeasefireSummary => ({
  id,
  name: `Ceasefire ${id}`,
  trackId: "b",
  agreedOn: startsOn,
  startsOn,
  plannedEnd: null,
  endedOn: null,
  endedHow: null,
  endNote: null,
  terms: "",
  brokers: ["Mediator"],
  heldDays: 0,
  inForce: true,
  latestReportOn: null,
  ...end,
});

const tracks = [
  track("b", [
    step("b1", "2026-01-10", { kind: "CEASEFIRE", statusAfter: "CEASEFIRE_HOLDING" }),
    step("b2", "2026-01-10", { kind: "STATEMENT", statusAfter: null }),
    step("b3", "2026-02-20", { kind: "VIOLATION", statusAfter: null }),
  ]),
  track("a", [step("a1", "2025-12-01", { datePrecision: "MONTH", kind: "OFFER", statusAfter: "OFFERED" })]),
];
const ceasefires = [
  ceasefire("open", "2026-01-10", { heldDays: 70, inForce: true, latestReportOn: "2026-03-21" }),
  ceasefire("broken", "2025-12-05", { heldDays: 20, inForce: false, endedOn: "2025-12-25", endedHow: "BROKEN" }),
];
const asOf = "2026-03-21";

describe("mediation timeline layout", () => {
  it("spans whole months, from the first step's month to the month after today while a ceasefire holds", () => {
    expect(timelineDomain(tracks, ceasefires, asOf)).toEqual({ from: "2025-12-01", to: "2026-04-01" });
    // Once every ceasefire has ended, today no longer stretches the axis.
    expect(timelineDomain(tracks, [ceasefires[1]!], asOf)).toEqual({ from: "2025-12-01", to: "2026-03-01" });
    expect(timelineDomain([], [], asOf)).toBeNull();
  });

  it("maps days onto one axis shared by rows and bars, with a tick per month", () => {
    const layout = layoutTimeline(tracks, ceasefires, asOf)!;
    expect(layout.x("2025-12-01")).toBe(FULL_SCALE.plotLeft);
    expect(layout.x("2026-04-01")).toBe(FULL_SCALE.plotRight);
    expect(layout.ticks.map((tick) => tick.iso)).toEqual(["2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01"]);
    expect(layout.ticks.map((tick) => tick.year)).toEqual(["2025", "2026", null, null]);
    const open = layout.ceasefires.find((placed) => placed.ceasefire.id === "open")!;
    const stepB1 = layout.tracks.flatMap((row) => row.steps).find((placed) => placed.step.id === "b1")!;
    expect(open.x1).toBe(stepB1.x);
    expect(open.x2).toBe(layout.x(asOf));
  });

  it("orders rows by first step, and ceasefires by start", () => {
    const layout = layoutTimeline(tracks, ceasefires, asOf)!;
    expect(layout.tracks.map((row) => row.track.id)).toEqual(["a", "b"]);
    expect(layout.ceasefires.map((placed) => placed.ceasefire.id)).toEqual(["broken", "open"]);
    expect(layout.tracks[1]!.nameY).toBeGreaterThan(layout.tracks[0]!.lineY);
    expect(layout.ceasefires[0]!.barY).toBeGreaterThan(layout.tracks[1]!.labelY);
    expect(layout.axisY).toBeGreaterThan(layout.ceasefires[1]!.barY);
  });

  it("puts two steps of the same day in two lanes, one under the other", () => {
    expect(assignLanes([10, 10, 11, 40, 41], 14)).toEqual([0, 1, 2, 0, 1]);
    const row = layoutTimeline(tracks, ceasefires, asOf)!.tracks[1]!;
    const [first, second] = row.steps;
    expect(first!.x).toBe(second!.x);
    expect(second!.y - first!.y).toBe(FULL_SCALE.laneSpacing);
  });

  it("gives a month-only date its month, centred, and a week-only date its week", () => {
    expect(uncertaintySpan({ occurredOn: "2025-12-01", datePrecision: "MONTH" })).toEqual({
      from: "2025-12-01",
      to: "2025-12-31",
    });
    expect(uncertaintySpan({ occurredOn: "2026-03-04", datePrecision: "WEEK" })).toEqual({
      from: "2026-03-01",
      to: "2026-03-07",
    });
    expect(uncertaintySpan({ occurredOn: "2026-03-04", datePrecision: "APPROXIMATE" })).toBeNull();
    const placed = layoutTimeline(tracks, ceasefires, asOf)!.tracks[0]!.steps[0]!;
    expect(placed.span).not.toBeNull();
    expect(placed.x).toBeCloseTo((placed.span!.x1 + placed.span!.x2) / 2);
  });

  it("marks on a ceasefire's bar the violations of its track while it held", () => {
    const layout = layoutTimeline(tracks, ceasefires, asOf)!;
    const open = layout.ceasefires.find((placed) => placed.ceasefire.id === "open")!;
    expect(open.violations.map((violation) => violation.step.id)).toEqual(["b3"]);
    expect(layout.ceasefires.find((placed) => placed.ceasefire.id === "broken")!.violations).toEqual([]);
  });

  it("keeps step labels that fit, drops those that would overlap, and none in the compact form", () => {
    expect(
      fittingLabels(
        [
          { x: 0, width: 30 },
          { x: 20, width: 30 },
          { x: 40, width: 30 },
          { x: 600, width: 60 },
        ],
        640,
      ),
    ).toEqual([true, false, true, false]);
    const full = layoutTimeline(tracks, ceasefires, asOf)!;
    expect(full.tracks[1]!.steps.map((placed) => placed.label)).toEqual(["Ceasefire", null, "Violation"]);
    const compact = layoutTimeline(tracks, ceasefires, asOf, true)!;
    expect(compact.scale).toBe(COMPACT_SCALE);
    expect(compact.tracks.flatMap((row) => row.steps).every((placed) => placed.label === null)).toBe(true);
    expect(compact.height).toBeLessThan(full.height);
  });
});

describe("mediation timeline words", () => {
  it("names the step's date, track, kind, title, status and source", () => {
    expect(stepTitle(tracks[1]!.events[0]!, "Track a")).toBe(
      "2025-12-01 (month only) · Track a · Offer: Step a1. Status after: Offered. Source: Report on a1",
    );
  });

  it("says how long a ceasefire held, or holds as of the latest report about it (not as of today)", () => {
    expect(ceasefireCaption({ ...ceasefires[0]!, latestReportOn: "2026-02-15" }, asOf)).toBe(
      "Ceasefire open · no end reported; in force at the latest report, 2026-02-15 (36 days)",
    );
    // Nothing after its start in the record: known to hold on its first day only.
    expect(ceasefireCaption({ ...ceasefires[0]!, latestReportOn: null }, asOf)).toBe(
      "Ceasefire open · no end reported; in force at the latest report, 2026-01-10 (0 days)",
    );
    expect(ceasefireCaption(ceasefires[1]!, asOf)).toBe("Ceasefire broken · broken 2025-12-25, held 20 days");
  });

  it("lists every step and every ceasefire in the table, in date order", () => {
    const rows = timelineTableRows(tracks, ceasefires, asOf);
    expect(rows).toHaveLength(6);
    expect(rows.map((row) => row.cells[0])).toEqual([
      "2025-12-01 (month only)",
      "2025-12-05",
      "2026-01-10",
      "2026-01-10",
      "2026-01-10",
      "2026-02-20",
    ]);
    expect(rows[1]!.cells[2]).toBe("Ceasefire: Ceasefire broken (brokered by Mediator)");
    expect(timelineSummary(tracks, ceasefires, asOf)).toContain("2 mediation tracks with 4 dated steps");
  });
});
