import Link from "next/link";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { DataTable } from "@/components/charts/data-table";
import { EmbedCode } from "@/components/embed/embed-code";
import type { EmbedTarget } from "@/lib/embed/embed-paths";
import { layoutTimeline, textWidth, type TimelineLayout } from "@/lib/mediation/timeline-layout";
import type { CeasefireSummary, TrackSummary } from "@/lib/mediation/mediation-queries";
import {
  TIMELINE_TABLE_COLUMNS,
  ceasefireTitle,
  kindLabel,
  stepDate,
  stepTitle,
  timelineSummary,
  timelineTableRows,
} from "@/lib/mediation/timeline-text";
import { BreakMark, NeutralMark, OpenEnd, StatusMark, TimelineLegend, ViolationPin } from "./timeline-marks";

// Every mediation track and ceasefire on one time axis, drawn on the server as SVG: no client
// JavaScript. Each step is a link (focusable, named by its <title>: date, track, kind, title,
// source) to its track's card with the quote; hovering or focusing one also writes it in the strip
// above the rows (CSS only, app/styles/timeline.css).
//
// The figure has ChartFigure's parts (title, text summary, data table; components/charts/
// chart-figure.tsx) but not its aria-hidden chart body: focusable marks inside aria-hidden content
// are an accessibility error (axe: aria-hidden-focus), and these marks are meant to be reached.

type Props = {
  tracks: TrackSummary[];
  ceasefires: CeasefireSummary[];
  /** The day durations of ceasefires in force are counted to (cachedToday()). */
  asOf: string;
  /** Home-page form: shorter rows, smaller marks, no per-step labels. */
  compact?: boolean;
  id?: string;
  title?: string;
  /** The mediation embed (/embed/mediation), offered under the downloads. */
  embed?: EmbedTarget | null;
  /** Drawn inside the embed itself: no embed control, and no client-side link to the tracker (it
   *  would load the full page inside the other site's frame; the embed links back in a new tab). */
  inEmbed?: boolean;
};

/** The hover/focus text in the strip above the rows, cut to the room on its side of the mark. */
function Callout({ layout, x, text }: { layout: TimelineLayout; x: number; text: string }) {
  const { plotLeft, plotRight, fontSize } = layout.scale;
  const fromLeft = x < layout.width / 2;
  const anchorX = fromLeft ? Math.max(plotLeft, x - 8) : Math.min(plotRight, x + 8);
  // Bold text runs wider than textWidth's estimate for regular text.
  const room = Math.floor((fromLeft ? plotRight - anchorX : anchorX - plotLeft) / (textWidth("m", fontSize) * 1.15));
  return (
    <text
      className="timeline-callout"
      x={anchorX}
      y={layout.calloutY}
      textAnchor={fromLeft ? "start" : "end"}
      aria-hidden="true"
    >
      {text.length > room ? `${text.slice(0, room - 1)}…` : text}
    </text>
  );
}

function Axis({ layout }: { layout: TimelineLayout }) {
  const { fontSize, plotLeft, plotRight } = layout.scale;
  return (
    <g className="timeline-axis" aria-hidden="true">
      {layout.ticks.map((tick) => (
        <g key={tick.iso}>
          <line className="timeline-grid-line" x1={tick.x} x2={tick.x} y1={layout.plotTop} y2={layout.axisY + 4} />
          {tick.labelled && (
            <text x={tick.x + 2} y={layout.axisY + fontSize + 2}>
              {tick.month}
            </text>
          )}
          {tick.labelled && tick.year && (
            <text x={tick.x + 2} y={layout.axisY + fontSize * 2 + 4}>
              {tick.year}
            </text>
          )}
        </g>
      ))}
      <line className="timeline-axis-line" x1={plotLeft} x2={plotRight} y1={layout.axisY} y2={layout.axisY} />
    </g>
  );
}

function TrackRows({ layout }: { layout: TimelineLayout }) {
  const { markRadius: radius, plotLeft, plotRight } = layout.scale;
  return layout.tracks.map(({ track, nameY, lineY, labelY, steps }) => (
    <g key={track.id} className="timeline-row" data-track={track.id} data-track-name={track.name}>
      <text className="timeline-row-name" x={plotLeft} y={nameY}>
        {track.name}
      </text>
      <line className="timeline-row-line" x1={plotLeft} x2={plotRight} y1={lineY} y2={lineY} aria-hidden="true" />
      {steps.map(({ step, x, y, span }) => (
        <a
          key={step.id}
          href={`/mediation#track-${track.id}`}
          className="timeline-step"
          data-step={step.id}
          data-date={step.occurredOn}
          data-precision={step.datePrecision}
          data-kind={step.kind}
          data-status={step.statusAfter ?? ""}
        >
          <title>{stepTitle(step, track.name)}</title>
          {span && <line className="timeline-span" x1={span.x1} x2={span.x2} y1={y} y2={y} />}
          {step.datePrecision === "APPROXIMATE" && (
            <circle className="timeline-approximate" cx={x} cy={y} r={radius + 2.5} />
          )}
          <circle className="timeline-focus-ring" cx={x} cy={y} r={radius + 4.5} />
          {step.statusAfter ? (
            <StatusMark status={step.statusAfter} x={x} y={y} radius={radius} />
          ) : (
            <NeutralMark kind={step.kind} x={x} y={y} radius={radius} />
          )}
          <Callout layout={layout} x={x} text={`${stepDate(step)} · ${kindLabel(step.kind)}: ${step.title}`} />
        </a>
      ))}
      {steps.map(({ step, x, label }) =>
        label ? (
          <text key={step.id} className="timeline-step-label" x={x - 3} y={labelY} aria-hidden="true">
            {label}
          </text>
        ) : null,
      )}
    </g>
  ));
}

