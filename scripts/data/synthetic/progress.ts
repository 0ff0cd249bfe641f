// Progress bar on stderr (a line every 2 s when not a terminal) and peak RSS sampling.
import { performance } from "node:perf_hooks";

export class Progress {
  private start = performance.now();
  private last = performance.now();
  done = 0;
  peakRss = process.memoryUsage().rss;
  private timer = setInterval(() => this.sample(), 250);
  constructor(
    private total: number,
    private quiet: boolean,
  ) {
    this.timer.unref();
  }
  sample() {
    this.peakRss = Math.max(this.peakRss, process.memoryUsage().rss);
  }
  tick(n: number, phase: string, force = false) {
    this.done += n;
    const now = performance.now();
    if (this.quiet || (!force && now - this.last < (process.stderr.isTTY ? 200 : 2000))) return;
    this.last = now;
    this.sample();
    const secs = (now - this.start) / 1000;
    const rate = this.done / Math.max(secs, 1e-3);
    const frac = Math.min(1, this.done / this.total);
    const width = 30;
    const bar = "#".repeat(Math.round(frac * width)).padEnd(width, ".");
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const line =
      `[${bar}] ${(frac * 100).toFixed(1).padStart(5)}% ${this.done.toLocaleString("en")}/${this.total.toLocaleString("en")} rows ` +
      `${Math.round(rate).toLocaleString("en")} rows/s ETA ${eta.toFixed(0)} s  ${phase.padEnd(24)}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  }
  finish() {
    this.tick(0, "done", true);
    clearInterval(this.timer);
    this.sample();
    if (!this.quiet && process.stderr.isTTY) process.stderr.write("\n");
  }
}
