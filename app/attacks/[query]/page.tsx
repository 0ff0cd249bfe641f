import type { Metadata } from "next";
import { attacksMetadata } from "@/lib/share/page-metadata";
import { attackParamsFromSegment } from "@/lib/view-paths";
import { AttacksView } from "../attacks-view";

// /attacks?… as the proxy serves it: the view's canonical query string is the route parameter, so
// each distinct view renders once and is kept until a write expires it (lib/view-paths.ts).
type Params = { params: Promise<{ query: string }> };

// A view not seen before renders completely on its first request, then is kept like a prerendered one.
export const unstable_paramMatching = { query: "blocking" };
export const instant = false;

// One view at build (Cache Components needs at least one): the strikes layer, linked from the map.
export function generateStaticParams() {
  return [{ query: "layer=strikes" }];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return attacksMetadata(attackParamsFromSegment((await params).query));
}

export default async function AttacksViewPage({ params }: Params) {
  return <AttacksView params={attackParamsFromSegment((await params).query)} />;
}
