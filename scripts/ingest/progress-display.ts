// Live progress of `npm run refresh`: one line per source, redrawn in place on a terminal, or
// printed as plain lines (state changes, and at most every few seconds per source) when piped.
import type { SourceProgress } from "../../lib/ingest/run-refresh";

const STATE_MARK: Record<SourceProgress["state"], string> = {
  running: "…",
  succeeded: "✓",
  failed: "✗",
  stopped: "■",
  skipped: "-",
  "not reached": "·",
};

export function formatProgressLine(p: SourceProgress): string {
  const c = p.counts;
  const counts = `${c.pages} page${c.pages === 1 ? "" : "s"}, fetched ${c.fetched}, new ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}`;
  const tail = p.state === "running" ? "" : ` — ${p.state}${p.error ? `: ${p.error}` : ""}`;
  return `${STATE_MARK[p.state]} ${p.slug.padEnd(22)} ${counts}${tail}`;
}

export function createProgressDisplay(out: NodeJS.WriteStream = process.stdout) {
  const lines = new Map<string, SourceProgress>();
  const lastPrinted = new Map<string, { state: string; at: number }>();
  let drawn = 0;
  let timer: NodeJS.Timeout | null = null;
  const fit = (s: string) => (out.columns ? s.slice(0, out.columns - 1) : s);

  const redraw = () => {
    timer = null;
    if (drawn > 0) out.write(`\x1b[${drawn}A`);
    for (const p of lines.values()) out.write(`\x1b[2K${fit(formatProgressLine(p))}\n`);
    drawn = lines.size;
  };

  return {
    update(p: SourceProgress) {
      lines.set(p.slug, p);
      if (out.isTTY) {
        timer ??= setTimeout(redraw, 100);
        return;
      }
      const last = lastPrinted.get(p.slug);
      const now = Date.now();
      if (!last || last.state !== p.state || now - last.at > 3000) {
        lastPrinted.set(p.slug, { state: p.state, at: now });
        out.write(`${formatProgressLine(p)}\n`);
      }
    },
    finish() {
      if (timer) clearTimeout(timer);
      if (out.isTTY) redraw();
    },
  };
}
