import { ChartFigure } from "@/components/charts/chart-figure";
import { BarList } from "@/components/charts/bar-list";
import { StackedBarChart } from "@/components/charts/lazy-charts";
import type { StackedDatum } from "@/components/charts/stacked-bar-chart";
import type { AttackOverview } from "@/lib/incidents/data";
import { fillPeriods } from "@/lib/incidents/periods";
import { CATEGORY_COLOURS, INCIDENT_TYPE_LABELS, TARGET_TYPE_LABELS, labelOf } from "@/lib/vocabulary";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
const top = (rows: { label: string; count: number }[]) => rows[0] ? `${rows[0].label} (${rows[0].count})` : "none";

export function AttackCharts({ o, granularity, stackBy, names }: {
  o: AttackOverview; granularity: "week" | "month"; stackBy: "type" | "perpetrator"; names: Record<string, string>;
}) {
  const seriesKeys = [...new Set(o.overTime.map((r) => r.key))];
  const nameOf = (k: string) => stackBy === "type" ? labelOf(INCIDENT_TYPE_LABELS, k) : (names[k] ?? (k === "unknown" ? "Not named" : k));
  const series = seriesKeys.map((key, i) => ({ key, name: nameOf(key), colour: CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]! }));
  const periods = fillPeriods([...new Set(o.overTime.map((r) => r.period))], granularity);
  const data: StackedDatum[] = periods.map((p) => {
    const row: StackedDatum = { label: granularity === "month" ? p.slice(0, 7) : p };
    for (const r of o.overTime.filter((x) => x.period === p)) row[r.key] = r.count;
    return row;
  });
  const provinces = o.byProvince.map((r) => ({ label: r.label, count: r.count }));
  const districts = o.byDistrict.map((r) => ({ label: `${r.label}${r.exFata ? " ★" : ""}`, count: r.count, colour: r.exFata ? "#E69F00" : "#0072B2" }));
  const types = o.byType.map((r, i) => ({ label: labelOf(INCIDENT_TYPE_LABELS, r.key), count: r.count, colour: CATEGORY_COLOURS[i % 9] }));
  const targets = o.byTarget.map((r) => ({ label: labelOf(TARGET_TYPE_LABELS, r.key), count: r.count }));
  const per = granularity === "month" ? "month" : "week";

  return (
    <div className="chart-grid">
      <ChartFigure id="over-time" title={`Attacks per ${per}, by ${stackBy === "type" ? "attack type" : "perpetrator"}`}
        summary={`${plural(o.total, "attack")} over ${plural(periods.length, per)}; busiest ${per}: ${top(periods.map((p) => ({ label: p, count: o.overTime.filter((x) => x.period === p).reduce((n, x) => n + x.count, 0) })).sort((a, b) => b.count - a.count))}.`}
        table={{ columns: [per === "month" ? "Month" : "Week of", ...series.map((s) => s.name)], rows: data.map((d) => [d.label as string, ...series.map((s) => Number(d[s.key] ?? 0))]) }}>
        <StackedBarChart data={data} series={series} />
      </ChartFigure>
      <ChartFigure id="by-province" title="Attacks by province" summary={`Most attacks: ${top(provinces)}.`}
        table={{ columns: ["Province", "Attacks"], rows: provinces.map((r) => [r.label, r.count]) }}>
        <BarList data={provinces} />
      </ChartFigure>
      <ChartFigure id="by-district" title="Attacks by district" summary={`Most attacks: ${top(o.byDistrict)}. ★ marks former tribal (ex-FATA) districts, now part of Khyber Pakhtunkhwa.`}
        table={{ columns: ["District", "Former FATA", "Attacks"], rows: o.byDistrict.map((r) => [r.label, r.exFata ? "yes" : "no", r.count]) }}>
        <BarList data={districts} />
      </ChartFigure>
      <ChartFigure id="by-type" title="Attacks by type" summary={`Most common: ${top(types)}.`}
        table={{ columns: ["Attack type", "Attacks"], rows: types.map((r) => [r.label, r.count]) }}>
        <BarList data={types} />
      </ChartFigure>
      <ChartFigure id="by-target" title="Attacks by target" summary={`Most targeted: ${top(targets)}.`}
        table={{ columns: ["Target", "Attacks"], rows: targets.map((r) => [r.label, r.count]) }}>
        <BarList data={targets} colour="#009E73" />
      </ChartFigure>
    </div>
  );
}
