/**
 * A provider seller refers a customer deal to a partner organisation (domain.md §3):
 * validated like a complete opportunity in the partner's context, optionally naming a
 * recipient (an active user of that organisation with an ACE role), with `expiresAt` = sent
 * + 5 business days in the partner's time zone. The partner's alliance leads and the
 * recipient are notified in the same transaction.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { hasPermission } from "@/lib/authz/policy";
import { invitationReminderAt, invitationTransition } from "@/lib/domain/provider-referral";
import { todayInTimeZone, type FieldError } from "@/lib/domain/opportunity";
import { formatDateTime } from "@/lib/format";
import { ForbiddenError, InvalidTransitionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import { notify, type RecipientFormat } from "../notifications/notify";
import { ruleContext } from "../opportunities/shared";
import type { SentReferralSummary } from "./contract";
import { parseReferralInput, partnerIdOf } from "./input";
import { ENTITY, partnerAudience, reference, referralPath, type ReferralData } from "./shared";

const NOT_ALLOWED = "Only the provider's sellers can refer deals to partners";

/** Why a user cannot be named as the recipient, or null when they can. */
export function recipientProblem(
  user: { organizationId: string; status: string; aceRole: string | null; name: string } | null,
  partner: { id: string; name: string },
): string | null {
  if (!user || user.organizationId !== partner.id) return `This user is not a member of ${partner.name}`;
  if (user.status !== "ACTIVE") return `${user.name} is deactivated and cannot receive referrals`;
  if (!user.aceRole) return `${user.name} has no access to ACE opportunities at ${partner.name}, so could not accept the referral`;
  return null;
}

export async function sendProviderReferral(actor: Actor, input: unknown, now: Date = new Date()): Promise<SentReferralSummary> {
  if (!hasPermission(actor, "providerReferral.send")) throw new ForbiddenError(NOT_ALLOWED);
  const client = db();

  const partnerId = partnerIdOf(input);
  const partner = partnerId
    ? await client.organization.findFirst({
        where: { id: partnerId, kind: "PARTNER" },
        select: { id: true, name: true, timeZone: true, trainingPartner: true },
      })
    : null;
  const partnerError: FieldError[] =
    partnerId && !partner ? [{ path: "partnerOrganizationId", message: "Choose a partner organisation from the list" }] : [];
  // Without a partner, validate the fields in a neutral context so every error shows at once.
  const ctx = partner ? ruleContext(partner, now) : { today: todayInTimeZone("UTC", now), trainingPartner: false };
  let parsed: ReturnType<typeof parseReferralInput>;
  try {
    parsed = parseReferralInput(input, ctx);
  } catch (e) {
    if (e instanceof ValidationError && partnerError.length)
      throw new ValidationError([...partnerError, ...e.errors.filter((x) => x.path !== "partnerOrganizationId")]);
    throw e;
  }
  if (!partner)
    throw new ValidationError(
      partnerError.length ? partnerError : [{ path: "partnerOrganizationId", message: "Choose a partner organisation" }],
    );
  const { envelope, fields } = parsed;

  if (envelope.recipientUserId) {
    const user = await client.user.findUnique({
      where: { id: envelope.recipientUserId },
      select: { organizationId: true, status: true, aceRole: true, name: true },
    });
    const problem = recipientProblem(user, partner);
    if (problem) throw new ValidationError([{ path: "recipientUserId", message: problem }]);
  } else {
    const leads = await client.user.count({ where: { organizationId: partner.id, status: "ACTIVE", aceRole: "ALLIANCE_LEAD" } });
    if (leads === 0) {
      throw new ValidationError([
        { path: "recipientUserId", message: `${partner.name} has no active alliance lead to accept referrals: name a recipient` },
      ]);
    }
  }

  const verdict = invitationTransition(null, "SEND", { now, expiresAt: null, timeZone: partner.timeZone });
  if (!verdict.ok || !verdict.effects.expiresAt)
    throw new InvalidTransitionError(verdict.ok ? "The expiry could not be computed" : verdict.message);
  const expiresAt = verdict.effects.expiresAt;
  const remindAt = invitationReminderAt(expiresAt, partner.timeZone);

  // The sender is always one of the provider contacts the partner sees.
  const team = (envelope.providerTeam ?? []).map((m) => ({ role: m.role, name: m.name!, email: m.email!.toLowerCase() }));
  if (!team.some((m) => m.email === actor.email.toLowerCase()))
    team.unshift({ role: "SALES_REP", name: actor.name, email: actor.email.toLowerCase() });
  const data: ReferralData = {
    ...fields,
    stage: fields.stage ?? "QUALIFIED",
    ...(envelope.nextStep ? { nextStep: envelope.nextStep } : {}),
    ...(envelope.leadSource ? { leadSource: envelope.leadSource } : {}),
    providerTeam: team,
  };
  const customerName = data.customer?.companyName ?? "";
  const title = data.project?.title ?? "";

  const created = await client.$transaction(async (tx) => {
    const row = await tx.opportunityInvitation.create({
      data: {
        partnerOrganizationId: partner.id,
        recipientUserId: envelope.recipientUserId,
        senderId: actor.userId,
        status: "PENDING",
        data: data as object,
        customerName,
        title,
        sentAt: now,
        expiresAt,
        remindAt,
      },
      select: { id: true, number: true },
    });
    await recordHistory(tx, {
      entityType: ENTITY,
      entityId: row.id,
      organizationId: partner.id,
      actorId: actor.userId,
      action: "sent",
      changes: [
        { field: "status", from: null, to: "PENDING" },
        { field: "partnerOrganizationId", from: null, to: partner.id },
        { field: "recipientUserId", from: null, to: envelope.recipientUserId },
        { field: "expiresAt", from: null, to: expiresAt.toISOString() },
      ],
    });
    // The deadline in each recipient's locale and time zone.
    const due = ({ locale, timeZone }: RecipientFormat) => formatDateTime(expiresAt, { locale, timeZone, showTimeZone: true });
    await notify(tx, {
      userIds: await partnerAudience(tx, { partnerOrganizationId: partner.id, recipientUserId: envelope.recipientUserId }),
      kind: "PROVIDER_REFERRAL_RECEIVED",
      title: `New provider referral ${reference(row.number)}: ${customerName}`,
      body: (r) =>
        `${actor.name} (${actor.organizationName}) referred "${title}" for ${customerName} to ${partner.name}. Accept or reject it by ${due(r)}; after that it expires.`,
      link: referralPath(row.id),
      entity: { type: ENTITY, id: row.id },
    });
    return row;
  });
  return {
    id: created.id,
    reference: reference(created.number),
    status: "PENDING",
    sentAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
}
