import { readDataset } from "../../lib/dataset/read-dataset";
import { seedDataset } from "../../lib/dataset/seed-dataset";
import { createDb } from "../../lib/db/create-client";

/** Loads the dataset files into the database at `url`; `onlyIfEmpty` skips a database with incidents. */
export async function seedUrl(url: string, opts: { onlyIfEmpty?: boolean } = {}): Promise<void> {
  const db = createDb(url, { poolMax: 2 });
  try {
    if (opts.onlyIfEmpty && (await db.incident.count()) > 0) {
      console.log("[seed] database already holds data: not loading the dataset");
      return;
    }
    const counts = await seedDataset(db, readDataset());
    const inserted = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      inserted ? `[seed] inserted ${JSON.stringify(counts)}` : "[seed] dataset already loaded: nothing inserted",
    );
  } finally {
    await db.$disconnect();
  }
}
