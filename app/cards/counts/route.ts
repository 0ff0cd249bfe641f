import { connection } from "next/server";
import { serveCard } from "@/lib/og/render";
import { parseCardRequest } from "@/lib/og/requests";

// Share card (1200×630 PNG) for the national series: militant attacks per month as PICSS counted
// them; renderer and caching: lib/og/.
export async function GET(request: Request): Promise<Response> {
  await connection(); // rendered on request from the database, never at build time
  return serveCard(parseCardRequest("counts", new URL(request.url)));
}
