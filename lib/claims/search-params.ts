// The casualties page's scope in its URL: ?scope=episode:<id> | incident:<id> | month:YYYY-MM.
import { claimScopeSchema, type ClaimScope } from "./scope";

export type ScopeChoice = { value: string; scope: ClaimScope; invalid?: string };

const lastDay = (ym: string) => {
  const [y, m] = ym.split("-").map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
};

export function readScope(raw: string | string[] | undefined, fallback: string): ScopeChoice {
  const value = (Array.isArray(raw) ? raw[0] : raw) || fallback;
  const parsed = parse(value);
  if (parsed) return { value, scope: parsed };
  return {
    value: fallback,
    scope: parse(fallback)!,
    invalid: `“${value}” is not a scope (episode:…, incident:… or month:YYYY-MM)`,
  };
}

function parse(value: string): ClaimScope | null {
  const [kind, id] = [value.slice(0, value.indexOf(":")), value.slice(value.indexOf(":") + 1)];
  const candidate =
    kind === "episode"
      ? { kind, episodeId: id }
      : kind === "incident"
        ? { kind, incidentId: id }
        : kind === "month" && /^\d{4}-(0[1-9]|1[0-2])$/.test(id)
          ? { kind: "period", from: `${id}-01`, to: lastDay(id) }
          : null;
  const r = candidate ? claimScopeSchema.safeParse(candidate) : null;
  return r?.success ? r.data : null;
}
