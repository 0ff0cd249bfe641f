import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { embedViewParams } from "@/lib/embed/embed-paths";
import type { SearchParams } from "@/lib/incidents/search-params";
import { MapEmbed, mapEmbedMetadata } from "../map-embed";

// The map of one attacks view's filters (the home page offers its period's): the canonical query
// (lib/embed/embed-paths.ts) is the route parameter, rendered once per view and kept until a write
// expires it; any other form answers a real 404, rendered before the first byte.
type Params = { params: Promise<{ query: string }> };

export const unstable_paramMatching = { query: "blocking" };
export const instant = false;

// One view at build (Cache Components needs at least one): Khyber Pakhtunkhwa.
export function generateStaticParams() {
  return [{ query: "province=PK-KP" }];
}

async function readParams({ params }: Params): Promise<SearchParams> {
  return embedViewParams("map", (await params).query) ?? notFound();
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  return mapEmbedMetadata(await readParams(props));
}

export default async function MapViewEmbedPage(props: Params) {
  return <MapEmbed params={await readParams(props)} />;
}
