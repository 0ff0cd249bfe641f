// Card requests read from their URLs, validated with the same schemas as the pages and the API:
// a malformed parameter is a 400 naming it, never a 500.
import { z } from "zod";
import { queryDay } from "../query-day";
import { readScope } from "../claims/search-params";
import type { ClaimScope } from "../claims/scope";
import { today } from "../dates";
import { ClaimSubject } from "../db/generated/enums";
import type { AttackFilters } from "../incidents/filters";
import { readAttackView, type SearchParams } from "../incidents/search-params";

export type CardRequest =
  | { kind: "overview"; args: { asOf: string } }
  | { kind: "attacks"; args: AttackFilters }
  | { kind: "claims"; args: { scope: ClaimScope; subject?: string } }
  | { kind: "incident"; args: { id: string } }
  | { kind: "mediation"; args: { asOf: string } }
  | { kind: "methodology"; args: Record<string, never> }
  | { kind: "counts"; args: Record<string, never> };

export type ParsedCard =
  | { ok: true; req: CardRequest; requestedVersion: string | null; pinned: boolean }
  | { ok: false; param: string; message: string };

const day = queryDay();
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/, { error: "must be an id" });
const version = z.string().regex(/^[a-z0-9]{1,40}$/, { error: "must be a data version" });

export function parseCardRequest(kind: CardRequest["kind"], url: URL, id?: string): ParsedCard {
  const sp: SearchParams = Object.fromEntries(url.searchParams);
  const fail = (param: string, r: z.ZodSafeParseError<unknown>): ParsedCard => ({
    ok: false,
    param,
    message: r.error.issues[0]?.message ?? "invalid",
  });
  const v = url.searchParams.get("v");
  if (v !== null && !version.safeParse(v).success) return { ok: false, param: "v", message: "must be a data version" };
  const done = (req: CardRequest, pinned = true): ParsedCard => ({ ok: true, req, requestedVersion: v, pinned });

  if (kind === "overview" || kind === "mediation") {
    // Cards about "now" carry their day (?d=) so that a cached one never outlives it.
    const d = url.searchParams.get("d");
    if (d === null) return done({ kind, args: { asOf: today() } }, false);
    const r = day.safeParse(d);
    return r.success ? done({ kind, args: { asOf: r.data } }) : fail("d", r);
  }
  if (kind === "attacks") {
    const view = readAttackView(sp);
    const bad = view.invalid[0];
    return bad ? { ok: false, param: bad.param, message: bad.message } : done({ kind, args: view.filters });
  }
  if (kind === "claims") {
    const raw = url.searchParams.get("scope");
    if (raw === null)
      return { ok: false, param: "scope", message: "is required (episode:…, incident:… or month:YYYY-MM)" };
    const choice = readScope(raw, "month:2000-01");
    if (choice.invalid) return { ok: false, param: "scope", message: choice.invalid };
    const subject = url.searchParams.get("subject");
    if (subject === null) return done({ kind, args: { scope: choice.scope } });
    const r = z.enum(ClaimSubject).safeParse(subject);
    return r.success ? done({ kind, args: { scope: choice.scope, subject: r.data } }) : fail("subject", r);
  }
  // An id that cannot exist is simply not found (404), like any unknown one.
  if (kind === "incident") return done({ kind, args: { id: slug.safeParse(id).success ? id! : "" } });
  // The national series card takes no parameters besides the data version.
  if (kind === "counts") return done({ kind, args: {} });
  return done({ kind: "methodology", args: {} });
}
