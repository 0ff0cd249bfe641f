// Shapes shared by the auth forms and their server actions, and the login form's schema.
import { z } from "zod";
import { emailSchema, type FieldErrors } from "./create-user";

/** What a form action returns: field errors beside the fields, or one message for the whole form. */
export type FormState = { ok?: string; error?: string; fieldErrors?: FieldErrors; values?: Record<string, string> };

export const loginSchema = z.object({
  email: emailSchema,
  // No length rule at sign-in: the message must not reveal anything about the account.
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(1024),
  next: z.string().optional(),
});

/** Reads named text fields of a form (files and missing fields become undefined). */
export function formFields(form: FormData, names: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const n of names) {
    const v = form.get(n);
    out[n] = typeof v === "string" ? v : undefined;
  }
  return out;
}
