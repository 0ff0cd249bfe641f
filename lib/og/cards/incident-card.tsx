import { isoDay } from "../../dates";
import { getIncidentRecord } from "../../incidents/data";
import { STRIKE_ATTRIBUTION_LABELS, strikeAttributionOf } from "../../incidents/strike-attribution";
import { groupLabel, sideBySide, type SideFigure } from "../../share/claim-scope-text";
import { INCIDENT_TYPE_LABELS, PRECISION_NOTE, TARGET_TYPE_LABELS, formatFigure, labelOf } from "../../vocabulary";
import { ClaimRow, Frame, INNER, Muted } from "../layout";
import type { CardContext } from "./context";

const STATUS: Record<string, string> = { REPORTED: "reported", DISPUTED: "disputed", CORROBORATED: "corroborated" };

/** One incident: when, where, what, each claimant's figures about it and how many sources; null if unknown. */
export async function incidentCard({ id }: { id: string }, { fit, updated }: CardContext) {
  const i = await getIncidentRecord(id);
  if (!i) return null;
  const where =
    [i.place?.level === "LOCALITY" ? i.place.name : null, i.district?.name, i.province?.name]
      .filter(Boolean)
      .join(", ") || (i.country === "PAK" ? "Pakistan" : "Afghanistan");
  const when = `${isoDay(i.occurredOn)}${i.occurredUntil ? ` to ${isoDay(i.occurredUntil)}` : ""}${PRECISION_NOTE[i.datePrecision] ?? ""}`;
  // Inside Afghanistan the card says who attributes the incident to Pakistan, as the page does.
  const attribution = i.country === "AFG" ? ` · ${STRIKE_ATTRIBUTION_LABELS[strikeAttributionOf(i.perpetrators)]}` : "";
  const sources = new Set([...i.citations.map((c) => c.documentId), ...i.claims.map((c) => c.documentId)]).size;
  // Latest figure per claimant for each subject and metric (claims come ordered by date made).
  const groups = new Map<string, { subject: string; metric: string; byClaimant: Map<string, SideFigure> }>();
  for (const c of i.claims) {
    const key = `${c.subject}/${c.metric}`;
    const g = groups.get(key) ?? { subject: c.subject, metric: c.metric, byClaimant: new Map() };
    g.byClaimant.set(c.claimantId, { claimant: c.claimant.name, side: c.claimant.side, figure: formatFigure(c) });
    groups.set(key, g);
  }
  const rows = [...groups.values()].sort((a, b) => Number(b.metric === "KILLED") - Number(a.metric === "KILLED"));
  return (
    <Frame fit={fit} kicker={`Incident · ${labelOf(INCIDENT_TYPE_LABELS, i.type)}`} title={i.title} updated={updated}>
      <Muted size={26}>{fit(`${when} · ${where}`, INNER, 26)}</Muted>
      <div style={{ display: "flex", height: 6 }} />
      <Muted size={26}>
        {fit(
          `Target: ${labelOf(TARGET_TYPE_LABELS, i.targetType).toLowerCase()} · ${STATUS[i.status] ?? i.status} · ${sources} source${sources === 1 ? "" : "s"}${attribution}`,
          INNER,
          26,
        )}
      </Muted>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 22 }}>
        {rows.length === 0 ? (
          <Muted size={26}>No casualty figures are recorded for this incident.</Muted>
        ) : (
          rows
            .slice(0, 2)
            .map((g) => (
              <ClaimRow
                key={`${g.subject}/${g.metric}`}
                fit={fit}
                label={groupLabel(g)}
                figures={sideBySide([...g.byClaimant.values()]).slice(0, 3)}
              />
            ))
        )}
        {rows.length > 2 && (
          <Muted size={22}>{`+${rows.length - 2} more figures on the page, each with its source`}</Muted>
        )}
      </div>
    </Frame>
  );
}
