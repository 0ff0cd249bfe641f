// The handlers read through this interface, not through a client, so one handler serves two
// callers: the route files pass the cached reader (lib/api/data.ts: 'use cache' wrappers tagged
// for invalidation) and the tests pass dbReader(db) for each test database. Everything between
// the query string and the Response is therefore the same code in production and under test.
import type { ClaimScope } from "../claims/scope";
import { listClaimsInScope, type LedgerClaim } from "../claims/claim-queries";
import { listPeriodCounts, type CountFigure } from "../counts/count-queries";
import type { CountFilters } from "../counts/filters";
import type { Db } from "../db/create-client";
import { getRecordCoverage, type RecordCoverage } from "../incidents/coverage-queries";
import type { AttackFilters } from "../incidents/filters";
import { getIncident, type IncidentSort } from "../incidents/incident-queries";
import {
  listCeasefires,
  listMediationTracks,
  type CeasefireSummary,
  type TrackSummary,
} from "../mediation/mediation-queries";
import {
  fetchCeasefireCitations,
  fetchIncidentPage,
  scopeTargetExists,
  type CeasefireCitationEntry,
  type IncidentPageItem,
} from "./api-queries";

export type IncidentRecord = NonNullable<Awaited<ReturnType<typeof getIncident>>>;

export interface ApiReader {
  incidentPage(
    f: AttackFilters,
    sort: IncidentSort,
    page: number,
    pageSize: number,
  ): Promise<{ items: IncidentPageItem[]; total: number }>;
  incident(id: string): Promise<IncidentRecord | null>;
  /** What the record's incident list covers: stated beside every count of its incidents. */
  coverage(): Promise<RecordCoverage>;
  scopeExists(kind: "incident" | "episode", id: string): Promise<boolean>;
  claims(scope: ClaimScope): Promise<LedgerClaim[]>;
  tracks(): Promise<TrackSummary[]>;
  ceasefires(asOf: string): Promise<CeasefireSummary[]>;
  ceasefireCitations(): Promise<CeasefireCitationEntry[]>;
  periodCounts(f: CountFilters): Promise<CountFigure[]>;
}

/** Direct, uncached reads on a given client (tests, scripts). */
export function dbReader(db: Db): ApiReader {
  return {
    incidentPage: (f, sort, page, pageSize) => fetchIncidentPage(db, f, sort, page, pageSize),
    incident: (id) => getIncident(db, id),
    coverage: () => getRecordCoverage(db),
    scopeExists: (kind, id) => scopeTargetExists(db, kind, id),
    claims: (scope) => listClaimsInScope(db, scope),
    tracks: () => listMediationTracks(db),
    ceasefires: (asOf) => listCeasefires(db, asOf),
    ceasefireCitations: () => fetchCeasefireCitations(db),
    periodCounts: (f) => listPeriodCounts(db, f),
  };
}
