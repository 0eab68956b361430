/**
 * Creating the recipient's INBOUND deal when a partner invites partners (P2P, §4.5) or sends
 * a deal to another partner: a RECEIVED deal of the invitee (expires after 14 days) whose
 * parent is the inviter's deal. Shared by create and "invite partners later".
 */
import type { Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dealTransition, type PartnerRole } from "@/lib/domain/referral";
import { InvalidTransitionError, ValidationError, type FieldError } from "@/lib/errors";
import { recordHistory } from "../history";
import { coSellDirectoryWhere } from "../catalog/partners";
import { noticeReceived } from "./notices";
import { ENTITY, toDbDate, type Client } from "./shared";

/** What the child copies from the inviter's deal. */
export type ParentDeal = {
  id: string;
  name: string;
  program: "IP_CO_SELL" | "SERVICES_CO_SELL";
  location: string;
  solutionArea: string | null;
  solutionPlay: string | null;
  marketplaceIntent: "YES" | "NO" | "UNDECIDED" | null;
  visibleToProvider: boolean;
  customerAccountId: string | null;
  customerName: string;
  customerCountryCode: string;
  customerCity: string;
  customerPostalCode: string | null;
  customerDuns: string | null;
  customerManagement: "MANAGED" | "UNMANAGED" | "OTHER";
};

export type ChildSpec = {
  organizationId: string;
  estimatedValue: { amountMinor: number; currency: string };
  estimatedCloseDate: string;
  notes: string;
  solutionIds: string[];
  senderContacts: { name: string; email: string; phone: string }[];
  helpWanted: PartnerRole[];
};

export type DirectoryOrg = { id: string; name: string; locations: string[] };

/**
 * The partner organisations named in invitations, each checked: in the co-sell directory
 * (a partner with an active referral admin) and not the inviter's own organisation.
 */
export async function loadInvitees(
  client: Client,
  actor: Actor,
  ids: { id: string; path: string }[],
): Promise<Map<string, DirectoryOrg>> {
  const unique = [...new Set(ids.map((i) => i.id))];
  const rows = unique.length
    ? await client.organization.findMany({
        where: { ...coSellDirectoryWhere, id: { in: unique } },
        select: { id: true, name: true, locations: true },
      })
    : [];
  const found = new Map(rows.map((r) => [r.id, r]));
  const errors: FieldError[] = [];
  for (const { id, path } of ids) {
    if (id === actor.organizationId) errors.push({ path, message: "Invite another partner, not your own organisation" });
    else if (!found.has(id)) errors.push({ path, message: "Choose a partner from the co-sell directory" });
  }
  if (errors.length) throw new ValidationError(errors);
  return found;
}

/** The invitee's location: the inviter's when the invitee has it, else the invitee's first one. */
export const inviteeLocation = (parentLocation: string, invitee: DirectoryOrg) =>
  invitee.locations.includes(parentLocation) ? parentLocation : (invitee.locations[0] ?? parentLocation);

export async function createInboundChild(
  tx: Prisma.TransactionClient,
  actor: Actor,
  parent: ParentDeal,
  invitee: DirectoryOrg,
  spec: ChildSpec,
  now: Date,
): Promise<string> {
  const decision = dealTransition({ status: null, dealType: "P2P", direction: "INBOUND" }, { type: "RECEIVE" }, { now });
  if (!decision.ok) throw new InvalidTransitionError(decision.message);
  const child = await tx.deal.create({
    data: {
      organizationId: invitee.id,
      direction: "INBOUND",
      dealType: "P2P",
      program: parent.program,
      status: decision.to,
      name: parent.name,
      location: inviteeLocation(parent.location, invitee),
      estimatedValueMinor: BigInt(spec.estimatedValue.amountMinor),
      currency: spec.estimatedValue.currency,
      estimatedCloseDate: toDbDate(spec.estimatedCloseDate),
      solutionArea: parent.solutionArea,
      solutionPlay: parent.solutionPlay,
      notes: spec.notes,
      marketplaceIntent: parent.program === "IP_CO_SELL" ? (parent.marketplaceIntent ?? "UNDECIDED") : null,
      customerAccountId: parent.customerAccountId,
      customerName: parent.customerName,
      customerCountryCode: parent.customerCountryCode,
      customerCity: parent.customerCity,
      customerPostalCode: parent.customerPostalCode,
      customerDuns: parent.customerDuns,
      customerManagement: parent.customerManagement,
      visibleToProvider: parent.visibleToProvider,
      senderOrganizationId: actor.organizationId,
      senderUserId: actor.userId,
      senderContacts: spec.senderContacts as Prisma.InputJsonValue,
      helpWanted: spec.helpWanted,
      receivedAt: now,
      expiresAt: decision.effects.expiresAt ?? null,
      parentDealId: parent.id,
      createdById: actor.userId,
      solutions: { create: [...new Set(spec.solutionIds)].map((solutionId) => ({ solutionId })) },
    },
    select: { id: true },
  });
  await recordHistory(tx, {
    entityType: ENTITY,
    entityId: child.id,
    organizationId: invitee.id,
    actorId: actor.userId,
    action: "received",
    changes: [
      { field: "status", from: null, to: decision.to },
      { field: "sender", from: null, to: actor.organizationName },
      { field: "parentDealId", from: null, to: parent.id },
    ],
  });
  await noticeReceived(tx, { id: child.id, organizationId: invitee.id }, actor.organizationName, actor.userId);
  return child.id;
}
