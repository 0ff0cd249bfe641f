// The overview's headline figures, each computed in the database from published records.
import { addDays, daysBetween } from "../dates";
import type { Db } from "../db/create-client";
import { compareClaims, type ClaimantFigure } from "../claims/claim-queries";
import { countAttacks } from "../incidents/attack-queries";
import { getRecordCoverage, type RecordCoverage } from "../incidents/coverage-queries";
import { listCeasefires, listTrackStatuses } from "../mediation/mediation-queries";

export type Headlines = {
  period: { from: string; to: string };
  /** Incidents in this record (not a national count of attacks): read with `coverage`. */
  attacks: { count: number; previousCount: number; previousPeriod: { from: string; to: string } };
  coverage: RecordCoverage;
  killedClaims: {
    episodeId: string;
    episodeName: string;
    subjects: { subject: string; claimants: ClaimantFigure[] }[];
  } | null;
  ceasefire: {
    id: string;
    name: string;
    event: "began" | "broke" | "expired" | "superseded";
    on: string;
    daysSince: number;
  } | null;
  mediation: { id: string; name: string; status: string | null; statusSince: string | null }[];
  lastRefreshAt: string | null;
};

/** The `days` days ending at `asOf` (inclusive): the period every headline figure is about. */
export const headlinePeriod = (asOf: string, days: number) => ({ from: addDays(asOf, -(days - 1)), to: asOf });

/** Headline figures for the `days` days ending at `asOf` (inclusive). */
export async function getHeadlines(db: Db, asOf: string, days: number): Promise<Headlines> {
  const { from } = headlinePeriod(asOf, days);
  const prevTo = addDays(from, -1);
  const prevFrom = addDays(prevTo, -(days - 1));
  const [count, previousCount, coverage, episode, ceasefires, tracks, lastRun] = await Promise.all([
    countAttacks(db, { from, to: asOf }),
    countAttacks(db, { from: prevFrom, to: prevTo }),
    getRecordCoverage(db),
    db.episode.findFirst({
      where: { startsOn: { lte: new Date(`${asOf}T00:00:00Z`) }, claims: { some: { published: true } } },
      orderBy: { startsOn: "desc" },
    }),
    listCeasefires(db, asOf),
    listTrackStatuses(db),
    db.refreshRun.findFirst({
      where: { finishedAt: { not: null } },
      orderBy: { finishedAt: "desc" },
      select: { finishedAt: true },
    }),
  ]);

  let killedClaims: Headlines["killedClaims"] = null;
  if (episode) {
    const ledger = await compareClaims(db, { kind: "episode", episodeId: episode.id });
    killedClaims = {
      episodeId: episode.id,
      episodeName: episode.name,
      subjects: ledger
        .filter((g) => g.metric === "KILLED")
        .map((g) => ({ subject: g.subject, claimants: g.claimants })),
    };
  }

  const latest = ceasefires.find((c) => c.startsOn <= asOf);
  let ceasefire: Headlines["ceasefire"] = null;
  if (latest) {
    const ended = latest.endedOn && latest.endedOn <= asOf;
    const event = !ended
      ? "began"
      : latest.endedHow === "BROKEN"
        ? "broke"
        : latest.endedHow === "SUPERSEDED"
          ? "superseded"
          : "expired";
    const on = ended ? latest.endedOn! : latest.startsOn;
    ceasefire = { id: latest.id, name: latest.name, event, on, daysSince: daysBetween(on, asOf) };
  }

  return {
    period: { from, to: asOf },
    attacks: { count, previousCount, previousPeriod: { from: prevFrom, to: prevTo } },
    coverage,
    killedClaims,
    ceasefire,
    mediation: tracks.map((t) => ({ id: t.id, name: t.name, status: t.status, statusSince: t.statusSince })),
    lastRefreshAt: lastRun?.finishedAt?.toISOString() ?? null,
  };
}
