import { ChartFigure } from "@/components/charts/chart-figure";
import { GapChart } from "@/components/claims/gap-chart";
import type { EmbedTarget } from "@/lib/embed/embed-paths";
import type { LedgerGroup } from "@/lib/claims/claim-queries";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";
import { SIDE_SWATCHES } from "@/lib/visual/palette";

// The claims gap as a chart that can leave the page: each claimant's latest figure on one scale
// per subject, side by side and never added together, with its text summary, its data table and
// its downloads (ChartFigure). The home page shows two subjects of the latest episode, /casualties
// one figure per row of the ledger.

export const gapTitle = (group: LedgerGroup) =>
  `${labelOf(SUBJECT_LABELS, group.subject)} ${labelOf(METRIC_LABELS, group.metric)}`;

/** Which mark stands for which side, for the sides shown (the palette's marks, lib/visual/palette.ts). */
const markKey = (groups: LedgerGroup[]) =>
  [...new Set(groups.flatMap((group) => group.claimants.map((claimant) => claimant.latest.claimantSide)))]
    .map((side) => SIDE_SWATCHES[side] ?? SIDE_SWATCHES.INDEPENDENT!)
    .map((swatch) => `${swatch.mark}: ${swatch.label}`)
    .join(" · ");

type Props = {
  id: string;
  title: string;
  groups: LedgerGroup[];
  /** The embed of the scope's ledger (/embed/casualties/<scope>), where the page offers it. */
  embed?: EmbedTarget | null;
};

export function GapFigure({ id, title, groups, embed }: Props) {
  return (
    <ChartFigure
      id={id}
      title={title}
      embed={embed}
      summary={
        groups
          .map(
            (group) =>
              `${gapTitle(group)}: ` +
              group.claimants
                .map(({ latest }) => `${latest.claimantName} ${formatFigure(latest)} (${latest.madeOn})`)
                .join(", "),
          )
          .join("; ") + ". Never added together."
      }
      table={{
        columns: ["Whose losses", "Claimant", "Latest figure", "Claimed on", "Earlier figures"],
        rows: groups.flatMap((group) =>
          group.claimants.map(({ latest, history }) => [
            gapTitle(group),
            latest.statedBy ? `${latest.claimantName} (${latest.statedBy})` : latest.claimantName,
            formatFigure(latest),
            latest.madeOn,
            history.length > 1 ? history.slice(0, -1).map(formatFigure).join(" → ") : "—",
          ]),
        ),
      }}
    >
      {groups.map((group) => (
        <div key={`${group.subject}/${group.metric}`} className="gap-subject">
          {groups.length > 1 && <p className="gap-caption">{gapTitle(group)}</p>}
          <GapChart group={group} title={gapTitle(group)} />
        </div>
      ))}
      <p className="muted small">{markKey(groups)}</p>
    </ChartFigure>
  );
}
