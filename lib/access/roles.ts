// Role ladder: admin ⊃ editor ⊃ viewer. Checked in the data layer (lib/access/authorize.ts) on every
// read of non-public data and every write; proxy.ts only redirects for convenience.
import { z } from "zod";
import { Role } from "../db/generated/enums";

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** The one schema for a role, wherever one is read (session, admin form, CLI). */
export const roleSchema = z.enum(Role, { error: "Choose a role." });

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}
