import { EmbedCode } from "@/components/embed/embed-code";
import type { EmbedTarget } from "@/lib/embed/embed-paths";
import { ChartDownloads } from "./chart-downloads";
import { DataTable } from "./data-table";

type Props = {
  id: string;
  title: string;
  summary: string;
  children: React.ReactNode;
  table: { columns: string[]; rows: (string | number)[][] };
  /** How current the data is (YYYY-MM-DD), burned into the downloaded SVG and PNG. Without it the
   *  files fall back to a `data-as-of` on the page, else name the download date as such. */
  asOf?: string;
  /** The chart's embed (app/embed/*), offered under the downloads; none inside an embed itself. */
  embed?: EmbedTarget | null;
};

/** A chart with its text summary and its data table. The chart itself is hidden from assistive
 *  technology (it repeats the table), and the table is one click away for everyone. Every chart
 *  can leave the page: as SVG or PNG with its title and source, and its table as CSV; one with an
 *  embed also as an <iframe> for another site. */
export function ChartFigure({ id, title, summary, children, table, asOf, embed }: Props) {
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted">{summary}</p>
      <div aria-hidden="true" className="chart-body">
        {children}
      </div>
      <details>
        <summary>Data table</summary>
        <DataTable caption={title} columns={table.columns} rows={table.rows} />
      </details>
      <ChartDownloads title={title} asOf={asOf} />
      {embed && <EmbedCode target={embed} />}
    </figure>
  );
}
