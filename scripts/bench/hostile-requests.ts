// npm run bench:hostile — what hostile request bodies cost the production server (needs a build).
// Six anonymous 100 MB POSTs in parallel to the admin JSON API, then to a server action, then a
// burst of prototype-shaped action posts; prints each burst's slowest answer, the statuses, and
// the server's peak resident memory (the whole process group: runner, next and its workers).
// Before the fix (issue 12) one such POST took 1–2 s to be refused and six pushed RSS to ~1.25 GB.
import { readFileSync } from "node:fs";
import path from "node:path";
import { groupRss, startBenchServer } from "./start-server";

const MB = 1024 * 1024;
const body = Buffer.alloc(100 * MB, 0x20);

function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, value]) => value.exportedName === name);
  if (!entry) throw new Error(`no server action named ${name} in the build`);
  return entry[0];
}

type Burst = { label: string; slowestMs: number; statuses: string; peakRssMb: number };

/** Sends `count` requests, `width` at a time, sampling the server's memory meanwhile. */
async function burst(
  label: string,
  pid: number,
  send: () => Promise<Response>,
  count: number,
  width = count,
): Promise<Burst> {
  let peak = groupRss(pid);
  const sampler = setInterval(() => {
    peak = Math.max(peak, groupRss(pid));
  }, 50);
  const timings: number[] = [];
  const statuses: string[] = [];
  let sent = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (sent < count) {
        sent += 1;
        const t0 = performance.now();
        const res = await send().catch((err: Error) => ({ status: `error ${err.message}` }) as unknown as Response);
        timings.push(performance.now() - t0);
        await res.arrayBuffer?.().catch(() => undefined);
        statuses.push(String(res.status));
      }
    }),
  );
  clearInterval(sampler);
  const counts = statuses.reduce<Record<string, number>>(
    (acc, status) => ({ ...acc, [status]: (acc[status] ?? 0) + 1 }),
    {},
  );
  return {
    label,
    slowestMs: Math.round(Math.max(...timings)),
    statuses: JSON.stringify(counts),
    peakRssMb: Math.round(peak / MB),
  };
}

const server = await startBenchServer();
try {
  const idle = Math.round(groupRss(server.pid) / MB);
  const save = actionId("saveIncidentAction");
  const results = [
    await burst(
      "6 × 100 MB anonymous POST /api/admin/incidents",
      server.pid,
      () =>
        fetch(`${server.base}/api/admin/incidents`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }),
      6,
    ),
    await burst(
      "6 × 100 MB anonymous POST to a server action",
      server.pid,
      () =>
        fetch(`${server.base}/admin/incidents/new`, {
          method: "POST",
          headers: { "next-action": save, "content-type": "text/plain;charset=UTF-8" },
          body,
        }),
      6,
    ),
    await burst(
      "200 × prototype-shaped action posts (forged cookie), 20 at a time",
      server.pid,
      () => {
        const form = new FormData();
        form.append("0", '[{},"$K1"]');
        form.append("1___proto__.province", "PK-KP");
        return fetch(`${server.base}/admin/incidents/new`, {
          method: "POST",
          headers: { "next-action": save, cookie: "better-auth.session_token=forged.sig" },
          body: form,
        });
      },
      200,
      20,
    ),
  ];
  const check = await fetch(`${server.base}/api/v1/incidents?province=PK-KP&pageSize=1`);
  console.log(`idle server RSS: ${idle} MB`);
  console.table(results);
  console.log(
    `afterwards: /api/v1/incidents?province=PK-KP answers ${check.status} (a polluted prototype made it 500)`,
  );
} finally {
  server.stop();
}
