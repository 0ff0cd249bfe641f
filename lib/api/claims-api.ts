// GET /api/v1/claims: every published claim in one scope, one row per claim. Rows are never
// summed or merged: two claimants' figures for the same subject are two rows, and a revised figure
// is a new row pointing at the one it revises (revisesId), in one chain (chainId).
import { z } from "zod";
import { queryDay } from "../query-day";
import type { ClaimScope } from "../claims/scope";
import { claimScopeSchema } from "../claims/scope";
import { CLAIM_CSV_COLUMNS, claimRowFromLedger } from "./claim-rows";
import { formatShape, metaOptionProblem, paginationShape, parseQuery, resolvePaging } from "./query";
import type { ApiReader } from "./reader";
import {
  citationLink,
  csvDownload,
  fileSlug,
  invalidParameter,
  jsonDownload,
  metaFor,
  notFound,
  type ApiContext,
} from "./responses";

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: "must be an id: lowercase letters, digits and hyphens" });
const isoDate = queryDay();

// The scope parameters are checked here for shape and count; claimScopeSchema (shared with the
// claims page) then checks the scope itself, e.g. that `to` is not before `from`.
export const claimsQuerySchema = z.object({
  incident: id.optional(),
  episode: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...paginationShape,
  ...formatShape,
});

type ScopeResult = { ok: true; scope: ClaimScope } | { ok: false; parameter: string; message: string };
const SCOPE_HELP = "give exactly one scope: incident=<id>, episode=<id>, or from=<YYYY-MM-DD>&to=<YYYY-MM-DD>";

/** Exactly one scope; the parameter named in an error is the one to add or remove. */
export function scopeFromQuery(q: { incident?: string; episode?: string; from?: string; to?: string }): ScopeResult {
  const period = q.from !== undefined || q.to !== undefined;
  const given = [
    q.incident !== undefined && "incident",
    q.episode !== undefined && "episode",
    period && (q.from !== undefined ? "from" : "to"),
  ].filter((x): x is string => Boolean(x));
  if (given.length === 0) return { ok: false, parameter: "incident", message: `missing scope: ${SCOPE_HELP}` };
  if (given.length > 1)
    return { ok: false, parameter: given[1]!, message: `more than one scope (${given.join(", ")}): ${SCOPE_HELP}` };
  if (period && q.from === undefined)
    return { ok: false, parameter: "from", message: "a period needs both from and to" };
  if (period && q.to === undefined) return { ok: false, parameter: "to", message: "a period needs both from and to" };
  const candidate =
    q.incident !== undefined
      ? { kind: "incident", incidentId: q.incident }
      : q.episode !== undefined
        ? { kind: "episode", episodeId: q.episode }
        : { kind: "period", from: q.from, to: q.to };
  const parsed = claimScopeSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, scope: parsed.data };
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path.at(-1) ?? "incident");
  return {
    ok: false,
    parameter: key === "incidentId" ? "incident" : key === "episodeId" ? "episode" : key,
    message: issue.message,
  };
}

const scopeFilters = (s: ClaimScope): Record<string, string> =>
  s.kind === "incident"
    ? { incident: s.incidentId }
    : s.kind === "episode"
      ? { episode: s.episodeId }
      : { from: s.from, to: s.to };

const scopeSlug = (s: ClaimScope): string =>
  s.kind === "incident"
    ? `incident-${s.incidentId}`
    : s.kind === "episode"
      ? `episode-${s.episodeId}`
      : `${s.from}-${s.to}`;

export async function claimsResponse(reader: ApiReader, url: string | URL, ctx: ApiContext): Promise<Response> {
  const u = new URL(url);
  const q = parseQuery(u.searchParams, claimsQuerySchema);
  if (!q.ok) return invalidParameter(q.problem);
  const metaProblem = metaOptionProblem(q.value);
  if (metaProblem) return invalidParameter(metaProblem);
  const s = scopeFromQuery(q.value);
  if (!s.ok) return invalidParameter(s);
  const { scope } = s;
  if (scope.kind !== "period") {
    const target = scope.kind === "incident" ? scope.incidentId : scope.episodeId;
    if (!(await reader.scopeExists(scope.kind, target))) return notFound(scope.kind, target, scope.kind);
  }
  // A scope holds tens of claims, not thousands: one read, paged here.
  const all = (await reader.claims(scope)).map(claimRowFromLedger);
  const paging = resolvePaging(q.value);
  const rows =
    paging.pageSize === "all" ? all : all.slice((paging.page - 1) * paging.pageSize, paging.page * paging.pageSize);
  const meta = metaFor(u, ctx, { filters: scopeFilters(scope), total: all.length, ...paging });
  if (q.value.format === "csv") {
    return csvDownload(u, ctx, meta, {
      endpoint: "claims",
      columns: CLAIM_CSV_COLUMNS,
      rows,
      comments: q.value.meta === "comments",
      notes: [
        "Each row is one claimant's statement. Figures of different claimants are not to be added up; a row with revises_id supersedes that claim.",
      ],
    });
  }
  return jsonDownload(
    { meta, data: rows },
    `frontier-monitor-claims-${fileSlug(scopeSlug(scope))}`,
    citationLink(u, ctx),
  );
}
