// npm run bench:dashboard — the dashboard issue's targets, measured on the production build:
//   1. first-load JavaScript per route, gzip (target ≤ 170 KiB): every script a fresh browser
//      loads for the page, each gzipped at level 9 here so the figure doesn't depend on the server;
//   2. Lighthouse performance (target ≥ 90) and accessibility (target ≥ 95) on / and /attacks,
//      Lighthouse's default mobile profile with simulated throttling, in the local Chromium.
// Needs `npm run build` first. Starts `next start` on a throwaway in-memory database and stops it.
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startBenchServer } from "./start-server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const ROUTES = [
  "/",
  "/attacks",
  "/casualties",
  "/mediation",
  "/incidents/bajaur-vbied-security-post-2026-02",
  "/methodology",
];

const { base, stop } = await startBenchServer();

try {
  // First-load JS = the scripts the route's HTML itself references (script src and script
  // preloads), as Next's build output used to report it. Chunks that <Link> prefetches for other
  // routes after load are left out: they are not needed to show or use this page.
  console.log("\nFirst-load JavaScript per route (gzip -9; target ≤ 170 KiB)");
  const gz = new Map<string, number>();
  for (const route of ROUTES) {
    const html = await (await fetch(base + route)).text();
    const urls = new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]!));
    let total = 0;
    for (const u of urls) {
      if (!gz.has(u))
        gz.set(u, gzipSync(Buffer.from(await (await fetch(base + u)).arrayBuffer()), { level: 9 }).length);
      total += gz.get(u)!;
    }
    const htmlGz = gzipSync(html, { level: 9 }).length;
    console.log(
      `${route.padEnd(52)} ${(total / 1024).toFixed(1).padStart(7)} KiB in ${urls.size} scripts; HTML ${(html.length / 1024).toFixed(0)} KiB raw, ${(htmlGz / 1024).toFixed(1)} KiB gzip`,
    );
  }

  console.log("\nLighthouse (mobile, simulated throttling; targets: performance ≥ 90, accessibility ≥ 95)");
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    for (const route of ["/", "/attacks", "/mediation"]) {
      await fetch(base + route); // warm the server's cache, as a returning visitor would find it
      const result = await lighthouse(base + route, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      const c = result!.lhr.categories;
      const a = result!.lhr.audits;
      console.log(
        `${route.padEnd(10)} performance ${Math.round(c.performance!.score! * 100)}  accessibility ${Math.round(c.accessibility!.score! * 100)}  ` +
          `(FCP ${a["first-contentful-paint"]!.displayValue}, LCP ${a["largest-contentful-paint"]!.displayValue}, TBT ${a["total-blocking-time"]!.displayValue}, CLS ${a["cumulative-layout-shift"]!.displayValue})`,
      );
    }
  } finally {
    await chrome.kill();
  }
} finally {
  stop();
}
