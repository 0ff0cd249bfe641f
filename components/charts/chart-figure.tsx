import { DataTable } from "./data-table";

type Props = {
  id: string;
  title: string;
  summary: string;
  children: React.ReactNode;
  table: { columns: string[]; rows: (string | number)[][] };
};

/** A chart with its text summary and its data table. The chart itself is hidden from assistive
 *  technology (it repeats the table), and the table is one click away for everyone. */
export function ChartFigure({ id, title, summary, children, table }: Props) {
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
    </figure>
  );
}
