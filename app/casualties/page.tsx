import type { Metadata } from "next";
import { casualtiesMetadata } from "@/lib/share/page-metadata";
import { CasualtiesView } from "./casualties-view";

// The latest episode. A scope chosen in the query string is served by /casualties/[scope].
export async function generateMetadata(): Promise<Metadata> {
  return casualtiesMetadata({});
}

export default function CasualtiesPage() {
  return <CasualtiesView />;
}
