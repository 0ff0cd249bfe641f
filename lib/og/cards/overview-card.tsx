import { getNationalPicture } from "../../counts/data";
import type { NationalPicture } from "../../counts/national-picture";
import type { Headlines } from "../../dashboard/headline-queries";
import { getCachedHeadlines } from "../../dashboard/data";
import { annualAttackCounts, latestMonthlyAttacks, monthName } from "../../share/national-figures-text";
import { recordCountSentence } from "../../share/record-count-text";
import { MEDIATION_STATUS_LABELS, labelOf } from "../../vocabulary";
import { Frame, INNER, Muted, StatusRow, type Fit } from "../layout";
import { textWidth } from "../text";
import type { CardContext } from "./context";
import { FigureColumns, LeadFigure } from "./figure-blocks";

const LEAD = 500;
const SIDE = INNER - LEAD - 32;

/** Leads with the national figure (the monthly counter's latest count, and the latest year's
 *  counts by two counters side by side, never summed); the record's own incidents follow as a
 *  labelled secondary line; then where mediation and the latest ceasefire stand. */
export async function overviewCard({ asOf }: { asOf: string }, { fit, updated }: CardContext) {
  const [headlines, picture] = await Promise.all([getCachedHeadlines(asOf, 30), getNationalPicture()]);
  return overviewCardView(asOf, headlines, picture, { fit, updated });
}

export function overviewCardView(asOf: string, h: Headlines, picture: NationalPicture, { fit, updated }: CardContext) {
  const monthly = latestMonthlyAttacks(picture, asOf);
  const annual = annualAttackCounts(picture, asOf);
  const record = recordCountSentence(h.attacks.count, h.period, h.coverage, `the 30 days to ${h.period.to}`);
  const track = h.mediation.find((t) => t.status) ?? h.mediation[0];
  const cf = h.ceasefire;
  return (
    <Frame
      fit={fit}
      kicker="Pakistan–Afghanistan conflict"
      title="Attacks in Pakistan and mediation now"
      updated={updated}
    >
      <div style={{ display: "flex", justifyContent: "space-between" }}>
        {monthly ? (
          <LeadFigure
            fit={fit}
            width={LEAD}
            figure={monthly}
            label={`${monthly.term} in Pakistan in ${monthName(monthly.month)}, as counted by ${monthly.counter}: its latest monthly count${monthly.reportedOn ? `, report of ${monthly.reportedOn}` : ""}`}
          />
        ) : (
          <div style={{ display: "flex", width: LEAD }}>
            <Muted size={28}>
              {fit(`No national count of attacks published by ${asOf} is in the record.`, LEAD, 28, 2)}
            </Muted>
          </div>
        )}
        {annual && annual.figures.length > 0 && (
          <FigureColumns
            fit={fit}
            width={SIDE}
            heading={`${annual.year}, each counter's own count (never summed)`}
            figures={annual.figures}
          />
        )}
      </div>
      <RecordLine fit={fit} text={record} />
      <div style={{ display: "flex", flexDirection: "column", marginTop: 4, width: INNER }}>
        {track && (
          <StatusRow
            fit={fit}
            name={`Mediation: ${track.name}`}
            status={track.status ? labelOf(MEDIATION_STATUS_LABELS, track.status) : "No status reported"}
            note={track.statusSince ?? undefined}
          />
        )}
        {cf && (
          <StatusRow
            fit={fit}
            name={`Ceasefire: ${cf.name}`}
            status={
              cf.event === "began"
                ? "In force"
                : cf.event === "broke"
                  ? "Broken"
                  : cf.event === "superseded"
                    ? "Superseded"
                    : "Expired"
            }
            note={cf.on}
          />
        )}
      </div>
    </Frame>
  );
}

const RECORD_LABEL = "This record's incidents · ";

/** The record's own count, secondary and labelled: it counts the incidents sourced so far. */
function RecordLine({ fit, text }: { fit: Fit; text: string }) {
  // The label stands to the left; the sentence wraps beside it, in two lines at most.
  const width = INNER - textWidth(RECORD_LABEL, 22) - 16;
  return (
    <div style={{ display: "flex", marginTop: 8, maxHeight: 58, overflow: "hidden", fontSize: 22, color: "#5a5a5a" }}>
      <span style={{ fontWeight: 700, marginRight: 6 }}>{RECORD_LABEL.trim()}</span>
      <span style={{ width }}>{fit(text, width, 22, 2)}</span>
    </div>
  );
}
