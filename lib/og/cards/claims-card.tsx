import { getClaimsLedger } from "../../claims/data";
import type { ClaimScope } from "../../claims/scope";
import { describeScope, groupLabel, latestFigures, rankGroups, sideBySide } from "../../share/claim-scope-text";
import { ClaimRow, Frame, Muted } from "../layout";
import type { CardContext } from "./context";

const ROWS = 2;
const PER_ROW = 3;

/** A casualties scope: each claimant's latest figure side by side per subject; null if unknown. */
export async function claimsCard(
  { scope, subject }: { scope: ClaimScope; subject?: string },
  { fit, updated }: CardContext,
) {
  const [name, ledger] = await Promise.all([describeScope(scope), getClaimsLedger(scope)]);
  if (name === null) return null;
  const groups = rankGroups(ledger.filter((g) => !subject || g.subject === subject));
  const shown = groups.slice(0, ROWS);
  return (
    <Frame fit={fit} kicker="Casualty claims, side by side, never summed" title={name} updated={updated}>
      {shown.length === 0 ? (
        <Muted size={30}>No casualty claims are recorded for this scope.</Muted>
      ) : (
        shown.map((g) => {
          const figures = sideBySide(latestFigures(g.claimants));
          const extra = figures.length - PER_ROW;
          return (
            <ClaimRow
              key={`${g.subject}/${g.metric}`}
              fit={fit}
              label={`${groupLabel(g)}${extra > 0 ? ` (+${extra} more claimant${extra === 1 ? "" : "s"} on the page)` : ""}`}
              figures={figures.slice(0, PER_ROW)}
            />
          );
        })
      )}
      {groups.length > ROWS && (
        <Muted size={22}>{`+${groups.length - ROWS} more rows in the ledger, each with its sources`}</Muted>
      )}
    </Frame>
  );
}
