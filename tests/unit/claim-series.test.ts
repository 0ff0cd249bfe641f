// Claims over time (lib/claims/claim-series.ts) on the dataset's own claims: the inputs are read from
// prisma/dataset/claims.json, the expected series are written out by hand from that file.
import { describe, expect, it } from "vitest";
import {
  type SeriesClaim,
  type SubjectSeries,
  dayFraction,
  incidentSeriesClaims,
  seriesSummary,
  seriesTable,
  spreadLabels,
  toSubjectSeries,
  valueAxis,
  withDatedFigures,
} from "@/lib/claims/claim-series";
import { raw } from "../setup/raw-dataset";

const actors = new Map(raw.actors.map((actor) => [actor.id, actor]));
/** The dataset's claims as the ledger reads them, without a stored chain id (derived from revisesId). */
const asSeriesClaims = (rows: typeof raw.claims): SeriesClaim[] =>
  rows.map((row) => ({
    id: row.id,
    claimantId: row.claimantId,
    claimantName: actors.get(row.claimantId)!.name,
    claimantSide: actors.get(row.claimantId)!.side,
    subject: row.subject,
    metric: row.metric,
    valueLow: row.valueLow,
    valueHigh: row.valueHigh,
    qualifier: row.qualifier,
    madeOn: row.madeOn,
    revisesId: row.revisesId ?? null,
    chainId: null,
  }));

const war = toSubjectSeries(asSeriesClaims(raw.claims.filter((claim) => claim.episodeId === "feb-mar-2026-war")));
const subjectOf = (subjects: SubjectSeries[], key: string) => subjects.find((subject) => subject.key === key)!;
const pointsOf = (subject: SubjectSeries) =>
  subject.series.map((line) => ({
    claimant: line.claimantName,
    points: line.points.map((point) => [point.statedOn, point.figure, point.heldUntil]),
  }));

describe("claims over time, Feb–Mar 2026 war", () => {
  it("draws Pakistan's revision chain 133 → 228 → 415 → 481 and Kabul's own 8 → 13 as two series", () => {
    const killed = subjectOf(war, "AFGHAN_FORCES/KILLED");
    expect([killed.subjectLabel, killed.metricLabel, killed.from, killed.to]).toEqual([
      "Afghan forces",
      "killed",
      "2026-02-27",
      "2026-03-06",
    ]);
    expect(pointsOf(killed)).toEqual([
      {
        claimant: "Government of Pakistan",
        points: [
          ["2026-02-27", "at least 133", "2026-03-01"],
          ["2026-03-01", "228", "2026-03-02"],
          ["2026-03-02", "415", "2026-03-06"],
          ["2026-03-06", "481", "2026-03-06"],
        ],
      },
      {
        claimant: "Afghan Taliban authorities",
        points: [
          ["2026-02-27", "8", "2026-03-02"],
          ["2026-03-02", "13", "2026-03-06"],
        ],
      },
    ]);
    expect(killed.figureCount).toBe(6);
    expect(killed.series[0]!.points.map((point) => point.revises?.figure ?? null)).toEqual([
      null,
      "at least 133",
      "228",
      "415",
    ]);
    expect(killed.series[0]!.points[0]!.qualifier).toBe("AT_LEAST");
  });

  it("keeps both sides' 12 Pakistani soldiers killed apart: two series, never one of 24", () => {
    const killed = subjectOf(war, "PAKISTANI_FORCES/KILLED");
    expect(pointsOf(killed)).toEqual([
      {
        claimant: "Government of Pakistan",
        points: [
          ["2026-02-27", "2", "2026-03-01"],
          ["2026-03-01", "12", "2026-03-02"],
        ],
      },
      {
        claimant: "Afghan Taliban authorities",
        points: [
          ["2026-02-27", "55", "2026-03-02"],
          ["2026-03-02", "12", "2026-03-02"],
        ],
      },
    ]);
    const values = killed.series.flatMap((line) => line.points.map((point) => point.valueLow));
    expect(values).toEqual([2, 12, 55, 12]);
  });

  it("charts only subjects with two or more dated figures", () => {
    expect(
      withDatedFigures(war)
        .map((subject) => subject.key)
        .sort(),
    ).toEqual([
      "AFGHAN_FORCES/INJURED",
      "AFGHAN_FORCES/KILLED",
      "AFGHAN_FORCES/POSTS_DESTROYED",
      "PAKISTANI_FORCES/INJURED",
      "PAKISTANI_FORCES/KILLED",
    ]);
  });

  it("says the chart in words and gives its table: claimant, date, figure, what it revises", () => {
    const killed = subjectOf(war, "AFGHAN_FORCES/KILLED");
    expect(seriesSummary(killed)).toBe(
      "Government of Pakistan: at least 133 (2026-02-27), revised to 228 (2026-03-01), then 415 (2026-03-02), then 481 (2026-03-06). " +
        "Afghan Taliban authorities: 8 (2026-02-27), revised to 13 (2026-03-02). " +
        "Each line is one claimant's own figures; figures of different claimants are not added together.",
    );
    expect(seriesTable(killed)).toEqual({
      columns: ["Claimant", "Date stated", "Figure", "Revises"],
      rows: [
        ["Government of Pakistan", "2026-02-27", "at least 133", "—"],
        ["Government of Pakistan", "2026-03-01", "228", "at least 133 (2026-02-27)"],
        ["Government of Pakistan", "2026-03-02", "415", "228 (2026-03-01)"],
        ["Government of Pakistan", "2026-03-06", "481", "415 (2026-03-02)"],
        ["Afghan Taliban authorities", "2026-02-27", "8", "—"],
        ["Afghan Taliban authorities", "2026-03-02", "13", "8 (2026-02-27)"],
      ],
    });
  });

  it("a revision whose earlier figure is outside the view says so", () => {
    const [subject] = toSubjectSeries(
      asSeriesClaims(
        raw.claims.filter((claim) =>
          ["pak-afghan-forces-killed-415", "pak-afghan-forces-killed-481"].includes(claim.id),
        ),
      ),
    );
    expect(subject!.series).toHaveLength(1);
    expect(seriesTable(subject!).rows.map((row) => row[3])).toEqual([
      "an earlier figure not in this view",
      "415 (2026-03-02)",
    ]);
  });
});

