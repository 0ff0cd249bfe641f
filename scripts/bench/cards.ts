// npm run bench:cards — share cards on the production build (needs `npm run build` first):
//   1. render time per card, cold (the first request for it after the server starts, so nothing
//      of it is cached yet) and warm (p50 / p95 of 30 requests, served from the card cache);
//   2. a cached card request against a static file from the same server (target ≤ 1.5), both
//      fetched alternately in a bounded loop on loopback.
// Starts `next start` on a throwaway in-memory database and stops it.
import { startBenchServer } from "./start-server";

const WARM = 30;
const RATIO_ROUNDS = 300;

const { base, stop } = await startBenchServer();

async function timed(url: string): Promise<{ ms: number; res: Response; bytes: number }> {
  const t = performance.now();
  const res = await fetch(url);
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - t, res, bytes };
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const f = (ms: number) => ms.toFixed(1).padStart(8);

try {
  // Wait until the seeded database answers (the first page request).
  for (let i = 0; i < 60 && (await fetch(`${base}/methodology`)).status !== 200; i++)
    await new Promise((r) => setTimeout(r, 500));

  const day = new Date().toISOString().slice(0, 10);
  // The data version, from a card that is not measured below.
  const version = (await fetch(`${base}/cards/attacks?from=1990-01-01&to=1990-01-01`)).headers.get("x-data-version");
  const cards = [
    ["overview", `/cards/overview?d=${day}`],
    ["attacks (all)", "/cards/attacks"],
    ["attacks (KP, 2026)", "/cards/attacks?province=PK-KP&from=2026-01-01&to=2026-12-31"],
    ["claims (episode)", "/cards/claims?scope=episode:feb-mar-2026-war"],
    ["claims (month)", "/cards/claims?scope=month:2026-03"],
    ["incident", "/cards/incidents/bajaur-vbied-security-post-2026-02"],
    ["mediation", `/cards/mediation?d=${day}`],
    ["methodology", "/cards/methodology"],
    ["counts (national series)", "/cards/counts"],
  ] as const;

  console.log(`\nShare cards (data version ${version}); ms per request, including transfer`);
  console.log(`${"card".padEnd(20)}${"cold".padStart(8)}${"warm p50".padStart(10)}${"warm p95".padStart(10)}   size`);
  for (const [name, path] of cards) {
    const url = `${base}${path}${path.includes("?") ? "&" : "?"}v=${version}`;
    const cold = await timed(url);
    if (cold.res.status !== 200) throw new Error(`${path}: ${cold.res.status}`);
    const warm: number[] = [];
    for (let i = 0; i < WARM; i++) warm.push((await timed(url)).ms);
    console.log(
      `${name.padEnd(20)}${f(cold.ms)}${f(pct(warm, 50)).padStart(10)}${f(pct(warm, 95)).padStart(10)}   ${(cold.bytes / 1024).toFixed(0)} KiB`,
    );
  }

  // A static file served by the same `next start`: the first script the overview references.
  const html = await (await fetch(`${base}/methodology`)).text();
  const asset = /(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/.exec(html)?.[1];
  if (!asset) throw new Error("no static asset found in the page");
  const card = `${base}/cards/incidents/bajaur-vbied-security-post-2026-02?v=${version}`;
  const cardMs: number[] = [],
    staticMs: number[] = [];
  for (let i = 0; i < RATIO_ROUNDS; i++) {
    cardMs.push((await timed(card)).ms);
    staticMs.push((await timed(base + asset)).ms);
  }
  const staticBytes = (await timed(base + asset)).bytes;
  const ratio = pct(cardMs, 50) / pct(staticMs, 50);
  console.log(`\nCached card vs static file, ${RATIO_ROUNDS} alternating requests each on loopback (target ≤ 1.5)`);
  console.log(
    `card   ${card.replace(base, "")}: p50 ${pct(cardMs, 50).toFixed(2)} ms, p95 ${pct(cardMs, 95).toFixed(2)} ms`,
  );
  console.log(
    `static ${asset} (${(staticBytes / 1024).toFixed(0)} KiB): p50 ${pct(staticMs, 50).toFixed(2)} ms, p95 ${pct(staticMs, 95).toFixed(2)} ms`,
  );
  console.log(`ratio (p50): ${ratio.toFixed(2)} ${ratio <= 1.5 ? "✓" : "✗ above target"}`);
} finally {
  stop();
}
