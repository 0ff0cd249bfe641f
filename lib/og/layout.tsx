// Layout primitives shared by every share card (Satori: flexbox only, inline styles, every element
// with more than one child needs display:flex). Colours are the site's neutral ones: sides get the
// Okabe–Ito hues of SIDE_COLOURS, never red or green.
import type { ReactNode } from "react";
import { SITE_NAME } from "../site";
import { SIDE_COLOURS } from "../vocabulary";
import { fitText, toCardText } from "./text";

export const CARD = { width: 1200, height: 630, pad: 56 } as const;
export const INNER = CARD.width - CARD.pad * 2;
const INK = "#1b1b1b",
  MUTED = "#5a5a5a",
  RULE = "#d9d6cf",
  PAPER = "#faf9f6";

/** Cleans and fits text for one card: drops what the font cannot draw, then cuts to the room. */
export type Fit = (s: string, width: number, fontSize: number, lines?: number) => string;
export const makeFit =
  (covered: Set<number>): Fit =>
  (s, width, fontSize, lines = 1) =>
    fitText(toCardText(s, covered), { width, fontSize, lines });

export function Frame({
  fit,
  kicker,
  title,
  updated,
  children,
}: {
  fit: Fit;
  kicker: string;
  title: string;
  updated: string;
  children: ReactNode;
}) {
  return (
    <div
      style={{
        width: CARD.width,
        height: CARD.height,
        display: "flex",
        flexDirection: "column",
        background: PAPER,
        color: INK,
        fontFamily: "Geist",
        padding: `${CARD.pad - 12}px ${CARD.pad}px 28px`,
      }}
    >
      <div style={{ display: "flex", flexShrink: 0, height: 8, width: 120, background: INK, marginBottom: 22 }} />
      <div
        style={{
          display: "flex",
          flexShrink: 0,
          fontSize: 24,
          fontWeight: 700,
          letterSpacing: 1,
          textTransform: "uppercase",
          color: MUTED,
        }}
      >
        {fit(kicker, INNER, 24)}
      </div>
      <div
        style={{
          display: "flex",
          flexShrink: 0,
          fontSize: 50,
          fontWeight: 700,
          lineHeight: 1.12,
          marginTop: 10,
          maxHeight: 116,
          overflow: "hidden",
        }}
      >
        {fit(title, INNER, 50, 2)}
      </div>
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          flexGrow: 1,
          flexShrink: 1,
          minHeight: 0,
          marginTop: 22,
          overflow: "hidden",
        }}
      >
        {children}
      </div>
      <div
        style={{
          display: "flex",
          flexShrink: 0,
          justifyContent: "space-between",
          alignItems: "center",
          borderTop: `2px solid ${RULE}`,
          paddingTop: 16,
          fontSize: 22,
          color: MUTED,
        }}
      >
        <div style={{ display: "flex" }}>
          <span style={{ fontWeight: 700, color: INK, marginRight: 10 }}>{SITE_NAME}</span> · data: sources cited on
          each record
        </div>
        <div style={{ display: "flex" }}>updated {updated}</div>
      </div>
    </div>
  );
}

export function BigStat({
  value,
  label,
  fit,
  width = 520,
}: {
  value: string;
  label: string;
  fit: Fit;
  width?: number;
}) {
  return (
    <div style={{ display: "flex", flexDirection: "column", width }}>
      <div style={{ display: "flex", fontSize: 112, fontWeight: 700, lineHeight: 1 }}>{value}</div>
      <div
        style={{
          display: "flex",
          fontSize: 28,
          color: MUTED,
          marginTop: 8,
          lineHeight: 1.25,
          maxHeight: 72,
          overflow: "hidden",
        }}
      >
        {fit(label, width, 28, 2)}
      </div>
    </div>
  );
}

