import { ChartFigure } from "@/components/charts/chart-figure";
import { monthLabel } from "@/lib/counts/count-labels";
import { nationalEmbed, type EmbedTarget } from "@/lib/embed/embed-paths";
import { monthsBetween, type MonthCell, type NationalPicture } from "@/lib/counts/national-picture";
import { formatFigure } from "@/lib/vocabulary";
import { COUNTER_SWATCHES, cssColour } from "@/lib/visual/palette";
import { CountSourceList } from "./count-source-list";

// Drawn on the server as SVG, no JavaScript. The counter's monthly figures are bars on their own
// axis; the record's own incidents, when given, are dots in a row of their own under the month
// labels, sized on their own small scale and numbered: a count of this record, never read off (or
// added to) the counter's axis.
const NO_FIGURE = "no figure found";
// Narrower in the home page's column (its text then reads at a phone's width too), as wide as
// before on /attacks, where the chart has the page's whole width.
const WIDTH_WITH_RECORD = 460;
const WIDTH_WITHOUT_RECORD = 640;
const LEFT = 30;
const RIGHT = 6;
const PLOT_TOP = 8;
const PLOT_BOTTOM = 124;
const LABEL_Y = 142;
const RECORD_CAPTION_Y = 161;
const RECORD_MARK_Y = 179;
const HEIGHT_WITHOUT_RECORD = 150;
const HEIGHT_WITH_RECORD = 194;
const RECORD_LABEL = "Incidents in this record (not a national count)";

const BAR = { fill: cssColour(COUNTER_SWATCHES.picss!) };
const INK = { fill: "var(--chart-ink, #1b1f24)" };
const MUTED_INK = { fill: "var(--chart-ink-muted, #57606a)" };
const GRID = { stroke: "var(--chart-grid, #d0d7de)" };
const AXIS = { stroke: "var(--chart-axis, #57606a)" };

/** The record's incidents per month ("YYYY-MM" → count) from getAttackOverview's overTime rows,
 *  which come split by type: the types of one month are distinct incidents, so they add up. */
export function incidentsPerMonth(rows: { period: string; count: number }[]): Record<string, number> {
  const perMonth: Record<string, number> = {};
  for (const row of rows) perMonth[row.period.slice(0, 7)] = (perMonth[row.period.slice(0, 7)] ?? 0) + row.count;
  return perMonth;
}

/** The value a month's bar and table show: the counter's latest version, or nothing (a gap). */
const valueOf = (cell: MonthCell | undefined) => (cell ? cell.latest.valueLow : null);

const asPublished = (cell: MonthCell | undefined, afterCounter: boolean) => {
  if (!cell) return afterCounter ? "no report in the record yet" : NO_FIGURE;
  const first = cell.history[0]!;
  return cell.history.length > 1
    ? `${formatFigure(cell.latest)} (restated; first published as ${formatFigure(first)})`
    : formatFigure(cell.latest);
};

/** Four readable steps (1, 2, 2.5 or 5 times a power of ten) from zero to at least `max`. */
function axisTicks(max: number) {
  const quarter = Math.max(1, max) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(quarter));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= quarter)!;
  return [0, 1, 2, 3, 4].map((index) => Math.max(1, Math.round(step)) * index);
}

function recordSummary(months: string[], record: Record<string, number>) {
  const withIncidents = months.filter((month) => (record[month] ?? 0) > 0);
  if (withIncidents.length === 0) return ` ${RECORD_LABEL}: none in these months.`;
  const total = withIncidents.reduce((sum, month) => sum + record[month]!, 0);
  const busiest = [...withIncidents].sort((left, right) => record[right]! - record[left]!)[0]!;
  return (
    ` Dots under the month labels: ${RECORD_LABEL.toLowerCase()}, ${total} in ${withIncidents.length} of ${months.length} months` +
    `, most in ${monthLabel(busiest)} (${record[busiest]}).`
  );
}

