// npm run data:check — validate prisma/dataset without a database.
import { DatasetError, readDataset } from "../../lib/dataset/read-dataset";

try {
  const d = readDataset();
  const counts = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v.length]));
  console.log("dataset ok:", JSON.stringify(counts));
} catch (err) {
  console.error(err instanceof DatasetError ? err.message : err);
  process.exit(1);
}
