import type { Metadata } from "next";
import { Suspense } from "react";
import { SectionSkeleton } from "@/components/section-skeleton";
import { MapEmbed, mapEmbedMetadata } from "./map-embed";

// The whole record's incidents by district. A filtered view is /embed/map/<canonical query>.
export function generateMetadata(): Promise<Metadata> {
  return mapEmbedMetadata({});
}

export default function MapEmbedPage() {
  return (
    <Suspense fallback={<SectionSkeleton label="Loading the map" height="54rem" />}>
      <MapEmbed params={{}} />
    </Suspense>
  );
}
