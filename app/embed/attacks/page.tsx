import type { Metadata } from "next";
import { Suspense } from "react";
import { SectionSkeleton } from "@/components/section-skeleton";
import { AttacksEmbed, attacksEmbedMetadata } from "./attacks-embed";

// The whole record's incidents per month. A filtered view is /embed/attacks/<canonical query>.
export function generateMetadata(): Promise<Metadata> {
  return attacksEmbedMetadata({});
}

export default function AttacksEmbedPage() {
  return (
    <Suspense fallback={<SectionSkeleton label="Loading the chart" height="36rem" />}>
      <AttacksEmbed params={{}} />
    </Suspense>
  );
}
