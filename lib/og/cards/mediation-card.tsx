import { getCeasefires, getMediationTracks } from "../../mediation/data";
import { MEDIATION_STATUS_LABELS, labelOf } from "../../vocabulary";
import { Frame, Muted, StatusRow } from "../layout";
import type { CardContext } from "./context";
import { ceasefireReportedOn } from "../../mediation/timeline-text";

const ROWS = 6;
const ENDED: Record<string, string> = { BROKEN: "Broken", EXPIRED: "Expired", SUPERSEDED: "Superseded" };

/** Ceasefires in force (or the latest one, when none is) and every track that has not collapsed. */
export async function mediationCard({ asOf }: { asOf: string }, { fit, updated }: CardContext) {
  const [tracks, ceasefires] = await Promise.all([getMediationTracks(), getCeasefires(asOf)]);
  const started = ceasefires.filter((c) => c.startsOn <= asOf);
  const inForce = started.filter((c) => !c.endedOn || c.endedOn > asOf);
  const shownCeasefires = inForce.length ? inForce : started.slice(0, 1);
  const active = tracks.filter((t) => t.status !== "COLLAPSED");
  const rows = [
    ...shownCeasefires.map((c) => ({
      key: c.id,
      name: `Ceasefire: ${c.name}`,
      // Ended: how and when; in force: for how long, and since when.
      status:
        c.endedOn && c.endedOn <= asOf
          ? (ENDED[c.endedHow ?? ""] ?? "Ended")
          : `No end reported (latest report ${ceasefireReportedOn(c, asOf)})`,
      note: c.endedOn && c.endedOn <= asOf ? c.endedOn : c.startsOn,
    })),
    ...active.map((t) => ({
      key: t.id,
      name: t.name,
      status: t.status ? labelOf(MEDIATION_STATUS_LABELS, t.status) : "No status reported",
      note: t.statusSince ?? undefined,
    })),
  ];
  return (
    <Frame
      fit={fit}
      kicker="Mediation tracker"
      title="Pakistan–Afghanistan: ceasefires and mediation tracks now"
      updated={updated}
    >
      {rows.length === 0 ? (
        <Muted size={30}>No mediation track or ceasefire is recorded.</Muted>
      ) : (
        rows
          .slice(0, ROWS)
          .map((r) => <StatusRow key={r.key} fit={fit} name={r.name} status={r.status} note={r.note} />)
      )}
      {rows.length > ROWS && <Muted size={22}>{`+${rows.length - ROWS} more on the page, every step cited`}</Muted>}
    </Frame>
  );
}
