// Input of the account forms (sign-in, account, users): the login form's schema, and how their
// actions read named text fields. What the actions answer is lib/actions/action-state.ts.
import { z } from "zod";
import { emailSchema } from "./create-user";

export const loginSchema = z.object({
  email: emailSchema,
  // No length rule at sign-in: the message must not reveal anything about the account.
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(1024),
  next: z.string().optional(),
});

/** Reads named text fields of a form (files and missing fields become undefined). */
export function formFields(form: FormData, names: string[]): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {};
  for (const name of names) {
    const value = form.get(name);
    fields[name] = typeof value === "string" ? value : undefined;
  }
  return fields;
}
