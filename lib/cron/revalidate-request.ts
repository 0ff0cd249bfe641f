// The body of POST /api/cron/revalidate, sent by `npm run refresh` (which runs outside the Next
// server and so cannot expire its cache itself). One schema for the CLI that sends it and the
// route that reads it.
import { z } from "zod";
import { CACHE_TAGS } from "../cache-tags";

export const revalidateRequestSchema = z.object({
  tags: z
    .array(z.enum(Object.values(CACHE_TAGS) as [string, ...string[]]))
    .min(1)
    .max(20),
});

export type RevalidateRequest = z.infer<typeof revalidateRequestSchema>;
