import { connection } from "next/server";
import { serveCard } from "@/lib/og/render";
import { parseCardRequest } from "@/lib/og/requests";

// Share card (1200×630 PNG) for /methodology; renderer and caching: lib/og/.
export async function GET(request: Request): Promise<Response> {
  await connection(); // rendered on request from the database, never at build time
  return serveCard(parseCardRequest("methodology", new URL(request.url)));
}
