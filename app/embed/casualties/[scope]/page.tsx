import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LedgerTable } from "@/components/claims/claims-ledger";
import { getClaimsLedger, prerenderedScopeParams } from "@/lib/claims/data";
import { readScope } from "@/lib/claims/search-params";
import { casualtiesEmbed, scopeSpec } from "@/lib/embed/embed-paths";
import { describeScope, rankGroups } from "@/lib/share/claim-scope-text";
import { EmbedFrame, embedAsOf, embedMetadata } from "../../embed-page";

// The claims ledger of one scope (episode:…, incident:…, month:YYYY-MM): each side's figures in
// columns of their own, side by side from a phone's width up (app/globals.css), never summed.
// An unknown or malformed scope answers a real 404: the scope is looked up before anything renders.
type Params = { params: Promise<{ scope: string }> };

// Rows the frame has room for: the ledger's ranking when space is short (deaths first, then rows
// where both sides speak); the full page has every row, and the embed says how many it leaves out.
const ROWS = 3;

export const unstable_paramMatching = { scope: "blocking" };
export const instant = false;

/** Every episode's ledger is prerendered, as on /casualties; others render on their first request. */
export async function generateStaticParams() {
  return prerenderedScopeParams();
}

async function readEmbedScope({ params }: Params) {
  const spec = scopeSpec((await params).scope);
  if (!spec) notFound();
  const { scope } = readScope(spec.scope, spec.scope);
  const name = await describeScope(scope);
  if (name === null) notFound();
  return { scope, name, target: casualtiesEmbed(spec.scope, name) };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  return embedMetadata((await readEmbedScope(props)).target);
}

export default async function CasualtiesEmbedPage(props: Params) {
  const { scope, name, target } = await readEmbedScope(props);
  const [groups, asOf] = await Promise.all([getClaimsLedger(scope), embedAsOf()]);
  const shown = rankGroups(groups).slice(0, ROWS);
  return (
    <EmbedFrame
      target={target}
      asOf={asOf}
      source="the claimants named beside each figure, in the documents cited on the full page"
      // A figure's link ("#claim-…") leads to its source and quote on the full page.
      linkBase={target.page}
    >
      <h1>What each side claims: {name}</h1>
      <p className="muted small">
        Every figure is one party&apos;s claim, with its qualifier and the date it was made. Figures from different
        claimants are never added together; each links to its source and quote.
      </p>
      {groups.length === 0 ? (
        <p className="empty">No casualty claims are recorded for this scope.</p>
      ) : (
        <LedgerTable groups={shown} />
      )}
      {shown.length < groups.length && (
        <p className="muted small" data-testid="embed-rows-shown">
          {`${shown.length} of ${groups.length} subjects shown: deaths first, ` +
            "then those on which both sides give figures. "}
          <a href={target.page} target="_blank" rel="noopener">
            All {groups.length} on the full page →
          </a>
        </p>
      )}
    </EmbedFrame>
  );
}
