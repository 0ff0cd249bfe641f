import type { Metadata } from "next";
import { Suspense } from "react";
import { ClaimSources, ClaimsLedger } from "@/components/claims/claims-ledger";
import { DatasetJsonLd } from "@/components/dataset-json-ld";
import { PageSkeleton } from "@/components/page-skeleton";
import { getClaimScopes, getClaimsInScope, getClaimsLedger } from "@/lib/claims/data";
import { readScope } from "@/lib/claims/search-params";
import type { SearchParams } from "@/lib/incidents/search-params";
import { casualtiesMetadata } from "@/lib/share/page-metadata";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  return casualtiesMetadata(await searchParams);
}

async function Ledger({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const scopes = await getClaimScopes();
  const fallback = scopes.episodes[0] ? `episode:${scopes.episodes[0].id}` : "month:2026-03";
  const choice = readScope(sp.scope, fallback);
  const [groups, claims] = await Promise.all([getClaimsLedger(choice.scope), getClaimsInScope(choice.scope)]);
  const months = [...new Set([...scopes.incidents.map((i) => i.occurredOn.slice(0, 7)), ...scopes.episodes.map((e) => e.startsOn.slice(0, 7))])].sort().reverse();
  const qs = choice.value.startsWith("episode:") ? `episode=${choice.value.slice(8)}`
    : choice.value.startsWith("incident:") ? `incident=${choice.value.slice(9)}`
    : choice.scope.kind === "period" ? `from=${choice.scope.from}&to=${choice.scope.to}` : "";
  return (
    <>
      <form method="get" action="/casualties" className="filters" aria-label="Choose what the claims are about">
        <label>Claims about
          <select name="scope" defaultValue={choice.value}>
            <optgroup label="Episodes">{scopes.episodes.map((e) => <option key={e.id} value={`episode:${e.id}`}>{e.name}</option>)}</optgroup>
            <optgroup label="Months">{months.map((m) => <option key={m} value={`month:${m}`}>{m}</option>)}</optgroup>
            <optgroup label="Incidents">{scopes.incidents.map((i) => <option key={i.id} value={`incident:${i.id}`}>{i.occurredOn} — {i.title}</option>)}</optgroup>
          </select>
        </label>
        <div className="filter-actions"><button type="submit">Show</button></div>
      </form>
      {choice.invalid && <p role="alert" className="notice">{choice.invalid}; showing the latest episode instead.</p>}
      <p className="downloads">Download these claims: <a href={`/api/v1/claims?${qs}&format=csv`} download>CSV</a> · <a href={`/api/v1/claims?${qs}&format=json`} download>JSON</a></p>
      {groups.length === 0 ? <p className="empty">No casualty claims are recorded for this scope.</p> : (
        <>
          <ClaimsLedger groups={groups} />
          <ClaimSources claims={claims} />
        </>
      )}
    </>
  );
}

export default function CasualtiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return (
    <>
      <h1>Casualties by side, as each side claims them</h1>
      <DatasetJsonLd path="/casualties" name="Casualty claims by claimant (Frontier Monitor)"
        description="What each party to the Pakistan–Afghanistan conflict claims about each side's losses, with independent counts, qualifiers, revisions and sources. Never summed." />
      <p className="muted">Every figure is one party&apos;s claim, shown with its qualifier, its date and its source. Figures from different claimants are never added together; a revised figure keeps its earlier versions.</p>
      <Suspense fallback={<PageSkeleton label="Loading the claims ledger" />}>
        <Ledger searchParams={searchParams} />
      </Suspense>
    </>
  );
}
