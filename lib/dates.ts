// Day arithmetic on ISO dates (YYYY-MM-DD, UTC), the form the data layer stores and returns.
// One module so every page, card, API response and query agrees on what "a day" is.
const DAY_MS = 86_400_000;

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);
export const optionalIsoDay = (d: Date | null | undefined): string | null => (d ? isoDay(d) : null);
/** Today in UTC. Call at request time (after `connection()`), never at module load. */
export const today = (): string => isoDay(new Date());
export const addDays = (iso: string, n: number): string => isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS));
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
/** Monday of the ISO week, as PostgreSQL's date_trunc('week', …) returns it. */
export const mondayOf = (iso: string): string => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));
