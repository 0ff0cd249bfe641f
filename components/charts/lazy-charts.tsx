"use client";

import dynamic from "next/dynamic";

// recharts is ~100 KiB gzip: loaded after the page, not in its first load, so the dashboard stays
// within its JavaScript budget. The summary and the data table are server-rendered and readable
// at once; the placeholder keeps the chart's height so nothing shifts when it arrives.
const placeholder = (height: number) =>
  function ChartPlaceholder() {
    return <div className="chart-placeholder" style={{ height }} />;
  };

export const StackedBarChart = dynamic(
  () => import("./stacked-bar-chart").then((chartModule) => chartModule.StackedBarChart),
  {
    ssr: false,
    loading: placeholder(280),
  },
);
