// npm run data:synthetic -- --incidents N [--database-url URL] [--seed S] [--force]
// A large, realistic, deterministic synthetic record for benchmarks, in a SEPARATE database: the
// migrations are applied and the sourced dataset loaded first (places, actors, sources, documents,
// episodes, tracks), then N incidents with their perpetrators, citations, claims (with revision
// chains) and mediation events are streamed in with COPY FROM STDIN. Every synthetic row has an id
// starting with `syn-` (incidents also carry externalSource='synthetic'); a rerun replaces them.
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { loadSynthetic } from "./synthetic/load";

export { loadSynthetic, type SyntheticResult } from "./synthetic/load";

// ───────────────────────────── CLI ─────────────────────────────

const argsSchema = z.object({
  incidents: z.coerce
    .number({ error: "--incidents must be a number" })
    .int("--incidents must be a whole number")
    .min(1, "--incidents must be at least 1")
    .max(5_000_000, "--incidents must be at most 5,000,000"),
  databaseUrl: z
    .string({ error: "give the target database with --database-url URL or SYNTHETIC_DATABASE_URL" })
    .regex(/^postgres(ql)?:\/\//, "--database-url must be a postgresql:// URL"),
  seed: z.coerce
    .number({ error: "--seed must be a number" })
    .int("--seed must be a whole number")
    .min(0)
    .max(2 ** 31 - 1)
    .default(1),
  force: z.boolean().default(false),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, unknown> = { databaseUrl: process.env.SYNTHETIC_DATABASE_URL || undefined };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    const [flag, inline] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    const value = () => inline ?? argv[++k];
    if (flag === "--incidents") raw.incidents = value();
    else if (flag === "--database-url") raw.databaseUrl = value();
    else if (flag === "--seed") raw.seed = value();
    else if (flag === "--force") raw.force = true;
    else if (flag === "--help" || flag === "-h") {
      console.log(
        "usage: npm run data:synthetic -- --incidents N [--database-url URL | SYNTHETIC_DATABASE_URL] [--seed S] [--force]",
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a} (see --help)`);
  }
  if (raw.incidents === undefined) throw new Error("--incidents N is required");
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

/** The app's own database (DATABASE_URL, or the embedded one) holds real data: never the target by default. */
function isAppDatabase(url: string): boolean {
  const norm = (u: string) => {
    try {
      const x = new URL(u);
      return `${x.hostname}:${x.port || 5432}${x.pathname}`;
    } catch {
      return u;
    }
  };
  if (process.env.DATABASE_URL && norm(process.env.DATABASE_URL) === norm(url)) return true;
  const embeddedPort = process.env.EMBEDDED_DB_PORT || "54329";
  try {
    const x = new URL(url);
    return ["localhost", "127.0.0.1", "::1", "[::1]"].includes(x.hostname) && x.port === embeddedPort;
  } catch {
    return false;
  }
}

async function main() {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`data:synthetic: ${(e as Error).message}`);
    process.exit(2);
  }
  if (isAppDatabase(args.databaseUrl) && !args.force) {
    console.error(
      "data:synthetic: refusing to write synthetic rows into the app's database (DATABASE_URL or the embedded one). " +
        "Give a separate database, or --force if you really mean it.",
    );
    process.exit(2);
  }
  const res = await loadSynthetic(args.databaseUrl, { incidents: args.incidents, seed: args.seed });
  const total = Object.values(res.rows).reduce((a, b) => a + b, 0);
  console.log(
    `loaded ${res.incidents.toLocaleString("en")} synthetic incidents (${total.toLocaleString("en")} rows: ${JSON.stringify(res.rows)})`,
  );
  console.log(`total time ${res.seconds.toFixed(1)} s, peak RSS ${res.peakRssMb.toFixed(0)} MB`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
