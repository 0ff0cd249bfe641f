// The admin write tests change data (publish incidents, add claims). Other integration files run at
// the same time against the shared seeded databases and count published rows, so these tests run
// on their own copies: a fresh in-memory embedded database, and a fresh database on the same
// PostgreSQL server, each migrated and seeded the production way, dropped after the file.
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import type { Viewer } from "@/lib/access/authorize";
import { createDb, type Db } from "@/lib/db/create-client";
import type { Role } from "@/lib/db/generated/client";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "../../scripts/db/prisma-cli";
import { seedUrl } from "../../scripts/db/seed-url";
import { findFreePort } from "../../scripts/support/free-port";

export type IsolatedDb = { name: string; db: Db; editor: Viewer; admin: Viewer; viewer: Viewer };

/** A new empty database beside a shared one: in-memory PGlite, or CREATE DATABASE on the same server. */
export async function createIsolatedDatabase(
  sharedUrl: string,
  embedded: boolean,
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (embedded) {
    const e = await startEmbeddedDatabase({ port: await findFreePort(), quiet: true });
    return { url: e.url, drop: e.stop };
  }
  const name = `fm_iso_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: sharedUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(sharedUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: sharedUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function makeUser(db: Db, role: Role): Promise<Viewer> {
  const email = `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const u = await db.user.create({ data: { email, name: `Test ${role.toLowerCase()}`, role } });
  return { userId: u.id, email, name: u.name, role, sessionId: `session-${u.id}` };
}

/** One isolated, seeded database per supported database kind; fill the returned objects in beforeAll. */
export function isolatedDatabases(): IsolatedDb[] {
  const shared = inject("databases");
  const cases = shared.map((d) => ({ name: d.name }) as IsolatedDb);
  const drops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    await Promise.all(
      shared.map(async (d, n) => {
        const iso = await createIsolatedDatabase(d.url, d.name.startsWith("embedded"));
        drops.push(iso.drop);
        await applyMigrations(iso.url, { quiet: true });
        await seedUrl(iso.url);
        const db = createDb(iso.url, { poolMax: 3 });
        drops.unshift(() => db.$disconnect());
        Object.assign(cases[n]!, {
          db,
          editor: await makeUser(db, "EDITOR"),
          admin: await makeUser(db, "ADMIN"),
          viewer: await makeUser(db, "VIEWER"),
        });
      }),
    );
  }, 240_000);
  afterAll(async () => {
    for (const drop of drops) await drop();
  });
  return cases;
}

/** Row counts of every table an admin write touches, to prove a rejected write left nothing. */
export async function countRows(db: Db) {
  const [
    incidents,
    citations,
    perpetrators,
    claims,
    periodCounts,
    audits,
    corrections,
    documents,
    sources,
    actors,
    places,
  ] = await Promise.all([
    db.incident.count(),
    db.incidentCitation.count(),
    db.incidentPerpetrator.count(),
    db.claim.count(),
    db.periodCount.count(),
    db.auditLog.count(),
    db.correction.count(),
    db.document.count(),
    db.source.count(),
    db.actor.count(),
    db.place.count(),
  ]);
  return {
    incidents,
    citations,
    perpetrators,
    claims,
    periodCounts,
    audits,
    corrections,
    documents,
    sources,
    actors,
    places,
  };
}
