import Link from "next/link";
import type { SearchHit } from "@/lib/search/search-hits";
import { KIND_LABELS } from "./search-labels";
import { SearchSnippetText } from "./search-snippet";

/** One result: what kind of record, its title linked to where it stands, its date, one line of
 *  context, the excerpt, and for a claimed figure the claimant and whose words the quote is. */
export function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-hit" data-kind={hit.kind} data-id={hit.id}>
      <p className="search-hit-meta">
        <span className="badge search-kind">{KIND_LABELS[hit.kind].one}</span>
        {hit.date && <time dateTime={hit.date}>{hit.date}</time>}
      </p>
      <h3 className="search-hit-title">
        <Link href={hit.href}>{hit.title}</Link>
      </h3>
      {hit.context && <p className="muted small">{hit.context}</p>}
      {hit.claim && (
        <dl className="search-claim">
          <dt>Claimed by</dt>
          <dd>
            {hit.claim.claimant}
            {hit.claim.statedBy && ` (${hit.claim.statedBy})`}
          </dd>
          <dt>Figure</dt>
          <dd>
            <span className="figure">{hit.claim.figure}</span>
            {hit.claim.stance !== "ASSERTED" && ` (${hit.claim.stance.toLowerCase()})`}
          </dd>
          <dt>Source&apos;s words</dt>
          <dd>{hit.claim.quoteKind === "SUMMARY" ? "a summary of the report, not its words" : "verbatim quote"}</dd>
        </dl>
      )}
      {hit.snippet && <SearchSnippetText snippet={hit.snippet} />}
    </li>
  );
}
