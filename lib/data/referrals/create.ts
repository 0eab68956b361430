/**
 * Creating a co-sell deal (domain.md §4.2, api.md `POST /referrals`).
 *
 * - A partner creates an OUTBOUND deal in CREATED. A P2P deal also creates an INBOUND deal
 *   (RECEIVED, 14 days to answer) for every invited partner; a partner that names
 *   `recipientOrganizationId` keeps its outbound deal and the recipient receives an inbound
 *   one (a partner-to-partner referral, dealType P2P on the recipient's side).
 * - A provider seller sends a deal to a partner (`recipientOrganizationId` required): the
 *   recipient gets an INBOUND deal in RECEIVED; the seller stays its sender (and, for a
 *   co-sell deal, is on it from the start: the request is JOINED). The body's team are the
 *   seller's contacts; the recipient names its own team when accepting.
 *
 * Decisions: a deal sent to another organisation is never PRIVATE; provider sellers do not
 * create P2P deals; a solution assessment is sent only to an approved organisation.
 */
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/authz/policy";
import { createReferralSchema, dealReachErrors, dealTransition, helpRequested, isVisibleToProvider, type CreateReferral } from "@/lib/domain/referral";
import { ForbiddenError, InvalidTransitionError, ValidationError, type FieldError } from "@/lib/errors";
import { recordHistory } from "../history";
import { parseInput } from "../validate";
import { coSellDirectoryWhere } from "../catalog/partners";
import { solutionKinds } from "../catalog/solutions";
import type { DealDetail } from "./contract";
import { getDeal } from "./detail";
import { createInboundChild, loadInvitees, type ParentDeal } from "./inbound";
import { noticeReceived } from "./notices";
import { ENTITY, teamRows, toDbDate } from "./shared";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function solutionIdsOf(body: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const collect = (list: unknown) => {
    if (Array.isArray(list)) for (const s of list) if (isRecord(s) && typeof s.solutionId === "string") ids.push(s.solutionId);
  };
  collect(body.solutions);
  if (Array.isArray(body.partnerInvitations)) for (const inv of body.partnerInvitations) if (isRecord(inv)) collect(inv.solutions);
  return ids;
}

type Recipient = { id: string; name: string; locations: string[]; solutionAssessmentApproved: boolean };

async function loadRecipient(actor: Actor, id: unknown): Promise<Recipient> {
  const invalid = (message: string) => new ValidationError([{ path: "recipientOrganizationId", message }]);
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw invalid("Choose the partner to send the deal to");
  if (id === actor.organizationId) throw invalid("Send the deal to another partner, not your own organisation");
  const org = await db().organization.findFirst({
    where: { ...coSellDirectoryWhere, id },
    select: { id: true, name: true, locations: true, solutionAssessmentApproved: true },
  });
  if (!org) throw invalid("Choose a partner from the co-sell directory");
  return org;
}

type Customer = {
  customerAccountId: string | null;
  customerName: string;
  customerCountryCode: string;
  customerCity: string;
  customerPostalCode: string | null;
  customerDuns: string | null;
  customerManagement: "MANAGED" | "UNMANAGED" | "OTHER";
};

/** The customer snapshot: a directory account, or a manual entry (management OTHER, never a federal account). */
async function resolveCustomer(customer: CreateReferral["customer"]): Promise<Customer> {
  if (customer.accountId) {
    const account = await db().customerAccount.findUnique({ where: { id: customer.accountId } });
    if (!account) throw new ValidationError([{ path: "customer.accountId", message: "No such customer in the directory" }]);
    return {
      customerAccountId: account.id,
      customerName: account.name,
      customerCountryCode: account.countryCode,
      customerCity: account.city,
      customerPostalCode: account.postalCode,
      customerDuns: account.duns,
      customerManagement: account.management,
    };
  }
  const name = customer.name!.trim();
  const countryCode = customer.countryCode!;
  const duns = customer.duns ?? null;
  const federal = await db().customerAccount.findFirst({
    where: {
      federal: true,
      OR: [{ name: { equals: name, mode: "insensitive" }, countryCode }, ...(duns ? [{ duns }] : [])],
    },
    select: { id: true },
  });
  if (federal) {
    throw new ValidationError([{ path: "customer.name", message: "This is a federal account: pick it from the DUNS list (Other tab)" }]);
  }
  return {
    customerAccountId: null,
    customerName: name,
    customerCountryCode: countryCode,
    customerCity: customer.city!.trim(),
    customerPostalCode: customer.postalCode?.trim() || null,
    customerDuns: duns,
    customerManagement: "OTHER",
  };
}

