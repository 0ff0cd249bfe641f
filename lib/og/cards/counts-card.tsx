import type { CountFigure } from "../../counts/count-queries";
import { getNationalPicture } from "../../counts/data";
import type { NationalPicture } from "../../counts/national-picture";
import { monthName } from "../../share/national-figures-text";
import { formatFigure } from "../../vocabulary";
import { Frame, INNER, Muted } from "../layout";
import type { CardContext } from "./context";

// The national series as one counter published it: PICSS's monthly count of militant attacks in
// Pakistan, one bar per month. A month without a count found is a gap, drawn as a gap and named
// under the chart, never as a zero bar; each bar carries its figure with its qualifier (≥ for "at
// least"), and a restated month shows its latest version, with the restatement said in words.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const short = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const INK = "#1b1b1b",
  MUTED = "#5a5a5a",
  RULE = "#d9d6cf",
  BAR = "#0072B2";
const BAR_MAX = 120;
const SIGN: Record<string, string> = { AT_LEAST: "≥", MORE_THAN: ">", UP_TO: "≤", ABOUT: "~" };

/** The figure on a bar, qualifier kept in one sign: "≥74", "4–7", "87". */
export const barLabel = (f: Pick<CountFigure, "valueLow" | "valueHigh" | "qualifier">) =>
  f.qualifier === "RANGE" || f.qualifier === "NONE" ? formatFigure(f) : `${SIGN[f.qualifier] ?? ""}${f.valueLow}`;

export async function countsCard(_args: object, { fit, updated }: CardContext) {
  return countsCardView(await getNationalPicture(), { fit, updated });
}

export function countsCardView(picture: NationalPicture, { fit, updated }: CardContext) {
  const months = picture.months;
  const cells = months.map((month) => ({ month, series: picture.attacks[month] ?? null }));
  const shown = cells.filter((c) => c.series);
  const max = Math.max(1, ...shown.map((c) => c.series!.latest.valueHigh));
  const gaps = cells.filter((c) => !c.series).map((c) => short(c.month));
  const restated = shown.filter((c) => c.series!.history.length > 1);
  const latest = picture.latestAttacks?.latest;
  const latestReport = shown
    .map((c) => c.series!.latest.publishedOn)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const signs = [...new Set(shown.map((c) => c.series!.latest.qualifier).filter((q) => SIGN[q]))];
  const slot = Math.floor(INNER / Math.max(1, months.length));
  const notes = [
    latest &&
      `Latest: ${monthName(latest.periodStart.slice(0, 7))}, ${formatFigure(latest)} ${latest.term}${latestReport ? `; latest report ${latestReport}` : ""}.`,
    gaps.length > 0 && `No count found for ${gaps.join(", ")}: a gap, not zero.`,
    restated.length > 0 &&
      `Restated by the counter (latest version shown): ${restated
        .map((c) => `${short(c.month)} ${c.series!.history.map((f) => f.valueLow).join(", then ")}`)
        .join("; ")}.`,
    signs.includes("AT_LEAST") && "≥ = at least.",
  ].filter((n): n is string => Boolean(n));
  return (
    <Frame
      fit={fit}
      kicker={`National count · ${picture.counterName}`}
      title={`Militant attacks in Pakistan per month, as counted by ${shortName(picture)}`}
      updated={updated}
    >
      {shown.length === 0 ? (
        <Muted size={30}>{`No monthly count of attacks by ${shortName(picture)} is in the record yet.`}</Muted>
      ) : (
        <div style={{ display: "flex", flexDirection: "column", width: INNER }}>
          <div style={{ display: "flex", alignItems: "flex-end", borderBottom: `2px solid ${RULE}` }}>
            {cells.map(({ month, series }) => (
              <div
                key={month}
                style={{
                  display: "flex",
                  flexDirection: "column",
                  alignItems: "center",
                  justifyContent: "flex-end",
                  width: slot,
                  height: BAR_MAX + 30,
                }}
              >
                {series ? (
                  <div style={{ display: "flex", flexDirection: "column", alignItems: "center" }}>
                    <div style={{ display: "flex", fontSize: 20, fontWeight: 700, color: INK }}>
                      {barLabel(series.latest)}
                    </div>
                    <div
                      style={{
                        display: "flex",
                        width: Math.round(slot * 0.62),
                        height: Math.max(2, Math.round((series.latest.valueLow / max) * BAR_MAX)),
                        background: BAR,
                        marginTop: 4,
                      }}
                    />
                  </div>
                ) : (
                  // A gap: no bar, no zero; the words say why the slot is empty.
                  <div
                    style={{
                      display: "flex",
                      flexDirection: "column",
                      alignItems: "center",
                      fontSize: 15,
                      color: MUTED,
                      marginBottom: 6,
                    }}
                  >
                    <span>no count</span>
                    <span>found</span>
                  </div>
                )}
              </div>
            ))}
          </div>
          <div style={{ display: "flex" }}>
            {cells.map(({ month }, i) => (
              <div
                key={month}
                style={{
                  display: "flex",
                  flexDirection: "column",
                  alignItems: "center",
                  width: slot,
                  fontSize: 17,
                  color: MUTED,
                  marginTop: 4,
                }}
              >
                <span>{MONTHS[Number(month.slice(5, 7)) - 1]}</span>
                <span>{i === 0 || month.endsWith("-01") ? month.slice(0, 4) : " "}</span>
              </div>
            ))}
          </div>
        </div>
      )}
      <div style={{ display: "flex", flexDirection: "column", marginTop: 8, width: INNER }}>
        <Muted size={20}>{fit(notes.join(" "), INNER, 20, 2)}</Muted>
        <Muted size={20}>
          {fit(`Source: ${shortName(picture)} monthly security assessments, as reported in the press.`, INNER, 20)}
        </Muted>
      </div>
    </Frame>
  );
}

const shortName = (picture: NationalPicture) => {
  const any = Object.values(picture.attacks).find(Boolean);
  return any?.latest.counterShortName ?? picture.counterId.toUpperCase();
};
