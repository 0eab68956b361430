/**
 * Checks of the ids an opportunity body names (owner, parent) and of the partner CRM id's
 * uniqueness: the parts of validation that need the database. Each returns field errors so
 * they are reported together with the schema's.
 */
import { db, Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import type { FieldError, OpportunityData } from "@/lib/domain/opportunity";
import { opportunityScope } from "@/lib/authz/scope";
import { PARTNER_CRM_ID_TAKEN } from "./shared";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export const ASSIGNEE_MESSAGES = {
  unknown: "Choose an active user of your organisation with access to ACE opportunities",
  inactive: "This user is inactive and cannot own opportunities",
  noAce: "This user has no ACE role and cannot own opportunities",
} as const;

/** Why `userId` cannot own opportunities of `organizationId` (undefined = it can). */
export async function ownerProblem(organizationId: string, userId: string, client: Client = db()): Promise<string | undefined> {
  const user = await client.user.findFirst({
    where: { id: userId, organizationId },
    select: { status: true, aceRole: true },
  });
  if (!user) return ASSIGNEE_MESSAGES.unknown;
  if (user.status !== "ACTIVE") return ASSIGNEE_MESSAGES.inactive;
  if (!user.aceRole) return ASSIGNEE_MESSAGES.noAce;
  return undefined;
}

/**
 * Owner, parent and partner CRM id of a body about to be stored for `organizationId`.
 * `self` is the opportunity being updated (excluded from the uniqueness check and as parent).
 */
export async function referenceErrors(
  actor: Actor,
  organizationId: string,
  data: OpportunityData,
  opts: { self?: string; check: { owner?: boolean; parent?: boolean; crmId?: boolean } },
  client: Client = db(),
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const checks: Promise<void>[] = [];
  if (opts.check.owner && data.ownerId) {
    const ownerId = data.ownerId;
    checks.push(
      ownerProblem(organizationId, ownerId, client).then((problem) => {
        if (problem) errors.push({ path: "ownerId", message: problem });
      }),
    );
  }
  if (opts.check.parent && data.parentOpportunityId) {
    const parentId = data.parentOpportunityId;
    if (parentId === opts.self) {
      errors.push({ path: "parentOpportunityId", message: "An opportunity cannot be its own parent" });
    } else {
      checks.push(
        client.opportunity
          .findFirst({ where: { AND: [{ id: parentId, organizationId }, opportunityScope(actor)] }, select: { id: true } })
          .then((parent) => {
            if (!parent) errors.push({ path: "parentOpportunityId", message: "Choose an opportunity of your organisation" });
          }),
      );
    }
  }
  if (opts.check.crmId && data.partnerCrmId) {
    const partnerCrmId = data.partnerCrmId;
    checks.push(
      client.opportunity
        .findFirst({
          where: { organizationId, partnerCrmId, ...(opts.self ? { id: { not: opts.self } } : {}) },
          select: { id: true },
        })
        .then((other) => {
          if (other) errors.push(PARTNER_CRM_ID_TAKEN);
        }),
    );
  }
  await Promise.all(checks);
  return errors;
}
