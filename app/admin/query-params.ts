// URL query values the admin pages read. A value that does not parse is dropped, never passed on:
// a bad link opens the page as if the parameter were missing.
import { z } from "zod";

export type SearchParamsProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A record's id (?revises=, ?incident=, ?fromItem=). */
export const recordIdParam = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .optional()
  .catch(undefined);
