// The one schema for a role, wherever one is read (session, admin form, CLI). Apart from roles.ts
// so that client code checking a role does not bundle zod.
import { z } from "zod";
import { Role } from "../db/generated/enums";

export const roleSchema = z.enum(Role, { error: "Choose a role." });