export async function createReferral(actor: Actor, input: unknown): Promise<DealDetail> {
  const seller = actor.organizationKind === "PROVIDER";
  if (seller ? !hasPermission(actor, "referral.send") : !hasPermission(actor, "referral.create")) {
    throw new ForbiddenError("Your role may not create co-sell deals.");
  }
  const body = isRecord(input) ? input : {};
  const recipientId = body.recipientOrganizationId;
  const sending = recipientId !== undefined && recipientId !== null;
  if (seller && !sending) {
    throw new ValidationError([{ path: "recipientOrganizationId", message: "Choose the partner to send the deal to" }]);
  }
  const recipient = sending ? await loadRecipient(actor, recipientId) : null;
  // The deal's location belongs to the organisation that owns it: the recipient's for a
  // provider seller's referral, the partner's own otherwise (its outbound deal).
  const locations = seller
    ? recipient!.locations
    : ((await db().organization.findUnique({ where: { id: actor.organizationId }, select: { locations: true } }))?.locations ?? []);
  const solutionKind = await solutionKinds(solutionIdsOf(body));
  const v = parseInput(createReferralSchema({ locations, solutionKind }), input);

  // A referral user creates only deals they will see: their location scope, themself on the team (§1).
  const errors: FieldError[] = dealReachErrors(actor, { location: v.location, teamEmails: v.team.map((m) => m.email) });
  if (sending && v.dealType === "PRIVATE") {
    errors.push({ path: "dealType", message: "A deal sent to another organisation cannot be private" });
  }
  if (seller && v.dealType === "P2P") {
    errors.push({ path: "dealType", message: "Provider sellers send partner-led, co-sell or assessment deals" });
  }
  if (v.dealType === "SOLUTION_ASSESSMENT") {
    if (seller) {
      if (!recipient!.solutionAssessmentApproved) {
        errors.push({ path: "recipientOrganizationId", message: "This partner is not approved for solution assessments" });
      }
    } else if (!hasPermission(actor, "assessment.create")) {
      throw new ForbiddenError("Only organisations approved for solution assessments create them.");
    } else if (sending) {
      errors.push({ path: "recipientOrganizationId", message: "A solution assessment is carried out by your organisation" });
    }
  }
  if (errors.length) throw new ValidationError(errors);
  const customer = await resolveCustomer(v.customer);
  const invitees = await loadInvitees(
    db(),
    actor,
    v.partnerInvitations.map((inv, i) => ({ id: inv.partnerOrganizationId, path: `partnerInvitations.${i}.partnerOrganizationId` })),
  );

  const now = new Date();
  const direction = seller ? "INBOUND" : "OUTBOUND";
  const decision = dealTransition({ status: null, dealType: v.dealType, direction }, { type: seller ? "RECEIVE" : "CREATE" }, { now });
  if (!decision.ok) throw new InvalidTransitionError(decision.message);

  const help = v.helpFromProvider === undefined || v.helpFromProvider === "NONE" ? [] : v.helpFromProvider;
  const wantsHelp = helpRequested(v.helpFromProvider);
  const visibleToProvider = isVisibleToProvider(v.dealType, { visibleToProvider: v.visibleToProvider === true || wantsHelp });
  type CoSellFields = Partial<Pick<Prisma.DealUncheckedCreateInput, "coSellRequestState" | "coSellRequestedAt" | "coSellDecidedAt" | "providerSellerId">>;
  const coSell: CoSellFields =
    seller && v.dealType === "CO_SELL"
      ? { coSellRequestState: "JOINED", coSellRequestedAt: now, coSellDecidedAt: now, providerSellerId: actor.userId }
      : !seller && (v.dealType === "CO_SELL" || (v.dealType === "P2P" && wantsHelp))
        ? { coSellRequestState: "REQUESTED", coSellRequestedAt: now }
        : {};
  const organizationId = seller ? recipient!.id : actor.organizationId;
  const contact = v.customerContact ?? null;
  const location = v.location.toUpperCase();

  const id = await db().$transaction(async (tx) => {
    const team = await teamRows(tx, organizationId, v.team);
    const deal = await tx.deal.create({
      data: {
        ...customer,
        ...coSell,
        organizationId,
        direction,
        dealType: v.dealType,
        program: v.program,
        status: decision.to,
        name: v.name,
        location,
        estimatedValueMinor: BigInt(v.estimatedValue.amountMinor),
        currency: v.estimatedValue.currency,
        estimatedCloseDate: toDbDate(v.estimatedCloseDate),
        crmId: v.crmId || null,
        campaignId: v.campaignId || null,
        partnerRole: v.partnerRole ?? null,
        solutionArea: v.solutionArea || null,
        solutionPlay: v.solutionPlay || null,
        notes: v.notes,
        marketplaceIntent: v.program === "IP_CO_SELL" ? (v.marketplaceIntent ?? null) : null,
        contactName: contact?.name ?? null,
        contactPhone: contact?.phone ?? null,
        contactEmail: contact?.email.toLowerCase() ?? null,
        contactConsent: contact?.consent === true,
        contactNotes: contact?.notes || null,
        visibleToProvider,
        helpFromProvider: help,
        assessmentLocation: v.dealType === "SOLUTION_ASSESSMENT" ? (v.assessmentLocation?.toUpperCase() ?? null) : null,
        ...(seller
          ? {
              senderOrganizationId: actor.organizationId,
              senderUserId: actor.userId,
              senderContacts: team.map(({ name, email, phone }) => ({ name, email, phone })) as Prisma.InputJsonValue,
              receivedAt: now,
              expiresAt: decision.effects.expiresAt ?? null,
            }
          : { team: { create: team } }),
        createdById: actor.userId,
        solutions: { create: v.solutions.map((s) => ({ solutionId: s.solutionId })) },
      },
      select: { id: true },
    });
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: deal.id,
      organizationId,
      actorId: actor.userId,
      action: seller ? "received" : "created",
      changes: [
        { field: "status", from: null, to: decision.to },
        { field: "dealType", from: null, to: v.dealType },
        ...(seller ? [{ field: "sender", from: null, to: actor.organizationName }] : []),
        ...(coSell.coSellRequestState ? [{ field: "coSellRequestState", from: null, to: coSell.coSellRequestState }] : []),
      ],
    });

    if (seller) await noticeReceived(tx, { id: deal.id, organizationId }, actor.organizationName, actor.userId);

    const parent: ParentDeal = { id: deal.id, name: v.name, program: v.program, location, solutionArea: v.solutionArea || null, solutionPlay: v.solutionPlay || null, marketplaceIntent: v.marketplaceIntent ?? null, visibleToProvider, ...customer };
    const contacts = team.map(({ name, email, phone }) => ({ name, email, phone }));
    const invited: string[] = [];
    for (const inv of v.partnerInvitations) {
      const emails = new Set(inv.teamMemberEmails.map((e) => e.toLowerCase()));
      await createInboundChild(tx, actor, parent, invitees.get(inv.partnerOrganizationId)!, {
        organizationId: inv.partnerOrganizationId,
        estimatedValue: inv.estimatedValue,
        estimatedCloseDate: inv.estimatedCloseDate,
        notes: inv.notes,
        solutionIds: inv.solutions.map((s) => s.solutionId),
        senderContacts: contacts.filter((c) => emails.has(c.email)),
        helpWanted: inv.helpWanted,
      }, now);
      invited.push(invitees.get(inv.partnerOrganizationId)!.name);
    }
    if (!seller && recipient) {
      await createInboundChild(tx, actor, parent, recipient, {
        organizationId: recipient.id,
        estimatedValue: v.estimatedValue,
        estimatedCloseDate: v.estimatedCloseDate,
        notes: v.notes,
        solutionIds: v.solutions.map((s) => s.solutionId),
        senderContacts: contacts,
        helpWanted: v.partnerRole ? [v.partnerRole] : [],
      }, now);
      invited.push(recipient.name);
    }
    if (invited.length) {
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: deal.id,
        organizationId,
        actorId: actor.userId,
        action: "invited_partners",
        changes: [{ field: "partners", from: null, to: invited }],
      });
    }
    return deal.id;
  });
  return getDeal(actor, id);
}