/** Counts over time as a filled line with its first and last period named under it. */
export function Sparkline({
  values,
  width,
  height,
  from,
  to,
  caption,
}: {
  values: number[];
  width: number;
  height: number;
  from: string;
  to: string;
  caption: string;
}) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const pts = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 4 - (v / max) * (height - 8)).toFixed(1)}`);
  const line = values.length > 1 ? pts.join(" ") : `0,${height - 4} ${width},${height - 4}`;
  return (
    <div style={{ display: "flex", flexDirection: "column", width }}>
      <div style={{ display: "flex", fontSize: 22, color: MUTED, marginBottom: 8 }}>
        {caption} (peak {max})
      </div>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        <polygon points={`0,${height} ${line} ${width},${height}`} fill="#0072B2" fillOpacity={0.14} />
        <polyline points={line} fill="none" stroke="#0072B2" strokeWidth={4} strokeLinejoin="round" />
        <line x1={0} y1={height - 1} x2={width} y2={height - 1} stroke={RULE} strokeWidth={2} />
      </svg>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 20, color: MUTED, marginTop: 6 }}>
        <span>{from}</span>
        <span>{to}</span>
      </div>
    </div>
  );
}

export type SideFigure = { claimant: string; side: string; figure: string; none?: boolean };

/** One subject's figures, every claimant side by side on one line; never summed. */
export function ClaimRow({ fit, label, figures }: { fit: Fit; label: string; figures: SideFigure[] }) {
  const each = Math.floor((INNER - 24 * (figures.length - 1)) / Math.max(1, figures.length));
  return (
    <div style={{ display: "flex", flexDirection: "column", marginBottom: 12 }}>
      <div style={{ display: "flex", fontSize: 24, fontWeight: 700, color: MUTED }}>{fit(label, INNER, 24)}</div>
      <div style={{ display: "flex", marginTop: 6 }}>
        {figures.map((f, i) => (
          <div
            key={i}
            style={{
              display: "flex",
              flexDirection: "column",
              width: each,
              marginLeft: i ? 24 : 0,
              paddingLeft: 14,
              borderLeft: `6px solid ${SIDE_COLOURS[f.side] ?? MUTED}`,
            }}
          >
            <div
              style={{
                display: "flex",
                fontSize: 20,
                lineHeight: 1.15,
                color: MUTED,
                maxHeight: 48,
                overflow: "hidden",
              }}
            >
              {fit(`${f.claimant}:`, each - 20, 20, 2)}
            </div>
            {/* A side that gave no figure is said so, quietly: the figures stay the focus. */}
            {f.none ? (
              <div style={{ display: "flex", fontSize: 24, color: MUTED, marginTop: 4 }}>{f.figure}</div>
            ) : (
              <div style={{ display: "flex", fontSize: 32, fontWeight: 700 }}>{fit(f.figure, each - 20, 32)}</div>
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

/** A name with a status at the right edge: mediation tracks, ceasefires, facts. */
export function StatusRow({ fit, name, status, note }: { fit: Fit; name: string; status: string; note?: string }) {
  const right = 450,
    date = 150;
  return (
    <div
      style={{
        display: "flex",
        justifyContent: "space-between",
        alignItems: "center",
        borderBottom: `1px solid ${RULE}`,
        padding: "6px 0",
      }}
    >
      <div style={{ display: "flex", fontSize: 25, width: INNER - right - 24 }}>
        {fit(name, INNER - right - 24, 25)}
      </div>
      <div style={{ display: "flex", justifyContent: "flex-end", width: right, fontSize: 25 }}>
        <span style={{ fontWeight: 700 }}>{fit(status, right - date - 24, 25)}</span>
        <span style={{ display: "flex", justifyContent: "flex-end", width: date, marginLeft: 12, color: MUTED }}>
          {note ?? ""}
        </span>
      </div>
    </div>
  );
}

export function Muted({ children, size = 24 }: { children: ReactNode; size?: number }) {
  return <div style={{ display: "flex", fontSize: size, color: MUTED, lineHeight: 1.3 }}>{children}</div>;
}
