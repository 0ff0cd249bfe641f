// What a chart's download buttons do (components/charts/chart-downloads.tsx), loaded on the first
// click: the figure is read from the page as it stands, so nothing is sent to the browser twice.
import { chartFileName, type ChartFormat } from "./chart-file-text";
import { chartSvgFile, pngOf } from "./chart-image";
import { tableCsv, tableRowsOf } from "./table-csv";

/** How current the figure's data is: the server's word (the prop), else a `data-as-of` on the
 *  figure or around it, else the page's <meta name="data-as-of">; null when nobody said. */
function asOfOf(figure: HTMLElement, asOf: string | undefined): string | null {
  return (
    asOf ||
    figure.closest<HTMLElement>("[data-as-of]")?.dataset.asOf ||
    document.querySelector<HTMLMetaElement>('meta[name="data-as-of"]')?.content ||
    null
  );
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Build the figure's file in `format` and hand it to the browser as a download. */
export async function downloadChart(figure: HTMLElement, format: ChartFormat, asOf?: string): Promise<void> {
  const fileName = chartFileName(figure.dataset.chart ?? "chart", format);
  if (format === "csv") {
    const table = figure.querySelector("table");
    if (!table) throw new Error("This chart has no data table");
    save(new Blob([tableCsv(tableRowsOf(table))], { type: "text/csv;charset=utf-8" }), fileName);
    return;
  }
  const pageUrl = `${location.origin}${location.pathname}${location.search}`;
  const today = new Date().toISOString().slice(0, 10);
  const file = chartSvgFile(figure, asOfOf(figure, asOf), pageUrl, today);
  if (!file) throw new Error("This figure has no chart drawing");
  save(format === "svg" ? new Blob([file.text], { type: "image/svg+xml" }) : await pngOf(file), fileName);
}