function AttacksSvg({
  months,
  picture,
  record,
}: {
  months: string[];
  picture: NationalPicture;
  record?: Record<string, number>;
}) {
  const ticks = axisTicks(Math.max(1, ...months.map((month) => valueOf(picture.attacks[month]) ?? 0)));
  const top = ticks.at(-1)!;
  const width = record ? WIDTH_WITH_RECORD : WIDTH_WITHOUT_RECORD;
  const slot = (width - LEFT - RIGHT) / Math.max(1, months.length);
  const centreOf = (index: number) => LEFT + (index + 0.5) * slot;
  const y = (value: number) => PLOT_BOTTOM - (value / top) * (PLOT_BOTTOM - PLOT_TOP);
  // Every label when they fit, else every second or third month (a phone shows 16 months as 6).
  const labelEvery = Math.ceil(72 / slot);
  const recordMax = Math.max(1, ...Object.values(record ?? {}));
  const height = record ? HEIGHT_WITH_RECORD : HEIGHT_WITHOUT_RECORD;
  return (
    <svg className="column-chart" viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="xMinYMin meet">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} style={GRID} strokeDasharray="3 3" />
          <text x={LEFT - 4} y={y(tick) + 4} fontSize="12" textAnchor="end" style={INK}>
            {tick}
          </text>
        </g>
      ))}
      <g className="column-series" data-series="attacks">
        {months.map((month, index) => {
          const value = valueOf(picture.attacks[month]);
          if (!value) return null;
          return (
            <rect
              key={month}
              x={centreOf(index) - slot * 0.35}
              y={y(value)}
              width={slot * 0.7}
              height={PLOT_BOTTOM - y(value)}
              style={BAR}
            >
              <title>{`${monthLabel(month)}, militant attacks (${picture.counterName}): ${value}`}</title>
            </rect>
          );
        })}
      </g>
      <line x1={LEFT} x2={width - RIGHT} y1={PLOT_BOTTOM} y2={PLOT_BOTTOM} style={AXIS} />
      {months.map((month, index) =>
        index % labelEvery === 0 ? (
          // A label that would run past the right edge ends at the edge instead of centring.
          <text
            key={month}
            x={centreOf(index) + 28 > width - RIGHT ? width - RIGHT : centreOf(index)}
            y={LABEL_Y}
            fontSize="13"
            textAnchor={centreOf(index) + 28 > width - RIGHT ? "end" : "middle"}
            style={INK}
          >
            {monthLabel(month)}
          </text>
        ) : null,
      )}
      {record && (
        <g className="record-marks" data-series="record">
          <text x={LEFT} y={RECORD_CAPTION_Y} fontSize="12" style={MUTED_INK}>
            {`${RECORD_LABEL}:`}
          </text>
          <line x1={LEFT} x2={width - RIGHT} y1={RECORD_MARK_Y} y2={RECORD_MARK_Y} style={GRID} />
          {months.map((month, index) => {
            const count = record[month] ?? 0;
            if (count === 0) return null;
            // Area for the count, on this row's own scale; the number beside it is exact.
            const radius = 2.5 + 5.5 * Math.sqrt(count / recordMax);
            return (
              <g key={month} data-month={month}>
                <circle cx={centreOf(index)} cy={RECORD_MARK_Y} r={radius} style={INK}>
                  <title>{`${monthLabel(month)}: ${count} incident${count === 1 ? "" : "s"} in this record (not a national count)`}</title>
                </circle>
                <text x={centreOf(index) + radius + 2} y={RECORD_MARK_Y + 4.5} fontSize="13" style={INK}>
                  {count}
                </text>
              </g>
            );
          })}
        </g>
      )}
    </svg>
  );
}

/** Militant attacks in Pakistan per month as PICSS counted them. Months without a figure are
 *  gaps in the bars and "no figure found" in the table, never zero. With `recordIncidents` (the
 *  home page), the record's own incidents per month are marked apart, in their own row and column.
 *  Offers the national embed (/embed/national) wherever it is drawn, except inside it (`embed={null}`). */
export function NationalAttacksChart({
  picture,
  id,
  recordIncidents,
  embed = nationalEmbed(),
}: {
  picture: NationalPicture;
  id: string;
  recordIncidents?: Record<string, number>;
  embed?: EmbedTarget | null;
}) {
  const counter = picture.counterName;
  const counterMonths = picture.months;
  // With the record's months too, so that its latest incidents show beside the counter's gap.
  const recordMonths = Object.keys(recordIncidents ?? {}).sort();
  const bounds = [...counterMonths, ...recordMonths].sort();
  const months = bounds.length ? monthsBetween(bounds[0]!, bounds.at(-1)!) : [];
  const lastCounterMonth = counterMonths.at(-1) ?? "";
  const counted = counterMonths.filter((month) => picture.attacks[month]);
  const gaps = counterMonths.filter((month) => !picture.attacks[month]);
  const busiest = [...counted].sort(
    (left, right) => valueOf(picture.attacks[right])! - valueOf(picture.attacks[left])!,
  )[0];
  const latest = picture.latestAttacks;
  const summary =
    counterMonths.length === 0
      ? "No monthly count is in the record yet."
      : // Kept short: a reader scans it, and the table below holds every month.
        `${counted.length} of ${counterMonths.length} months, ${monthLabel(counterMonths[0]!)} – ${monthLabel(lastCounterMonth)}` +
        (gaps.length ? `; none found for ${gaps.map(monthLabel).join(", ")} (a gap)` : "") +
        (busiest ? `. Most: ${monthLabel(busiest)} (${valueOf(picture.attacks[busiest])})` : "") +
        (latest
          ? `. Latest: ${monthLabel(latest.latest.periodStart.slice(0, 7))}, ${formatFigure(latest.latest)} (${latest.latest.publishedOn ? `report of ${latest.latest.publishedOn}` : "report date not shown"}).`
          : ".") +
        (recordIncidents ? recordSummary(months, recordIncidents) : "");
  const columns = ["Month", `Militant attacks (${counter})`, "As published", "Report published"];
  return (
    <>
      <ChartFigure
        id={id}
        title={`Militant attacks in Pakistan per month, as counted by ${counter}`}
        summary={summary}
        embed={embed}
        table={{
          columns: recordIncidents ? [...columns, RECORD_LABEL] : columns,
          rows: months.map((month) => {
            const cell = picture.attacks[month];
            const row = [
              monthLabel(month),
              valueOf(cell) ?? "—",
              asPublished(cell, month > lastCounterMonth),
              cell ? (cell.latest.publishedOn ?? "not shown") : "—",
            ];
            return recordIncidents ? [...row, recordIncidents[month] ?? 0] : row;
          }),
        }}
      >
        <AttacksSvg months={months} picture={picture} record={recordIncidents} />
        <ul className="column-legend">
          <li>
            <span className="swatch" style={{ background: BAR.fill }} aria-hidden="true" /> Militant attacks ({counter})
          </li>
          {recordIncidents && (
            <li>
              <span className="swatch" style={{ background: INK.fill, borderRadius: "50%" }} aria-hidden="true" />{" "}
              {RECORD_LABEL}
            </li>
          )}
        </ul>
      </ChartFigure>
      <CountSourceList
        summary={`Sources: the ${counted.length} monthly figures, each with its page and quote`}
        series={counted.map((month) => picture.attacks[month]!)}
      />
    </>
  );
}
