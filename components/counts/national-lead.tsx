import Link from "next/link";
import { monthLabel } from "@/lib/counts/count-labels";
import { formatFigure } from "@/lib/vocabulary";
import type { NationalPicture } from "@/lib/counts/national-picture";
import { NationalAttacksChart } from "./national-attacks-chart";

/** The latest year each independent counter gave an annual attack count for, side by side. */
export const annualAttackCounts = (picture: NationalPicture) => {
  const annual = picture.longerPeriods.filter(
    (entry) => entry.latest.periodKind === "YEAR" && entry.latest.metric === "ATTACKS",
  );
  const year = annual
    .map((entry) => entry.latest.periodStart.slice(0, 4))
    .sort()
    .at(-1);
  return { year, counts: annual.filter((entry) => entry.latest.periodStart.startsWith(year ?? "none")) };
};

/** The home page's lead: attacks in Pakistan as independent counters count them, each counter's
 *  figure in its own words, with the date of the report it stands on. */
export function NationalLead({ picture }: { picture: NationalPicture }) {
  const latest = picture.latestAttacks?.latest;
  const { year, counts } = annualAttackCounts(picture);
  return (
    <section aria-labelledby="national-title" className="national-lead">
      <h2 id="national-title">Militant attacks in Pakistan, as independent counters count them</h2>
      <div className="cards">
        {latest && (
          <div className="card">
            <p className="big" data-testid="national-latest">
              {formatFigure(latest)}
            </p>
            <p>
              “{latest.term}” in {monthLabel(latest.periodStart.slice(0, 7))}, as counted by{" "}
              <abbr title={latest.counterName}>{latest.counterShortName ?? latest.counterName}</abbr>: the latest month
              with a national count.
            </p>
            <p className="muted">
              {latest.publishedOn ? `Report of ${latest.publishedOn}` : "Report date not shown"}
              {latest.documentUrl && (
                <>
                  {" · "}
                  <a href={latest.documentUrl}>source</a>
                </>
              )}
            </p>
          </div>
        )}
        {year && (
          <div className="card">
            <p className="card-title">Attacks in {year}, by counter (never added together)</p>
            <ul className="counter-annuals">
              {counts.map(({ latest: figure, history }) => (
                <li key={figure.id}>
                  <strong className="big-inline">{formatFigure(figure)}</strong> “{figure.term}” —{" "}
                  {figure.counterShortName ?? figure.counterName}
                  {history.length > 1 && <span className="muted"> (revised from {formatFigure(history.at(-2)!)})</span>}
                </li>
              ))}
            </ul>
            <p className="muted">
              The counters define an attack differently: <Link href="/methodology#counters">how each one counts</Link>.
            </p>
          </div>
        )}
      </div>
      <NationalAttacksChart picture={picture} id="national-attacks" />
      <p className="muted">
        {picture.monthlyLatestReportOn
          ? `As of ${picture.counterName}'s latest report in the record, published ${picture.monthlyLatestReportOn}; later months have no ${picture.counterName} count in the record yet.`
          : "No counter's report is in the record yet."}{" "}
        <Link href="/attacks#national-title">Killed per month, regions and every counter →</Link>
      </p>
    </section>
  );
}
