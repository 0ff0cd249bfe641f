// Every public table of the record, in the order a release lists them, built from one consistent
// snapshot: the tables are read inside a single read-only REPEATABLE READ transaction, so a write
// landing halfway through a cut cannot leave a claim in claims.csv whose document is missing from
// documents.csv. Documents, publishers and actors come after the tables that point at them.
import type { Db } from "../db/create-client";
import { Prisma } from "../db/generated/client";
import { CEASEFIRE_CITATIONS, CLAIM_CITATIONS, INCIDENT_CITATIONS } from "./citation-tables";
import {
  CEASEFIRE_BROKERS,
  CEASEFIRES,
  MEDIATION_EVENTS,
  MEDIATION_TRACK_ACTORS,
  MEDIATION_TRACKS,
  STATEMENTS,
} from "./mediation-tables";
import { CLAIMS, INCIDENT_PERPETRATORS, INCIDENT_PLACES, INCIDENTS, PERIOD_COUNTS } from "./record-tables";
import { ACTORS, DOCUMENTS, EPISODES, PLACES, SOURCES } from "./reference-tables";
import { buildTable, type BuiltTable, type ReadContext, type TableSpec } from "./table-spec";

/** A table ready to be built, whatever its row type. */
export type ReleaseTable = { name: string; build: (ctx: ReadContext) => Promise<BuiltTable> };
const table = <T>(spec: TableSpec<T>): ReleaseTable => ({ name: spec.name, build: (ctx) => buildTable(spec, ctx) });

export const RELEASE_TABLES: ReleaseTable[] = [
  table(INCIDENTS),
  table(INCIDENT_PERPETRATORS),
  table(INCIDENT_CITATIONS),
  table(INCIDENT_PLACES),
  table(CLAIMS),
  table(CLAIM_CITATIONS),
  table(PERIOD_COUNTS),
  table(EPISODES),
  table(MEDIATION_TRACKS),
  table(MEDIATION_TRACK_ACTORS),
  table(MEDIATION_EVENTS),
  table(CEASEFIRES),
  table(CEASEFIRE_BROKERS),
  table(CEASEFIRE_CITATIONS),
  table(STATEMENTS),
  table(DOCUMENTS),
  table(SOURCES),
  table(ACTORS),
  table(PLACES),
];

export const fileNameOf = (table: { name: string }) => `${table.name}.csv`;

/** The release's tables, as CSV with their schemas, from one snapshot of the published record. */
export async function buildReleaseTables(db: Db, siteUrl: string): Promise<BuiltTable[]> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      const ctx: ReadContext = { tx, refs: new Map(), siteUrl };
      const built: BuiltTable[] = [];
      for (const releaseTable of RELEASE_TABLES) built.push(await releaseTable.build(ctx));
      return built;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 120_000, maxWait: 30_000 },
  );
}
