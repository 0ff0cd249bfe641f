import type { Metadata } from "next";
import { DEFAULT_HOME_DAYS } from "@/lib/view-paths";
import { HomeView, homeViewMetadata } from "./home-view";

// The default period. The others (/?days=30, /?days=90) are served by /overview/[days].
export async function generateMetadata(): Promise<Metadata> {
  return homeViewMetadata(DEFAULT_HOME_DAYS);
}

export default function HomePage() {
  return <HomeView days={DEFAULT_HOME_DAYS} />;
}
