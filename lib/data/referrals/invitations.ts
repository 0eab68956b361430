/**
 * Changing how a deal is sold (domain.md §4.1, §4.5): the one-way upgrade of a private or
 * partner-led deal, and inviting the provider (a co-sell help request, 14 days to answer)
 * and/or partners (each receives an inbound deal) later, while the deal is open.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { dealTransition, inviteToDealSchema, MAX_PARTNER_INVITATIONS } from "@/lib/domain/referral";
import { InvalidTransitionError, ValidationError } from "@/lib/errors";
import { parseInput } from "../validate";
import { solutionKinds } from "../catalog/solutions";
import type { DealDetail } from "./contract";
import { getDeal } from "./detail";
import { createInboundChild, loadInvitees, type ParentDeal } from "./inbound";
import { assertOwningPartner, loadVisible, machineInput, writeDealChange, type DealRow } from "./shared";

/** Body of an upgrade: the new sale type; a co-sell upgrade says what help is wanted. */
export const UpgradeDealSchema = z
  .strictObject({
    to: z.enum(["PARTNER_LED", "CO_SELL"], { error: "Choose partner-led or co-sell" }),
    helpFromProvider: z
      .array(z.string().trim().min(1, "Describe the help").max(255, "At most 255 characters"))
      .max(10, "At most 10 kinds of help")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.to === "CO_SELL" && !(v.helpFromProvider && v.helpFromProvider.length > 0)) {
      ctx.addIssue({ code: "custom", path: ["helpFromProvider"], message: "Say what help you need from the provider" });
    }
    if (v.to === "PARTNER_LED" && v.helpFromProvider && v.helpFromProvider.length > 0) {
      ctx.addIssue({ code: "custom", path: ["helpFromProvider"], message: "A partner-led deal asks no help: upgrade to co-sell instead" });
    }
  });

const parentOf = (row: DealRow): ParentDeal => ({
  id: row.id,
  name: row.name,
  program: row.program,
  location: row.location,
  solutionArea: row.solutionArea,
  solutionPlay: row.solutionPlay,
  marketplaceIntent: row.marketplaceIntent,
  visibleToProvider: row.visibleToProvider,
  customerAccountId: row.customerAccountId,
  customerName: row.customerName,
  customerCountryCode: row.customerCountryCode,
  customerCity: row.customerCity,
  customerPostalCode: row.customerPostalCode,
  customerDuns: row.customerDuns,
  customerManagement: row.customerManagement,
});

/** Private → partner-led / co-sell, partner-led → co-sell; never back. */
export async function upgradeDeal(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const v = parseInput(UpgradeDealSchema, input);
  const row = await loadVisible(actor, id);
  assertOwningPartner(actor, row);
  const now = new Date();
  const result = dealTransition(machineInput(row, now), { type: "UPGRADE", to: v.to }, { now });
  if (!result.ok) throw new InvalidTransitionError(result.message);
  const coSell = v.to === "CO_SELL";
  await writeDealChange(actor, row, {
    where: { dealType: row.dealType },
    data: {
      dealType: v.to,
      visibleToProvider: true,
      ...(coSell
        ? {
            helpFromProvider: v.helpFromProvider!,
            coSellRequestState: "REQUESTED",
            coSellRequestedAt: now,
            coSellDecidedAt: null,
            providerSellerId: null,
          }
        : {}),
    },
    action: "upgraded",
    changes: [
      { field: "dealType", from: row.dealType, to: v.to },
      ...(row.visibleToProvider ? [] : [{ field: "visibleToProvider", from: false, to: true }]),
      ...(coSell
        ? [
            { field: "helpFromProvider", from: row.helpFromProvider, to: v.helpFromProvider! },
            { field: "coSellRequestState", from: row.coSellRequestState, to: "REQUESTED" },
          ]
        : []),
    ],
  });
  return getDeal(actor, row.id);
}

