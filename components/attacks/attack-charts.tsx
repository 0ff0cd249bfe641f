import { ChartFigure } from "@/components/charts/chart-figure";
import { BarList } from "@/components/charts/bar-list";
import { ColumnChart, ColumnLegend, type ColumnDatum } from "@/components/charts/column-chart";
import type { EmbedTarget } from "@/lib/embed/embed-paths";
import type { AttackOverview } from "@/lib/incidents/data";
import { fillPeriods } from "@/lib/incidents/periods";
import { categoryColour } from "@/components/visual/chart-colours";
import { INCIDENT_TYPE_LABELS, TARGET_TYPE_LABELS, labelOf } from "@/lib/vocabulary";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
const top = (rows: { label: string; count: number }[]) => (rows[0] ? `${rows[0].label} (${rows[0].count})` : "none");

type OverTimeProps = {
  overview: AttackOverview;
  granularity: "week" | "month";
  stackBy: "type" | "perpetrator";
  names: Record<string, string>;
  /** The chart's embed (/embed/attacks/…), for the view it shows. */
  embed?: EmbedTarget | null;
  id?: string;
};

/** Incidents in this record per month or week, stacked by type or perpetrator: on /attacks and,
 *  alone, in its embed (app/embed/attacks). */
export function AttacksOverTimeChart({
  overview,
  granularity,
  stackBy,
  names,
  embed,
  id = "over-time",
}: OverTimeProps) {
  const seriesKeys = [...new Set(overview.overTime.map((row) => row.key))];
  const nameOf = (key: string) =>
    stackBy === "type" ? labelOf(INCIDENT_TYPE_LABELS, key) : (names[key] ?? (key === "unknown" ? "Not named" : key));
  const series = seriesKeys.map((key, index) => ({
    key,
    name: nameOf(key),
    colour: categoryColour(index),
  }));
  const periods = fillPeriods([...new Set(overview.overTime.map((row) => row.period))], granularity);
  const rowsIn = (period: string) => overview.overTime.filter((row) => row.period === period);
  const data: ColumnDatum[] = periods.map((period) => {
    const datum: ColumnDatum = { label: granularity === "month" ? period.slice(0, 7) : period, values: {} };
    for (const row of rowsIn(period)) datum.values[row.key] = row.count;
    return datum;
  });
  const periodTotals = periods.map((period) => ({
    label: period,
    count: rowsIn(period).reduce((sum, row) => sum + row.count, 0),
  }));
  const per = granularity === "month" ? "month" : "week";
  return (
    <ChartFigure
      id={id}
      title={`Incidents in this record per ${per}, by ${stackBy === "type" ? "attack type" : "perpetrator"}`}
      summary={`${plural(overview.total, "incident")} in this record over ${plural(periods.length, per)}; busiest ${per}: ${top(periodTotals.sort((left, right) => right.count - left.count))}.`}
      table={{
        columns: [per === "month" ? "Month" : "Week of", ...series.map((line) => line.name)],
        rows: data.map((datum) => [datum.label, ...series.map((line) => datum.values[line.key] ?? 0)]),
      }}
      embed={embed}
    >
      <ColumnChart stacked data={data} series={series} />
      <ColumnLegend series={series} />
    </ChartFigure>
  );
}

export function AttackCharts({ overview, granularity, stackBy, names, embed }: Omit<OverTimeProps, "id">) {
  const provinces = overview.byProvince.map((row) => ({ label: row.label, count: row.count }));
  const districts = overview.byDistrict.map((row) => ({
    label: `${row.label}${row.exFata ? " ★" : ""}`,
    count: row.count,
    // Chart tokens, not side colours: these are districts of Pakistan, set apart by history only.
    colour: row.exFata ? "var(--chart-bar-highlight)" : "var(--chart-bar)",
  }));
  const types = overview.byType.map((row, index) => ({
    label: labelOf(INCIDENT_TYPE_LABELS, row.key),
    count: row.count,
    colour: categoryColour(index),
  }));
  const targets = overview.byTarget.map((row) => ({ label: labelOf(TARGET_TYPE_LABELS, row.key), count: row.count }));

  return (
    <div className="chart-grid">
      <AttacksOverTimeChart
        overview={overview}
        granularity={granularity}
        stackBy={stackBy}
        names={names}
        embed={embed}
      />
      <ChartFigure
        id="by-province"
        title="Incidents in this record by province"
        summary={`Most incidents: ${top(provinces)}.`}
        table={{ columns: ["Province", "Incidents"], rows: provinces.map((row) => [row.label, row.count]) }}
      >
        <BarList data={provinces} />
      </ChartFigure>
      <ChartFigure
        id="by-district"
        title="Incidents in this record by district"
        summary={`Most incidents: ${top(overview.byDistrict)}. ★ marks former tribal (ex-FATA) districts, now part of Khyber Pakhtunkhwa.`}
        table={{
          columns: ["District", "Former FATA", "Incidents"],
          rows: overview.byDistrict.map((row) => [row.label, row.exFata ? "yes" : "no", row.count]),
        }}
      >
        <BarList data={districts} />
      </ChartFigure>
      <ChartFigure
        id="by-type"
        title="Incidents in this record by type"
        summary={`Most common: ${top(types)}.`}
        table={{ columns: ["Attack type", "Incidents"], rows: types.map((row) => [row.label, row.count]) }}
      >
        <BarList data={types} />
      </ChartFigure>
      <ChartFigure
        id="by-target"
        title="Incidents in this record by target"
        summary={`Most targeted: ${top(targets)}.`}
        table={{ columns: ["Target", "Incidents"], rows: targets.map((row) => [row.label, row.count]) }}
      >
        <BarList data={targets} colour="var(--chart-bar-alt)" />
      </ChartFigure>
    </div>
  );
}
