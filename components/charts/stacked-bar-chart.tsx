"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type StackedDatum = { label: string } & Record<string, number | string>;

/** Vertical bars over time, stacked unless `stacked` is false (side by side, for figures that must
 *  not read as adding up); `series` fixes order, colour and legend names. A datum without a series'
 *  key draws no bar there: a gap, not a zero. */
export function StackedBarChart({
  data,
  series,
  stacked = true,
}: {
  data: StackedDatum[];
  series: { key: string; name: string; colour: string }[];
  stacked?: boolean;
}) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
        <Tooltip />
        {/* Legend text stays dark: light swatch colours (yellow) would be unreadable as text. */}
        <Legend
          wrapperStyle={{ fontSize: 12 }}
          formatter={(value) => <span style={{ color: "#1b1f24" }}>{value}</span>}
        />
        {series.map((line) => (
          <Bar
            key={line.key}
            dataKey={line.key}
            name={line.name}
            stackId={stacked ? "a" : undefined}
            fill={line.colour}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
