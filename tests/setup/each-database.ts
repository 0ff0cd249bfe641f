// Gives each integration test file a Prisma client per test database, closed after the file.
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "../../lib/db/create-client";

export type DbCase = { name: string; db: Db };

export function eachDatabase(): DbCase[] {
  const cases = inject("databases").map((d) => ({ name: d.name, db: createDb(d.url, { poolMax: 4 }) }));
  afterAll(async () => {
    await Promise.all(cases.map((c) => c.db.$disconnect()));
  });
  return cases;
}
