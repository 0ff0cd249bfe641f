// Role ladder: admin ⊃ editor ⊃ viewer. Checked in the data layer (lib/access/authorize.ts) on every
// read of non-public data and every write; proxy.ts only redirects for convenience. No zod here:
// the admin navigation (a client component) imports hasRole, and zod would ship to every admin page.
import { Role } from "../db/generated/enums";

const RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}
