// Creates an account that can sign in with e-mail + password: the User row, better-auth's
// "credential" Account row holding the password hash (hashed with better-auth's own scrypt, so its
// sign-in verifies it), and the audit row, all in one transaction. Used by `npm run admin:create`,
// the admin users page (through lib/auth/users.ts, which checks the role first), dev seed
// accounts and tests. Takes the client as a parameter: no server-only import.
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { Role } from "../db/generated/client";
import type { DbTx } from "../db/create-client";
import type { Db } from "../db/create-client";
import { writeAudit } from "../audit/write-audit";
import { roleSchema } from "../access/role-schema";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` });

export const emailSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.email({ error: "Enter a valid e-mail address." }).max(254, { error: "That e-mail address is too long." }),
);

/** One schema for the CLI, the admin form and tests. */
export const newUserSchema = z.object({
  email: emailSchema,
  name: z
    .string({ error: "Enter a name." })
    .trim()
    .min(1, { error: "Enter a name." })
    .max(120, { error: "Use at most 120 characters." }),
  role: roleSchema,
  password: passwordSchema,
});

/** Unvalidated input: every caller (form, CLI, tests) goes through newUserSchema. */
export type NewUserInput = { email?: unknown; name?: unknown; role?: unknown; password?: unknown };
export type FieldErrors = Partial<Record<string, string[]>>;

/** Input that failed validation (or an e-mail already taken), with messages per field. */
export class InvalidInput extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(
      Object.entries(fieldErrors)
        .map(([k, v]) => `${k}: ${v?.join(" ")}`)
        .join("; "),
    );
    this.name = "InvalidInput";
  }
}

export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(z.flattenError(parsed.error).fieldErrors as FieldErrors);
  return parsed.data;
}

export type CreatedUser = { id: string; email: string; name: string; role: Role };

/**
 * Validates, hashes (outside the transaction: scrypt takes a while and the embedded database holds
 * its only connection for an open transaction), then writes user, credential and audit together.
 * `actorId` is the admin who created the account; null for the CLI and seeds.
 */
export async function createUserWithPassword(
  db: Db,
  input: NewUserInput,
  options: { actorId?: string | null; tx?: DbTx } = {},
): Promise<CreatedUser> {
  const data = parseOrThrow(newUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  const write = async (tx: DbTx): Promise<CreatedUser> => {
    const taken = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (taken) throw new InvalidInput({ email: ["An account with this e-mail address already exists."] });
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, emailVerified: true },
      select: { id: true, email: true, name: true, role: true },
    });
    await tx.account.create({
      data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash },
    });
    await writeAudit(tx, {
      userId: options.actorId ?? null,
      action: "create",
      entityType: "User",
      entityId: user.id,
      after: user,
    });
    return user;
  };
  return options.tx ? write(options.tx) : db.$transaction(write);
}
