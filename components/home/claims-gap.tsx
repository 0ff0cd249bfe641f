import Link from "next/link";
import { GapFigure } from "@/components/claims/gap-figure";
import type { LedgerGroup } from "@/lib/claims/claim-queries";
import { casualtiesEmbed } from "@/lib/embed/embed-paths";

// How many of the episode's subjects the home page shows: a glance, not the ledger.
const SHOWN_SUBJECTS = 2;

/** The subjects on which more than one side has given a figure: where the sides' claims can be
 *  set side by side. Deaths first, since that is what the sides' claims are most about. */
export function gapGroups(groups: LedgerGroup[]): LedgerGroup[] {
  const contested = groups.filter(
    (group) => new Set(group.claimants.map((claimant) => claimant.latest.claimantSide)).size > 1,
  );
  const killed = contested.filter((group) => group.metric === "KILLED");
  return [...killed, ...contested.filter((group) => group.metric !== "KILLED")].slice(0, SHOWN_SUBJECTS);
}

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
        <GapFigure
          id="home-claims-gap"
          title="Each claimant's latest figure, side by side"
          groups={shown}
          embed={casualtiesEmbed(`episode:${episode.id}`, episode.name)}
        />
      )}
      <p>
        <Link href="/casualties">Every claim about this episode, with revisions and sources →</Link>
      </p>
    </section>
  );
}
