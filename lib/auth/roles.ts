// Role ladder: admin ⊃ editor ⊃ viewer. Checked in the data layer (lib/auth/authorize.ts) on every
// read of non-public data and every write; proxy.ts only redirects for convenience.
import type { Role } from "../db/generated/client";

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}
