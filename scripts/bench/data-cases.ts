// The dashboard data functions every data benchmark measures (bench:data, bench:growth): one list,
// so a function added to the dashboard is measured by both.
import { compareClaims } from "../../lib/claims/claim-queries";
import { getHeadlines } from "../../lib/dashboard/headline-queries";
import type { Db } from "../../lib/db/create-client";
import * as attacks from "../../lib/incidents/attack-queries";
import { getIncident, listAttacks } from "../../lib/incidents/incident-queries";
import { listCeasefires, listMediationTracks } from "../../lib/mediation/mediation-queries";

export type DataCase = [label: string, run: (db: Db) => Promise<unknown>];

export const dataCases: DataCase[] = [
  ["attacks over time (month, by type)", (db) => attacks.countAttacksOverTime(db, {}, "month", "type")],
  [
    "attacks over time (week, by perpetrator)",
    (db) => attacks.countAttacksOverTime(db, { province: "PK-KP" }, "week", "perpetrator"),
  ],
  ["attacks by province", (db) => attacks.countAttacksByProvince(db, {})],
  [
    "attacks by district (filtered)",
    (db) => attacks.countAttacksByDistrict(db, { from: "2026-02-01", to: "2026-04-30" }),
  ],
  ["attacks by perpetrator", (db) => attacks.countAttacksByPerpetrator(db, {})],
  [
    "attacks by type / target",
    (db) => Promise.all([attacks.countAttacksByType(db, {}), attacks.countAttacksByTarget(db, {})]),
  ],
  ["incident list (page 1)", (db) => listAttacks(db, {}, { sort: "date-desc", page: 1, pageSize: 25 })],
  ["incident detail", (db) => getIncident(db, "bajaur-vbied-security-post-2026-02")],
  ["claims ledger (episode)", (db) => compareClaims(db, { kind: "episode", episodeId: "feb-mar-2026-war" })],
  ["mediation tracks", (db) => listMediationTracks(db)],
  ["ceasefires", (db) => listCeasefires(db, "2026-11-22")],
  ["headline figures", (db) => getHeadlines(db, "2026-11-22", 365)],
];

/** The p-th percentile of an ascending array (nearest rank, as bench:data has always printed). */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
