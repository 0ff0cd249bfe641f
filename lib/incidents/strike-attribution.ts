// Who says an incident inside Afghanistan was Pakistan's act. An incident there is never drawn as
// "a Pakistani strike" on its own: it is acknowledged by Pakistan, attributed by an independent
// observer (the UN, a news organisation, a research body), alleged by the Afghan authorities, or
// unattributed. Each incident falls in the first of these that applies, in this order.
import { Prisma } from "../db/generated/client";

export const STRIKE_ATTRIBUTIONS = ["ACKNOWLEDGED", "INDEPENDENT", "ALLEGED", "UNATTRIBUTED"] as const;
export type StrikeAttribution = (typeof STRIKE_ATTRIBUTIONS)[number];

export const STRIKE_ATTRIBUTION_LABELS: Record<StrikeAttribution, string> = {
  ACKNOWLEDGED: "Acknowledged by Pakistan",
  INDEPENDENT: "Attributed to Pakistan by an independent observer",
  ALLEGED: "Alleged by the Afghan authorities",
  UNATTRIBUTED: "Unattributed",
};

/** The attribution of incident `i` as SQL: a Pakistani actor named as perpetrator, and by whom. */
export const strikeAttributionSql = Prisma.sql`
  CASE
    WHEN EXISTS (SELECT 1 FROM "IncidentPerpetrator" p JOIN "Actor" a ON a."id" = p."actorId"
                 WHERE p."incidentId" = i."id" AND a."side" = 'PAKISTAN' AND p."basis" = 'CLAIMED') THEN 'ACKNOWLEDGED'
    WHEN EXISTS (SELECT 1 FROM "IncidentPerpetrator" p JOIN "Actor" a ON a."id" = p."actorId"
                   JOIN "Actor" b ON b."id" = p."attributedById"
                 WHERE p."incidentId" = i."id" AND a."side" = 'PAKISTAN' AND p."basis" = 'ATTRIBUTED'
                   AND b."side" IN ('INDEPENDENT', 'THIRD_PARTY')) THEN 'INDEPENDENT'
    WHEN EXISTS (SELECT 1 FROM "IncidentPerpetrator" p JOIN "Actor" a ON a."id" = p."actorId"
                   JOIN "Actor" b ON b."id" = p."attributedById"
                 WHERE p."incidentId" = i."id" AND a."side" = 'PAKISTAN' AND p."basis" = 'ATTRIBUTED'
                   AND b."side" = 'AFGHANISTAN') THEN 'ALLEGED'
    ELSE 'UNATTRIBUTED'
  END`;

/** The same rule in code, for one incident's perpetrator rows (the incident page). */
export function strikeAttributionOf(
  perpetrators: { basis: string; actor: { side: string }; attributedBy: { side: string } }[],
): StrikeAttribution {
  const pakistani = perpetrators.filter((row) => row.actor.side === "PAKISTAN");
  if (pakistani.some((row) => row.basis === "CLAIMED")) return "ACKNOWLEDGED";
  if (pakistani.some((row) => ["INDEPENDENT", "THIRD_PARTY"].includes(row.attributedBy.side))) return "INDEPENDENT";
  if (pakistani.some((row) => row.attributedBy.side === "AFGHANISTAN")) return "ALLEGED";
  return "UNATTRIBUTED";
}
