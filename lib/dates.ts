// Day arithmetic on ISO dates (YYYY-MM-DD, UTC), the form the data layer stores and returns.
// One module so every page, card, API response and query agrees on what "a day" is.
const DAY_MS = 86_400_000;

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const optionalIsoDay = (d: Date | null | undefined): string | null => (d ? isoDay(d) : null);
/** Today in UTC. Call at request time, or through lib/cached-now.ts in a cached page; never at module load. */
export const today = (): string => isoDay(new Date());
export const addDays = (iso: string, n: number): string =>
  isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS));
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
/** Monday of the ISO week, as PostgreSQL's date_trunc('week', …) returns it. */
export const mondayOf = (iso: string): string => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

/**
 * The days a query parameter may name. Wide enough for any record (and for open-ended "to" bounds),
 * narrow enough that day arithmetic never leaves the years JavaScript and PostgreSQL both print as
 * YYYY-MM-DD (a "to" of 9999-12-31 plus one day once became a 500).
 */
export const QUERY_DAY_MIN = "1900-01-01";
export const QUERY_DAY_MAX = "2199-12-31";