function CeasefireBars({ layout, asOf }: { layout: TimelineLayout; asOf: string }) {
  const { barHeight, markRadius, plotLeft } = layout.scale;
  return (
    <>
      {layout.ceasefireHeadingY !== null && (
        <text className="timeline-heading" x={plotLeft} y={layout.ceasefireHeadingY}>
          Ceasefires
        </text>
      )}
      {layout.ceasefires.map(({ ceasefire, caption, captionX, captionAnchor, captionY, barY, x1, x2, violations }) => (
        <a
          key={ceasefire.id}
          href="/mediation#ceasefires"
          className="timeline-ceasefire"
          data-ceasefire={ceasefire.id}
          data-starts-on={ceasefire.startsOn}
          data-ends-on={ceasefire.endedOn ?? ""}
          data-ended-how={ceasefire.endedHow ?? ""}
          data-in-force={String(ceasefire.inForce)}
          data-held-days={ceasefire.heldDays}
        >
          <title>
            {ceasefireTitle(
              ceasefire,
              asOf,
              violations.map((violation) => violation.step),
            )}
          </title>
          <text className="timeline-caption" x={captionX} y={captionY} textAnchor={captionAnchor}>
            {caption}
          </text>
          <rect className="timeline-focus-box" x={x1 - 3} y={barY - 3} width={x2 - x1 + 12} height={barHeight + 6} />
          <rect className="timeline-bar" x={x1} y={barY} width={x2 - x1} height={barHeight} />
          {ceasefire.inForce ? (
            <OpenEnd x={x2} y={barY} height={barHeight} />
          ) : ceasefire.endedHow === "BROKEN" ? (
            <BreakMark x={x2} y={barY} height={barHeight} />
          ) : (
            <line className="timeline-end-cap" x1={x2} x2={x2} y1={barY - 3} y2={barY + barHeight + 3} />
          )}
          {violations.map((violation) => (
            <ViolationPin key={violation.step.id} x={violation.x} y={barY + barHeight} radius={markRadius * 0.8} />
          ))}
        </a>
      ))}
    </>
  );
}

export function MediationTimeline({
  tracks,
  ceasefires,
  asOf,
  compact = false,
  id = "mediation-timeline",
  title = "Mediation steps and ceasefires on one time axis",
  embed,
  inEmbed = false,
}: Props) {
  const layout = layoutTimeline(tracks, ceasefires, asOf, compact);
  if (!layout) return <p className="empty">No mediation step or ceasefire is recorded.</p>;
  const rows = timelineTableRows(tracks, ceasefires, asOf).map((row) => row.cells);
  return (
    <figure
      className={`chart mediation-timeline${compact ? " mediation-timeline-compact" : ""}`}
      aria-labelledby={`${id}-title`}
      data-chart={id}
    >
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted">{timelineSummary(tracks, ceasefires, asOf)}</p>
      <div className="chart-body">
        <svg
          className="mediation-timeline-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          style={{ maxWidth: `${layout.width}px` }}
          fontSize={layout.scale.fontSize}
          role="group"
          aria-label={`Timeline, months from ${layout.from} up to ${layout.to}: one row per track, one bar per ceasefire; each mark links to its track`}
        >
          <Axis layout={layout} />
          <TrackRows layout={layout} />
          <CeasefireBars layout={layout} asOf={asOf} />
        </svg>
      </div>
      <TimelineLegend />
      {compact && !inEmbed && (
        <p className="small">
          Every step with its source and quote: <Link href="/mediation">the mediation tracker</Link>.
        </p>
      )}
      <details>
        <summary>Data table</summary>
        {/* Scrolls sideways on a phone (focusable, so a keyboard can scroll it) rather than the page. */}
        <div className="timeline-table-scroll" tabIndex={0}>
          <DataTable caption={title} columns={TIMELINE_TABLE_COLUMNS} rows={rows} />
        </div>
      </details>
      <ChartDownloads title={title} asOf={asOf} />
      {embed && !inEmbed && <EmbedCode target={embed} />}
    </figure>
  );
}
