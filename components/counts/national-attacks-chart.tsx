import { ChartFigure } from "@/components/charts/chart-figure";
import { ColumnChart, ColumnLegend, type ColumnDatum } from "@/components/charts/column-chart";
import { monthLabel } from "@/lib/counts/count-labels";
import { formatFigure } from "@/lib/vocabulary";
import type { MonthCell, NationalPicture } from "@/lib/counts/national-picture";
import { CountSourceList } from "./count-source-list";

const NO_FIGURE = "no figure found";

/** The value a month's bar and table show: the counter's latest version, or nothing (a gap). */
const valueOf = (cell: MonthCell) => (cell ? cell.latest.valueLow : null);

const asPublished = (cell: MonthCell) => {
  if (!cell) return NO_FIGURE;
  const first = cell.history[0]!;
  return cell.history.length > 1
    ? `${formatFigure(cell.latest)} (restated; first published as ${formatFigure(first)})`
    : formatFigure(cell.latest);
};

/** Militant attacks in Pakistan per month as PICSS counted them. Months without a figure are
 *  gaps in the bars and "no figure found" in the table, never zero. */
export function NationalAttacksChart({ picture, id }: { picture: NationalPicture; id: string }) {
  const counter = picture.counterName;
  const months = picture.months;
  const counted = months.filter((month) => picture.attacks[month]);
  const gaps = months.filter((month) => !picture.attacks[month]);
  const data: ColumnDatum[] = months.map((month) => ({
    label: monthLabel(month),
    values: { attacks: valueOf(picture.attacks[month]!) ?? undefined },
  }));
  const series = [{ key: "attacks", name: `Militant attacks (${counter})`, colour: "#0072B2" }];
  const busiest = [...counted].sort(
    (left, right) => valueOf(picture.attacks[right]!)! - valueOf(picture.attacks[left]!)!,
  )[0];
  const latest = picture.latestAttacks;
  const summary =
    months.length === 0
      ? "No monthly count is in the record yet."
      : // Kept short: a reader scans it, and the table below holds every month.
        `${counted.length} of ${months.length} months, ${monthLabel(months[0]!)} – ${monthLabel(months.at(-1)!)}` +
        (gaps.length ? `; none found for ${gaps.map(monthLabel).join(", ")} (a gap)` : "") +
        (busiest ? `. Most: ${monthLabel(busiest)} (${valueOf(picture.attacks[busiest]!)})` : "") +
        (latest
          ? `. Latest: ${monthLabel(latest.latest.periodStart.slice(0, 7))}, ${formatFigure(latest.latest)} (${latest.latest.publishedOn ? `report of ${latest.latest.publishedOn}` : "report date not shown"}).`
          : ".");
  return (
    <>
      <ChartFigure
        id={id}
        title={`Militant attacks in Pakistan per month, as counted by ${counter}`}
        summary={summary}
        table={{
          columns: ["Month", `Militant attacks (${counter})`, "As published", "Report published"],
          rows: months.map((month) => {
            const cell = picture.attacks[month]!;
            return [
              monthLabel(month),
              valueOf(cell) ?? "—",
              asPublished(cell),
              cell ? (cell.latest.publishedOn ?? "not shown") : "—",
            ];
          }),
        }}
      >
        <ColumnChart data={data} series={series} />
        <ColumnLegend series={series} />
      </ChartFigure>
      <CountSourceList
        summary={`Sources: the ${counted.length} monthly figures, each with its page and quote`}
        series={counted.map((month) => picture.attacks[month]!)}
      />
    </>
  );
}
