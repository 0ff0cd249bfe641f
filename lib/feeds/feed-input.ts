// One schema for a feed source's editable settings (admin form, action, data layer). Credentials
// are never stored: only the NAME of the environment variable that holds them.
import { z } from "zod";
import { flag, recordId } from "../writes/fields";
import { DECLARED_CREDENTIALS, UNDECLARED_CREDENTIAL_MESSAGE } from "./credentials";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const feedUrl = z
  .string({ error: "URL is required." })
  .trim()
  .min(1, "URL is required.")
  .max(2000, "At most 2000 characters.")
  .pipe(z.url({ protocol: /^https?$/, error: "Must be an http:// or https:// URL." }));

// Only names some adapter declares (credentials.ts): any other variable of the server
// (BETTER_AUTH_SECRET, DATABASE_URL…) would be sent to the feed's URL. The write then checks the
// name against the source's own kind, which this schema does not know.
export const credentialEnvName = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(100, "At most 100 characters.")
    .regex(/^[A-Z][A-Z0-9_]*$/, {
      error:
        "An environment variable name: capital letters, digits and _, starting with a letter (e.g. ACLED_API_KEY).",
      abort: true,
    })
    .refine((name) => DECLARED_CREDENTIALS.includes(name), UNDECLARED_CREDENTIAL_MESSAGE)
    .nullable(),
);

const settings = { url: feedUrl, credentialEnv: credentialEnvName, enabled: flag };

export const feedSourceInput = z.object({
  id: recordId("Feed source"),
  ...settings,
  /** The settings as the admin loaded them: the save applies only if nobody changed them since. */
  loaded: z.object(
    {
      url: z.string(),
      credentialEnv: z.preprocess(blankToNull, z.string().nullable()),
      enabled: z.preprocess((v) => v === true || v === "true", z.boolean()),
    },
    { error: "The form is out of date: reload the page." },
  ),
});

export type FeedSourceInput = z.infer<typeof feedSourceInput>;
