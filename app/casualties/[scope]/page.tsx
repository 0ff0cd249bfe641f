import type { Metadata } from "next";
import { prerenderedScopeParams } from "@/lib/claims/data";
import { casualtiesMetadata } from "@/lib/share/page-metadata";
import { decodedSegment } from "@/lib/view-paths";
import { CasualtiesView } from "../casualties-view";

// /casualties?scope=… as the proxy serves it: the scope is the route parameter, so each scope
// renders once and is kept until a write expires it (lib/view-paths.ts).
type Params = { params: Promise<{ scope: string }> };

// A scope not seen before renders completely on its first request, then is kept like a prerendered one.
export const unstable_paramMatching = { scope: "blocking" };
export const instant = false;

/** Every episode's ledger is prerendered; months and incidents render on their first request. */
export async function generateStaticParams() {
  return prerenderedScopeParams();
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return casualtiesMetadata({ scope: decodedSegment((await params).scope) });
}

export default async function CasualtiesScopePage({ params }: Params) {
  return <CasualtiesView scope={decodedSegment((await params).scope)} />;
}
