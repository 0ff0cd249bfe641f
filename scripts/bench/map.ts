// npm run bench:map — the map's cost on the server: geometry build (once per process), render of
// the attacks map to HTML (p50/p95 over 50 renders), and the bytes it adds to a page (raw, gzip).
// The map ships no map library to the browser: its only client code is the tooltip component.
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ChoroplethMap } from "../../components/maps/choropleth-map";
import { gazetteer } from "../../lib/geo/gazetteer";
import { getMapGeometry } from "../../lib/geo/map-geometry";

const t0 = performance.now();
getMapGeometry("districts-PAK");
const tPak = performance.now() - t0;
const t1 = performance.now();
getMapGeometry("provinces-AFG");
const tAfg = performance.now() - t1;

// Every Pakistani district shaded: the largest the map gets.
const values = Object.fromEntries(
  gazetteer.districts
    .filter((d) => d.country === "PAK")
    .map((d, i) => [d.id, { count: (i % 40) + 1, detail: "named: Tehreek-e-Taliban Pakistan" }]),
);
const render = (view: "districts-PAK" | "provinces-AFG") =>
  renderToStaticMarkup(
    createElement(ChoroplethMap, {
      id: "bench",
      view,
      title: "bench",
      unitNoun: "attack",
      values,
      hrefFor: (id: string) => `/attacks?district=${id}`,
    }),
  );
const times: number[] = [];
let html = "";
for (let i = 0; i < 50; i++) {
  const s = performance.now();
  html = render("districts-PAK");
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const afg = render("provinces-AFG");
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `geometry (first use): districts of Pakistan ${tPak.toFixed(0)} ms, provinces of Afghanistan ${tAfg.toFixed(0)} ms`,
);
console.log(`render attacks map: p50 ${times[25]!.toFixed(1)} ms, p95 ${times[47]!.toFixed(1)} ms`);
console.log(
  `attacks map markup: ${kib(Buffer.byteLength(html))} raw, ${kib(gzipSync(html, { level: 9 }).length)} gzip`,
);
console.log(`strikes map markup: ${kib(Buffer.byteLength(afg))} raw, ${kib(gzipSync(afg, { level: 9 }).length)} gzip`);
console.log(
  "note: a server component's markup also travels once more in the page's RSC payload (see bench:dashboard HTML sizes).",
);