describe("claims over time on an incident's page", () => {
  const incidentClaims = (incidentId: string) =>
    raw.claims
      .filter((claim) => claim.incidentId === incidentId)
      // As the incident record has them: the claimant as a relation, the date as a Date.
      .map((claim) => ({
        id: claim.id as string,
        claimantId: claim.claimantId as string,
        claimant: {
          name: actors.get(claim.claimantId)!.name as string,
          side: actors.get(claim.claimantId)!.side as string,
        },
        subject: claim.subject as string,
        metric: claim.metric as string,
        valueLow: claim.valueLow as number,
        valueHigh: claim.valueHigh as number,
        qualifier: claim.qualifier as string,
        madeOn: new Date(`${claim.madeOn}T00:00:00Z`),
        revisesId: (claim.revisesId as string | undefined) ?? null,
        chainId: null,
      }));

  it("Kabul's “at least 18” and an unnamed report's 17 on the 21–22 Feb strikes: two series, not 35", () => {
    const subjects = withDatedFigures(
      toSubjectSeries(incidentSeriesClaims(incidentClaims("pakistani-strikes-afghanistan-2026-02-21-22"))),
    );
    expect(subjects.map((subject) => subject.key)).toEqual(["PEOPLE_IN_AFGHANISTAN/KILLED"]);
    expect(pointsOf(subjects[0]!)).toEqual([
      { claimant: "Afghan Taliban authorities", points: [["2026-02-27", "at least 18", "2026-03-01"]] },
      { claimant: "Unnamed report (its source is not given)", points: [["2026-03-01", "17", "2026-03-01"]] },
    ]);
  });

  it("the North Waziristan operation: the military's 22 revised to 71", () => {
    const [subject] = toSubjectSeries(incidentSeriesClaims(incidentClaims("north-waziristan-operation-2026-04-25-26")));
    expect(pointsOf(subject!)).toEqual([
      {
        claimant: "Pakistan Armed Forces",
        points: [
          ["2026-04-25", "22", "2026-04-26"],
          ["2026-04-26", "71", "2026-04-26"],
        ],
      },
    ]);
  });

  it("a range keeps its low and high", () => {
    const [killed] = toSubjectSeries(incidentSeriesClaims(incidentClaims("asadabad-university-strike-2026-04-28")));
    const point = killed!.series[0]!.points[0]!;
    expect([point.valueLow, point.valueHigh, point.qualifier, point.figure]).toEqual([4, 7, "RANGE", "4–7"]);
  });
});

describe("chart geometry helpers", () => {
  it("rounds the value axis up to a readable top", () => {
    expect(valueAxis(481)).toEqual({ top: 500, ticks: [0, 250, 500] });
    expect(valueAxis(55)).toEqual({ top: 60, ticks: [0, 30, 60] });
    expect(valueAxis(13)).toEqual({ top: 15, ticks: [0, 15] });
    expect(valueAxis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it("places a date between the first and last date", () => {
    expect(dayFraction("2026-03-02", "2026-02-27", "2026-03-06")).toBeCloseTo(3 / 7);
    expect(dayFraction("2026-02-27", "2026-02-27", "2026-02-27")).toBe(0);
  });

  it("spreads overlapping labels apart, inside the plot when they fit", () => {
    const label = (top: number) => ({ top, height: 26 });
    expect(spreadLabels([label(50), label(50)], 2, 148)).toEqual([50, 80]);
    expect(spreadLabels([label(140), label(140)], 2, 148)).toEqual([92, 122]);
    expect(spreadLabels([label(100), label(10)], 2, 148)).toEqual([100, 10]);
  });
});
