import type { Metadata } from "next";
import { AttacksView } from "./attacks-view";
import { attacksMetadata } from "@/lib/share/page-metadata";

// The default view. A view chosen in the query string is served by /attacks/[query].
export async function generateMetadata(): Promise<Metadata> {
  return attacksMetadata({});
}

export default function AttacksPage() {
  return <AttacksView params={{}} />;
}
