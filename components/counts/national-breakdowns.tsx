import { ChartFigure } from "@/components/charts/chart-figure";
import { ColumnChart, ColumnLegend, type ColumnDatum } from "@/components/charts/column-chart";
import { COUNT_GROUP_LABELS, COUNT_REGION_LABELS, monthLabel } from "@/lib/counts/count-labels";
import { formatFigure } from "@/lib/vocabulary";
import { KILLED_GROUPS, REGIONS, type MonthCell, type NationalPicture } from "@/lib/counts/national-picture";
import { categoryColour } from "@/components/visual/chart-colours";
import { CountDocumentList } from "./count-source-list";

const cellText = (cell: MonthCell) => (cell ? formatFigure(cell.latest) : "—");
const present = (cells: Record<string, MonthCell>) => Object.values(cells).filter((cell) => cell !== null);

/** Months that have at least one of the given series: a table of empty rows says nothing. */
const monthsWith = (picture: NationalPicture, series: Record<string, MonthCell>[]) =>
  picture.months.filter((month) => series.some((cells) => cells[month]));

function datum(month: string, series: { key: string; cells: Record<string, MonthCell> }[]): ColumnDatum {
  const values = Object.fromEntries(series.map(({ key, cells }) => [key, cells[month]?.latest.valueLow]));
  return { label: monthLabel(month), values };
}

/** Killed in militant attacks per month, by whose losses, as the counter broke them down. Bars
 *  stand side by side: a group missing in a month is a gap, and the counter's own total is its own column. */
export function NationalKilledChart({ picture }: { picture: NationalPicture }) {
  const series = KILLED_GROUPS.map((group, index) => ({
    key: group,
    name: COUNT_GROUP_LABELS[group]!,
    colour: categoryColour(index),
    cells: picture.killedInAttacks[group]!,
  }));
  const total = picture.killedInAttacks.ALL!;
  const months = monthsWith(picture, [...series.map((line) => line.cells), total, picture.combinedKilled]);
  return (
    <>
      <ChartFigure
        id="national-killed"
        title={`Killed in militant attacks per month, as counted by ${picture.counterName}`}
        summary={`${picture.counterName}'s breakdown of the people killed in militant attacks, for the ${months.length} months where the record has it. Militants killed in security operations are counted apart; the last column is ${picture.counterName}'s own combined toll of attacks and operations, not a sum.`}
        table={{
          columns: [
            "Month",
            ...series.map((line) => line.name),
            "Total killed in attacks",
            "Attacks and operations together",
          ],
          rows: months.map((month) => [
            monthLabel(month),
            ...series.map((line) => cellText(line.cells[month]!)),
            cellText(total[month]!),
            cellText(picture.combinedKilled[month]!),
          ]),
        }}
      >
        <ColumnChart data={months.map((month) => datum(month, series))} series={series} />
        <ColumnLegend series={series} />
      </ChartFigure>
      <CountDocumentList
        summary="Sources for the killed figures, by month"
        series={[
          ...series.flatMap((line) => present(line.cells)),
          ...present(total),
          ...present(picture.combinedKilled),
        ]}
      />
    </>
  );
}

/** Militant attacks per month by region where the counter gave a split, the former tribal
 *  districts (ex-FATA) apart from the rest of Khyber Pakhtunkhwa. */
export function NationalRegionsChart({ picture }: { picture: NationalPicture }) {
  const series = REGIONS.map((region, index) => ({
    key: region,
    name: COUNT_REGION_LABELS[region]!,
    colour: categoryColour(index),
    cells: picture.regionalAttacks[region]!,
  })).filter((line) => present(line.cells).length > 0);
  const months = monthsWith(
    picture,
    series.map((line) => line.cells),
  );
  if (months.length === 0) return null;
  return (
    <>
      <ChartFigure
        id="national-regions"
        title={`Militant attacks per month by region, as counted by ${picture.counterName}`}
        summary={`Regional figures exist for ${months.length} months; a dash means the counter's report (as found) gave no figure for that region. The tribal districts are the former FATA, merged into Khyber Pakhtunkhwa in 2018.`}
        table={{
          columns: ["Month", ...series.map((line) => line.name)],
          rows: months.map((month) => [monthLabel(month), ...series.map((line) => cellText(line.cells[month]!))]),
        }}
      >
        <ColumnChart data={months.map((month) => datum(month, series))} series={series} />
        <ColumnLegend series={series} />
      </ChartFigure>
      <CountDocumentList
        summary="Sources for the regional figures, by month"
        series={series.flatMap((line) => present(line.cells))}
      />
    </>
  );
}
