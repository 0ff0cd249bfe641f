import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { embedViewParams } from "@/lib/embed/embed-paths";
import type { SearchParams } from "@/lib/incidents/search-params";
import { AttacksEmbed, attacksEmbedMetadata } from "../attacks-embed";

// The chart of one attacks view: the view's canonical query (lib/embed/embed-paths.ts) is the
// route parameter, so each view renders once and is kept until a write expires it. Any other
// form answers a real 404, rendered before the first byte (as /incidents/[id] does).
type Params = { params: Promise<{ query: string }> };

export const unstable_paramMatching = { query: "blocking" };
export const instant = false;

// One view at build (Cache Components needs at least one): weeks instead of months.
export function generateStaticParams() {
  return [{ query: "by=week" }];
}

async function readParams({ params }: Params): Promise<SearchParams> {
  return embedViewParams("attacks", (await params).query) ?? notFound();
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  return attacksEmbedMetadata(await readParams(props));
}

export default async function AttacksViewEmbedPage(props: Params) {
  return <AttacksEmbed params={await readParams(props)} />;
}
