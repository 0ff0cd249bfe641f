import Link from "next/link";
import { NationalAttacksChart } from "@/components/counts/national-attacks-chart";
import { monthLabel } from "@/lib/counts/count-labels";
import type { NationalPicture } from "@/lib/counts/national-picture";
import { formatFigure } from "@/lib/vocabulary";

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

/** The home page's national series at a glance: the monthly chart with this record's own
 *  incidents marked apart, then the counter's latest month and each counter's annual figure side
 *  by side (never summed). The fuller picture is on /attacks. */
export function NationalGlance({
  picture,
  recordIncidents,
}: {
  picture: NationalPicture;
  recordIncidents: Record<string, number>;
}) {
  const latest = picture.latestAttacks?.latest;
  const { year, counts } = annualAttackCounts(picture);
  return (
    <section aria-labelledby="national-title" className="home-national">
      <h2 id="national-title">Militant attacks in Pakistan, as independent counters count them</h2>
      <NationalAttacksChart picture={picture} id="national-attacks" recordIncidents={recordIncidents} />
      <div className="home-national-facts">
        {latest && (
          <p>
            <strong className="big-inline" data-testid="national-latest">
              {formatFigure(latest)}
            </strong>{" "}
            “{latest.term}” in {monthLabel(latest.periodStart.slice(0, 7))}, as counted by{" "}
            <abbr title={latest.counterName}>{latest.counterShortName ?? latest.counterName}</abbr>: the latest month
            with a national count.{" "}
            <span className="muted">
              {latest.publishedOn ? `Report of ${latest.publishedOn}` : "Report date not shown"}
              {latest.documentUrl && (
                <>
                  {" · "}
                  <a href={latest.documentUrl}>source</a>
                </>
              )}
            </span>
          </p>
        )}
        {year && (
          <div>
            <p className="card-title">Attacks in {year}, by counter (never added together)</p>
            <ul className="counter-annuals">
              {counts.map(({ latest: figure, history }) => (
                <li key={figure.id}>
                  <strong>{formatFigure(figure)}</strong> “{figure.term}” —{" "}
                  {figure.counterShortName ?? figure.counterName}
                  {history.length > 1 && <span className="muted"> (revised from {formatFigure(history.at(-2)!)})</span>}
                </li>
              ))}
            </ul>
            <p className="muted">
              Each counter defines an attack its own way: <Link href="/methodology#counters">how each one counts</Link>.
            </p>
          </div>
        )}
      </div>
      <p className="muted">
        {picture.monthlyLatestReportOn
          ? `As of ${picture.counterName}'s latest report in the record, published ${picture.monthlyLatestReportOn}; later months have no ${picture.counterName} count in the record yet.`
          : "No counter's report is in the record yet."}{" "}
        <Link href="/attacks#national-title">Killed per month, regions and every counter →</Link>
      </p>
    </section>
  );
}
