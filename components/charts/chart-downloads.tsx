"use client";
// "Download: SVG · PNG · CSV" under every chart. Only these buttons ship with the page: the code
// that builds the files (lib/charts/chart-export.ts) loads on the first click, and reads the
// figure from the page, so its data is not sent to the browser a second time.
import { Fragment, useState } from "react";
import type { ChartFormat } from "@/lib/charts/chart-file-text";

const FORMATS: [ChartFormat, string][] = [
  ["svg", "SVG"],
  ["png", "PNG"],
  ["csv", "CSV"],
];

export function ChartDownloads({ title, asOf }: { title: string; asOf?: string }) {
  const [message, setMessage] = useState("");
  async function download(button: HTMLButtonElement, format: ChartFormat, label: string) {
    const figure = button.closest<HTMLElement>("figure[data-chart]");
    if (!figure) return;
    try {
      const { downloadChart } = await import("@/lib/charts/chart-export");
      await downloadChart(figure, format, asOf);
      setMessage("");
    } catch {
      setMessage(`The ${label} file could not be made in this browser.`);
    }
  }
  return (
    <p className="chart-downloads">
      Download:{" "}
      {FORMATS.map(([format, label], index) => (
        <Fragment key={format}>
          {index > 0 ? <span aria-hidden="true"> · </span> : null}
          <button
            type="button"
            aria-label={`Download ${title} as ${label}`}
            onClick={(event) => download(event.currentTarget, format, label)}
          >
            {label}
          </button>
        </Fragment>
      ))}{" "}
      <span role="status">{message}</span>
    </p>
  );
}
