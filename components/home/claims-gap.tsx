import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { GapChart } from "@/components/claims/gap-chart";
import type { LedgerGroup } from "@/lib/claims/claim-queries";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";
import { SIDE_SWATCHES } from "@/lib/visual/palette";

// How many of the episode's subjects the home page shows: a glance, not the ledger.
const SHOWN_SUBJECTS = 2;

const titleOf = (group: LedgerGroup) =>
  `${labelOf(SUBJECT_LABELS, group.subject)} ${labelOf(METRIC_LABELS, group.metric)}`;

/** The subjects on which more than one side has given a figure: where the sides' claims can be
 *  set side by side. Deaths first, since that is what the sides' claims are most about. */
export function gapGroups(groups: LedgerGroup[]): LedgerGroup[] {
  const contested = groups.filter(
    (group) => new Set(group.claimants.map((claimant) => claimant.latest.claimantSide)).size > 1,
  );
  const killed = contested.filter((group) => group.metric === "KILLED");
  return [...killed, ...contested.filter((group) => group.metric !== "KILLED")].slice(0, SHOWN_SUBJECTS);
}

/** Which mark stands for which side, for the sides shown (the palette's marks, lib/visual/palette.ts). */
const markKey = (shown: LedgerGroup[]) =>
  [...new Set(shown.flatMap((group) => group.claimants.map((claimant) => claimant.latest.claimantSide)))]
    .map((side) => SIDE_SWATCHES[side] ?? SIDE_SWATCHES.INDEPENDENT!)
    .map((swatch) => `${swatch.mark}: ${swatch.label}`)
    .join(" · ");

/** The latest episode's claims gap on the home page: each claimant's latest figure on one scale
 *  per subject, side by side, never added together, each with its date; the ledger has the rest. */
export function ClaimsGap({ episode, groups }: { episode: { id: string; name: string }; groups: LedgerGroup[] }) {
  const shown = gapGroups(groups);
  return (
    <section aria-labelledby="home-gap-title" className="home-gap">
      <h2 id="home-gap-title">What each side claims: {episode.name}</h2>
      {shown.length === 0 ? (
        <p className="empty">No subject of this episode has figures from more than one side yet.</p>
      ) : (
        <ChartFigure
          id="home-claims-gap"
          title="Each claimant's latest figure, side by side"
          summary={
            shown
              .map(
                (group) =>
                  `${titleOf(group)}: ` +
                  group.claimants
                    .map(({ latest }) => `${latest.claimantName} ${formatFigure(latest)} (${latest.madeOn})`)
                    .join(", "),
              )
              .join("; ") + ". Never added together."
          }
          table={{
            columns: ["Whose losses", "Claimant", "Latest figure", "Claimed on", "Earlier figures"],
            rows: shown.flatMap((group) =>
              group.claimants.map(({ latest, history }) => [
                titleOf(group),
                latest.statedBy ? `${latest.claimantName} (${latest.statedBy})` : latest.claimantName,
                formatFigure(latest),
                latest.madeOn,
                history.length > 1 ? history.slice(0, -1).map(formatFigure).join(" → ") : "—",
              ]),
            ),
          }}
        >
          {shown.map((group) => (
            <div key={`${group.subject}/${group.metric}`} className="home-gap-subject">
              <p className="home-gap-caption">{titleOf(group)}</p>
              <GapChart group={group} title={titleOf(group)} />
            </div>
          ))}
          <p className="muted small">{markKey(shown)}</p>
        </ChartFigure>
      )}
      <p>
        <Link href="/casualties">Every claim about this episode, with revisions and sources →</Link>
      </p>
    </section>
  );
}
