import { connection } from "next/server";
import { serveCard } from "@/lib/og/render";
import { parseCardRequest } from "@/lib/og/requests";

// Share card (1200×630 PNG) for /incidents/[id]; renderer and caching: lib/og/.
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  await connection(); // rendered on request from the database, never at build time
  return serveCard(parseCardRequest("incident", new URL(request.url), (await ctx.params).id));
}
