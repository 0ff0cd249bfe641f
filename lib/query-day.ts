// The one zod rule for a day in a query string or a filter (pages, API, cards, admin filters):
// YYYY-MM-DD, a real calendar day, inside the range day arithmetic handles (lib/dates.ts).
import { z } from "zod";
import { QUERY_DAY_MAX, QUERY_DAY_MIN } from "./dates";

export const queryDay = (error = "must be a date as YYYY-MM-DD") =>
  z.iso.date({ error }).refine((day) => day >= QUERY_DAY_MIN && day <= QUERY_DAY_MAX, {
    error: `must be a date between ${QUERY_DAY_MIN} and ${QUERY_DAY_MAX}`,
  });
