/** Reading one deal (with what the actor may do now) and its history. */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { coSellDecisionDeadline, effectiveDealType, isTerminalDealStatus, stagePercent } from "@/lib/domain/referral";
import type { DealDetail, DealHistoryItem, InvitationView } from "./contract";
import { abilitiesOf } from "./abilities";
import { eligibilityOf } from "./registration";
import { effectiveCoSell, effectiveStatus, ENTITY, fromDbDate, iso, isOwningPartner, loadVisible, money, reference, userRefs, type DealRow } from "./shared";

async function invitationsOf(row: DealRow): Promise<InvitationView[]> {
  const children = await db().deal.findMany({
    where: { parentDealId: row.id },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      estimatedValueMinor: true,
      currency: true,
      estimatedCloseDate: true,
      receivedAt: true,
      organization: { select: { id: true, name: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const now = new Date();
  return children.map((c) => ({
    id: c.id,
    organization: c.organization,
    status: effectiveStatus(c, now),
    estimatedValue: money(c.estimatedValueMinor, c.currency),
    estimatedCloseDate: fromDbDate(c.estimatedCloseDate),
    receivedAt: iso(c.receivedAt),
  }));
}

export async function toDetail(actor: Actor, row: DealRow, now = new Date()): Promise<DealDetail> {
  const status = effectiveStatus(row, now);
  const coSell = effectiveCoSell(row, now);
  const partner = isOwningPartner(actor, row);
  const [eligibility, invitations, favorite, users, senderOrg] = await Promise.all([
    row.status === "WON" ? eligibilityOf(row, now) : Promise.resolve(null),
    partner ? invitationsOf(row) : Promise.resolve([]),
    db().dealFavorite.findUnique({ where: { userId_dealId: { userId: actor.userId, dealId: row.id } }, select: { id: true } }),
    userRefs([row.providerSellerId, row.providerMarkedWonById, row.senderUserId]),
    row.senderOrganizationId
      ? db().organization.findUnique({ where: { id: row.senderOrganizationId }, select: { id: true, name: true } })
      : Promise.resolve(null),
  ]);
  const ref = (id: string | null) => (id ? (users.get(id) ?? null) : null);
  const contacts = Array.isArray(row.senderContacts) ? (row.senderContacts as { name: string; email: string; phone: string }[]) : [];
  return {
    id: row.id,
    reference: reference(row.number),
    version: row.version,
    organization: { id: row.organization.id, name: row.organization.name },
    direction: row.direction,
    dealType: row.dealType,
    effectiveDealType: effectiveDealType(row.dealType, coSell),
    program: row.program,
    status,
    storedStatus: row.status,
    percent: stagePercent(status),
    closed: isTerminalDealStatus(status),
    name: row.name,
    location: row.location,
    estimatedValue: money(row.estimatedValueMinor, row.currency),
    estimatedCloseDate: fromDbDate(row.estimatedCloseDate),
    crmId: row.crmId,
    campaignId: row.campaignId,
    partnerRole: row.partnerRole,
    solutionArea: row.solutionArea,
    solutionPlay: row.solutionPlay,
    notes: row.notes,
    marketplaceIntent: row.marketplaceIntent,
    customer: {
      accountId: row.customerAccountId,
      name: row.customerName,
      countryCode: row.customerCountryCode,
      city: row.customerCity,
      postalCode: row.customerPostalCode,
      duns: row.customerDuns,
      management: row.customerManagement,
    },
    customerContact:
      row.contactName && row.contactEmail
        ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone ?? "", consent: row.contactConsent, notes: row.contactNotes }
        : null,
    visibleToProvider: row.visibleToProvider,
    helpFromProvider: row.helpFromProvider,
    assessmentLocation: row.assessmentLocation,
    team: row.team,
    solutions: row.solutions.map(({ solution: s }) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      ipCoSellEligible: s.ipCoSellEligible,
      publisher: s.publisherOrganization?.name ?? null,
    })),
    provider: {
      coSellRequestState: coSell,
      requestedAt: iso(row.coSellRequestedAt),
      decisionDeadline: row.coSellRequestedAt ? coSellDecisionDeadline(row.coSellRequestedAt).toISOString() : null,
      decidedAt: iso(row.coSellDecidedAt),
      seller: ref(row.providerSellerId),
      markedWonAt: iso(row.providerMarkedWonAt),
      markedWonBy: ref(row.providerMarkedWonById),
      helpFromProvider: row.helpFromProvider,
    },
    sender:
      row.direction === "INBOUND"
        ? { organization: senderOrg, user: ref(row.senderUserId), contacts }
        : null,
    helpWanted: row.helpWanted,
    parentDealId: row.parentDealId,
    invitations,
    receivedAt: iso(row.receivedAt),
    expiresAt: iso(row.expiresAt),
    acceptedAt: iso(row.acceptedAt),
    wonAt: iso(row.wonAt),
    closedAt: iso(row.closedAt) ?? (status === "EXPIRED" ? iso(row.expiresAt) : null),
    declineReason: row.declineReason,
    declineNotes: row.declineNotes,
    lostReason: row.lostReason,
    lostNotes: row.lostNotes,
    errorReason: row.errorReason,
    errorNotes: row.errorNotes,
    registration: row.registration
      ? {
          id: row.registration.id,
          status: row.registration.status,
          errors: Array.isArray(row.registration.errors) ? (row.registration.errors as string[]) : [],
          submittedAt: row.registration.submittedAt.toISOString(),
          decidedAt: iso(row.registration.decidedAt),
          version: row.registration.version,
        }
      : null,
    favorite: favorite !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities: abilitiesOf(actor, row, now, { eligible: eligibility?.eligible ?? false }),
  };
}

/** `GET /referrals/{id}`: the deal with what the actor may do now; NotFoundError outside the actor's scope. */
export async function getDeal(actor: Actor, id: string): Promise<DealDetail> {
  const row = await loadVisible(actor, id);
  return toDetail(actor, row);
}

/** The deal's History tab, newest first. */
export async function dealHistory(actor: Actor, id: string): Promise<DealHistoryItem[]> {
  const row = await loadVisible(actor, id);
  const entries = await db().historyEntry.findMany({
    where: { entityType: ENTITY, entityId: row.id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 500,
  });
  const users = await userRefs(entries.map((e) => e.actorId));
  return entries.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actor: e.actorId ? (users.get(e.actorId) ?? { id: e.actorId, name: "Unknown user" }) : null,
    action: e.action,
    changes: Array.isArray(e.changes) ? (e.changes as DealHistoryItem["changes"]) : [],
  }));
}
