// Day arithmetic on ISO dates (YYYY-MM-DD, UTC), as the data layer stores them.
const DAY_MS = 86_400_000;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (iso: string, n: number) => isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY_MS));
/** Monday of the ISO week, as PostgreSQL's date_trunc('week', …) returns it. */
export const mondayOf = (iso: string) => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));
