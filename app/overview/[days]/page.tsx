import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DEFAULT_HOME_DAYS, HOME_PERIODS } from "@/lib/view-paths";
import { HomeView, homeViewMetadata } from "../../home-view";

// The home page for /?days=30 and /?days=90, which the proxy serves from here so that each period
// is a cached page of its own (lib/view-paths.ts). Reached directly, it is the same page.
type Params = { params: Promise<{ days: string }> };

// An unknown period answers a real 404: the page renders completely before its first byte.
export const unstable_paramMatching = { days: "blocking" };
export const instant = false;

const OTHER_PERIODS = HOME_PERIODS.filter((period) => period.days !== DEFAULT_HOME_DAYS);

export function generateStaticParams() {
  return OTHER_PERIODS.map((period) => ({ days: String(period.days) }));
}

async function readDays({ params }: Params): Promise<number> {
  const days = Number((await params).days);
  if (!OTHER_PERIODS.some((period) => period.days === days)) notFound();
  return days;
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  return homeViewMetadata(await readDays(props));
}

export default async function OverviewPeriodPage(props: Params) {
  return <HomeView days={await readDays(props)} />;
}
