// The record's incidents per month (or week) of an attacks view, for /embed/attacks and
// /embed/attacks/<canonical query> (lib/embed/embed-paths.ts): the /attacks chart alone, always
// said to count this record's incidents, with how far the record reaches.
import type { Metadata } from "next";
import { AttacksOverTimeChart } from "@/components/attacks/attack-charts";
import { attacksEmbed } from "@/lib/embed/embed-paths";
import { coverageSentence } from "@/lib/incidents/coverage-queries";
import { getAttackFilterOptions, getAttackOverview, getCachedRecordCoverage } from "@/lib/incidents/data";
import { readAttackView, type SearchParams } from "@/lib/incidents/search-params";
import { describeAttackFilters } from "@/lib/share/attack-view-text";
import { EmbedFrame, embedAsOf, embedMetadata } from "../embed-page";

export async function attacksEmbedMetadata(params: SearchParams): Promise<Metadata> {
  const target = attacksEmbed(params);
  const parts = await describeAttackFilters(readAttackView(params).filters);
  return { ...embedMetadata(target), title: `${target.title}${parts.length ? ` (${parts.join("; ")})` : ""}` };
}

export async function AttacksEmbed({ params }: { params: SearchParams }) {
  const view = readAttackView(params);
  const target = attacksEmbed(params);
  const [overview, options, coverage, parts, asOf] = await Promise.all([
    getAttackOverview(view.filters, view.granularity, view.stackBy),
    // The perpetrators' names, for the legend when the chart is stacked by perpetrator.
    getAttackFilterOptions(),
    getCachedRecordCoverage(),
    describeAttackFilters(view.filters),
    embedAsOf(),
  ]);
  const names = Object.fromEntries(options.perpetrators.map((actor) => [actor.id, actor.name]));
  return (
    <EmbedFrame target={target} asOf={asOf} source="incidents compiled from the published reports cited on each record">
      <h1>Incidents in this record{parts.length ? `: ${parts.join("; ")}` : ""}</h1>
      {overview.total === 0 ? (
        <p className="empty">No incidents in this record match this view.</p>
      ) : (
        <AttacksOverTimeChart
          id="embed-attacks"
          overview={overview}
          granularity={view.granularity}
          stackBy={view.stackBy}
          names={names}
          embed={null}
        />
      )}
      <p className="muted small">{coverageSentence(coverage)}</p>
    </EmbedFrame>
  );
}
