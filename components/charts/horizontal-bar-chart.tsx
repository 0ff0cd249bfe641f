"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** One bar per category, longest first, labels on the left. */
export function HorizontalBarChart({ data, colour = "#0072B2" }: { data: { label: string; count: number; colour?: string }[]; colour?: string }) {
  const height = Math.max(120, data.length * 28 + 40);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="count" name="Attacks" isAnimationActive={false}>
          {data.map((d) => <Cell key={d.label} fill={d.colour ?? colour} />)}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
