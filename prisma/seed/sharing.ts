/**
 * The sharing and collaboration parts of shared/spec/demo-data.md: a pending share
 * invitation from Acme to Bolt, and a collaboration channel request (REQUESTED) on an
 * approved Acme opportunity whose provider account manager is Sam Seller. Stable ids;
 * rows that already exist are left alone, so a second run changes nothing. Creating either
 * on an opportunity that is not APPROVED throws (the opportunity plan changed).
 */
import type { Db } from "@/lib/db";
import { demoId } from "./ids";
import { orgId, userId } from "./people";

/** Acme's approved opportunities begin at index 26 of its plan (seed/opportunities.ts). */
const SHARED_OPPORTUNITY = demoId("opportunity:acme:27"); // APPROVED, QUALIFIED
const CHANNEL_OPPORTUNITY = demoId("opportunity:acme:31"); // APPROVED, TECHNICAL_VALIDATION, Sam Seller account manager

export const DEMO_SHARE_ID = demoId("share:acme:bolt:27");
export const DEMO_CHANNEL_ID = demoId("channel:acme:31");

export async function seedSharing(db: Db, now = Date.now()) {
  const lead = userId("lead@acme.example");
  const created = { shares: 0, channels: 0 };
  await db.$transaction(async (tx) => {
    const opportunities = await tx.opportunity.findMany({
      where: { id: { in: [SHARED_OPPORTUNITY, CHANNEL_OPPORTUNITY] } },
      select: { id: true, status: true },
    });
    const statusOf = new Map(opportunities.map((o) => [o.id, o.status]));
    /** The share and the channel need approved opportunities (§2.8, §2.9): a changed plan must fail loudly. */
    const requireApproved = (id: string, purpose: string) => {
      const status = statusOf.get(id);
      if (status !== "APPROVED") {
        throw new Error(
          `Demo seed: the ${purpose} needs Acme's opportunity ${id} to be APPROVED, but it is ${status ?? "missing"}. ` +
            "Check the plan in prisma/seed/opportunities.ts (SHARED_OPPORTUNITY / CHANNEL_OPPORTUNITY in prisma/seed/sharing.ts).",
        );
      }
    };

    if (!(await tx.shareInvitation.findUnique({ where: { id: DEMO_SHARE_ID }, select: { id: true } }))) {
      requireApproved(SHARED_OPPORTUNITY, "share invitation to Bolt");
      const at = new Date(now - 2 * 86_400_000);
      const message = "Bolt's analytics team would strengthen our proposal for this customer. Shall we co-sell it?";
      await tx.shareInvitation.create({
        data: {
          id: DEMO_SHARE_ID,
          opportunityId: SHARED_OPPORTUNITY,
          invitingOrganizationId: orgId("acme"),
          invitedOrganizationId: orgId("bolt"),
          invitedById: lead,
          message,
          fields: ["CUSTOMER", "PROJECT", "STAGE"],
          createdAt: at,
        },
      });
      await tx.historyEntry.create({
        data: {
          id: demoId("share:acme:bolt:27:history"),
          entityType: "OPPORTUNITY",
          entityId: SHARED_OPPORTUNITY,
          organizationId: orgId("acme"),
          actorId: lead,
          action: "shared",
          changes: [
            { field: "sharedWith", from: null, to: ["Bolt Analytics"] },
            { field: "sharedFields", from: null, to: ["CUSTOMER", "PROJECT", "STAGE"] },
            { field: "message", from: null, to: message },
          ],
          at,
        },
      });
      created.shares += 1;
    }

    if (!(await tx.collaborationChannel.findUnique({ where: { id: DEMO_CHANNEL_ID }, select: { id: true } }))) {
      requireApproved(CHANNEL_OPPORTUNITY, "collaboration channel request");
      const at = new Date(now - 86_400_000);
      const invitees = ["lead@acme.example", "manager@acme.example", "team@acme.example"].map(userId);
      await tx.collaborationChannel.create({
        data: {
          id: DEMO_CHANNEL_ID,
          opportunityId: CHANNEL_OPPORTUNITY,
          requestedById: lead,
          requestedAt: at,
          invitees: {
            create: invitees.map((id, i) => ({
              id: demoId(`channel:acme:31:invitee:${i}`),
              userId: id,
              invitedAt: new Date(at.getTime() + i),
            })),
          },
        },
      });
      await tx.historyEntry.create({
        data: {
          id: demoId("channel:acme:31:history"),
          entityType: "OPPORTUNITY",
          entityId: CHANNEL_OPPORTUNITY,
          organizationId: orgId("acme"),
          actorId: lead,
          action: "channel_requested",
          changes: [{ field: "collaborationChannel", from: null, to: { status: "REQUESTED", invitees: invitees.length } }],
          at,
        },
      });
      created.channels += 1;
    }
  });
  return created;
}