/** `POST /referrals/{id}/invitations`: `{ provider: true }` and/or `{ partners: [...] }`. */
export async function inviteToDeal(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const row = await loadVisible(actor, id);
  assertOwningPartner(actor, row);
  const body = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const ids = Array.isArray(body.partners)
    ? body.partners.flatMap((p) =>
        p && typeof p === "object" && Array.isArray((p as { solutions?: unknown }).solutions)
          ? ((p as { solutions: unknown[] }).solutions.flatMap((s) =>
              s && typeof s === "object" && typeof (s as { solutionId?: unknown }).solutionId === "string" ? [(s as { solutionId: string }).solutionId] : [],
            ))
          : [],
      )
    : [];
  const v = parseInput(
    inviteToDealSchema({ teamEmails: row.team.map((m) => m.email), solutionKind: await solutionKinds(ids) }),
    input,
  );
  const provider = v.provider === true;
  const partners = v.partners ?? [];
  const now = new Date();
  const result = dealTransition(machineInput(row, now), { type: "INVITE", provider, partners: partners.length > 0 }, { now });
  if (!result.ok) throw new InvalidTransitionError(result.message);
  if (partners.length > 0 && row.direction !== "OUTBOUND") {
    throw new InvalidTransitionError("Partners are invited by the organisation that created the deal.");
  }

  const existing = partners.length
    ? await db().deal.findMany({
        where: { parentDealId: row.id, status: { notIn: ["DECLINED", "EXPIRED", "ERROR"] } },
        select: { organizationId: true, status: true, expiresAt: true },
      })
    : [];
  const active = existing.filter((c) => !(c.status === "RECEIVED" && c.expiresAt && c.expiresAt <= now));
  const taken = new Set(active.map((c) => c.organizationId));
  const errors = partners.flatMap((p, i) =>
    taken.has(p.partnerOrganizationId)
      ? [{ path: `partners.${i}.partnerOrganizationId`, message: "This partner is already invited to the deal" }]
      : [],
  );
  if (active.length + partners.length > MAX_PARTNER_INVITATIONS) {
    errors.push({ path: "partners", message: `At most ${MAX_PARTNER_INVITATIONS} partners on one deal (${active.length} already invited)` });
  }
  if (errors.length) throw new ValidationError(errors);
  const invitees = await loadInvitees(
    db(),
    actor,
    partners.map((p, i) => ({ id: p.partnerOrganizationId, path: `partners.${i}.partnerOrganizationId` })),
  );

  const dealType = result.effects.dealType ?? row.dealType;
  const parent = parentOf(row);
  const contacts = row.team.map(({ name, email, phone }) => ({ name, email, phone }));
  await writeDealChange(actor, row, {
    where: { dealType: row.dealType, coSellRequestState: row.coSellRequestState },
    data: {
      dealType,
      ...(provider
        ? { visibleToProvider: true, coSellRequestState: "REQUESTED", coSellRequestedAt: now, coSellDecidedAt: null, providerSellerId: null }
        : {}),
    },
    action: provider && partners.length ? "invited_provider_and_partners" : provider ? "invited_provider" : "invited_partners",
    changes: [
      ...(dealType !== row.dealType ? [{ field: "dealType", from: row.dealType, to: dealType }] : []),
      ...(provider ? [{ field: "coSellRequestState", from: row.coSellRequestState, to: "REQUESTED" }] : []),
      ...(partners.length ? [{ field: "partners", from: null, to: partners.map((p) => invitees.get(p.partnerOrganizationId)!.name) }] : []),
    ],
    after: async (tx) => {
      const visible = provider ? true : parent.visibleToProvider;
      for (const inv of partners) {
        const emails = new Set(inv.teamMemberEmails.map((e) => e.toLowerCase()));
        await createInboundChild(
          tx,
          actor,
          { ...parent, visibleToProvider: visible },
          invitees.get(inv.partnerOrganizationId)!,
          {
            organizationId: inv.partnerOrganizationId,
            estimatedValue: inv.estimatedValue,
            estimatedCloseDate: inv.estimatedCloseDate,
            notes: inv.notes,
            solutionIds: inv.solutions.map((s) => s.solutionId),
            senderContacts: contacts.filter((c) => emails.has(c.email)),
            helpWanted: inv.helpWanted,
          },
          now,
        );
      }
    },
  });
  return getDeal(actor, row.id);
}
