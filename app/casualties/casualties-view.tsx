// The /casualties page's body, for "/casualties" (the latest episode) and /casualties/<scope> (a
// scope chosen in the query string, which the proxy serves from there so that each scope is a
// cached page of its own; lib/view-paths.ts).
import { Suspense } from "react";
import { ClaimSources, ClaimsLedger } from "@/components/claims/claims-ledger";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { EmbedCode } from "@/components/embed/embed-code";
import { SectionSkeleton } from "@/components/section-skeleton";
import { getClaimScopes, getClaimsInScope, getClaimsLedger } from "@/lib/claims/data";
import { readScope, type ScopeChoice } from "@/lib/claims/search-params";
import { casualtiesEmbed } from "@/lib/embed/embed-paths";
import { describeScope } from "@/lib/share/claim-scope-text";

type Scopes = Awaited<ReturnType<typeof getClaimScopes>>;
type Selection = { scopes: Scopes; choice: ScopeChoice };

/** The scope asked for, or the latest episode (which needs the list of scopes, a cached read). */
async function readSelection(scope: string | undefined): Promise<Selection> {
  const scopes = await getClaimScopes();
  const fallback = scopes.episodes[0] ? `episode:${scopes.episodes[0].id}` : "month:2026-03";
  return { scopes, choice: readScope(scope, fallback) };
}

const downloadQuery = ({ value, scope }: ScopeChoice) =>
  value.startsWith("episode:")
    ? `episode=${value.slice(8)}`
    : value.startsWith("incident:")
      ? `incident=${value.slice(9)}`
      : scope.kind === "period"
        ? `from=${scope.from}&to=${scope.to}`
        : "";

async function ScopePicker({ selection }: { selection: Promise<Selection> }) {
  const { scopes, choice } = await selection;
  const name = await describeScope(choice.scope);
  const months = [
    ...new Set([
      ...scopes.incidents.map((incident) => incident.occurredOn.slice(0, 7)),
      ...scopes.episodes.map((episode) => episode.startsOn.slice(0, 7)),
    ]),
  ]
    .sort()
    .reverse();
  const query = downloadQuery(choice);
  return (
    <>
      <form method="get" action="/casualties" className="filters" aria-label="Choose what the claims are about">
        <label>
          Claims about
          <select name="scope" defaultValue={choice.value}>
            <optgroup label="Episodes">
              {scopes.episodes.map((episode) => (
                <option key={episode.id} value={`episode:${episode.id}`}>
                  {episode.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Months">
              {months.map((month) => (
                <option key={month} value={`month:${month}`}>
                  {month}
                </option>
              ))}
            </optgroup>
            <optgroup label="Incidents">
              {scopes.incidents.map((incident) => (
                <option key={incident.id} value={`incident:${incident.id}`}>
                  {incident.occurredOn} — {incident.title}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <div className="filter-actions">
          <button type="submit">Show</button>
        </div>
      </form>
      {choice.invalid && (
        <p role="alert" className="notice">
          {choice.invalid}; showing the latest episode instead.
        </p>
      )}
      <p className="downloads">
        Download these claims:{" "}
        <a href={`/api/v1/claims?${query}&format=csv`} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={`/api/v1/claims?${query}&format=json`} download>
          JSON
        </a>
      </p>
      {/* The ledger below, of exactly this scope, for another site (app/embed/casualties). */}
      <EmbedCode target={casualtiesEmbed(choice.value, name ?? undefined)} />
    </>
  );
}

async function Ledger({ selection }: { selection: Promise<Selection> }) {
  const { choice } = await selection;
  const groups = await getClaimsLedger(choice.scope);
  return groups.length === 0 ? (
    <p className="empty">No casualty claims are recorded for this scope.</p>
  ) : (
    <ClaimsLedger groups={groups} />
  );
}

/** The quoted source of every figure, the targets of the ledger's links (none when it is empty). */
async function Sources({ selection }: { selection: Promise<Selection> }) {
  const { choice } = await selection;
  const claims = await getClaimsInScope(choice.scope);
  return claims.length === 0 ? null : <ClaimSources claims={claims} />;
}

export function CasualtiesView({ scope }: { scope?: string }) {
  // Resolved once here, awaited inside each boundary: the sections stream independently.
  const selection = readSelection(scope);
  return (
    <>
      <h1>Casualties by side, as each side claims them</h1>
      <DatasetJsonLd
        path="/casualties"
        name="Casualty claims by claimant (Frontier Monitor)"
        description="What each party to the Pakistan–Afghanistan conflict claims about each side's losses, with independent counts, qualifiers, revisions and sources. Never summed."
      />
      <p className="muted">
        Every figure is one party&apos;s claim, shown with its qualifier, its date and its source. Figures from
        different claimants are never added together; a revised figure keeps its earlier versions.
      </p>
      <Suspense fallback={<SectionSkeleton label="Loading the scopes" height="8rem" />}>
        <ScopePicker selection={selection} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Loading the claims ledger" height="109rem" />}>
        <Ledger selection={selection} />
      </Suspense>
      <Suspense fallback={<SectionSkeleton label="Loading the sources" height="170rem" />}>
        <Sources selection={selection} />
      </Suspense>
    </>
  );
}
