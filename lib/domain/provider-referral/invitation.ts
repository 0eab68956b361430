/**
 * Provider referrals to partners (domain.md §3, "ACE inbound"): a provider seller sends an
 * opportunity invitation; the partner has 5 business days (partner's time zone) to accept.
 *
 *   (new) --SEND--> PENDING (expiresAt = sentAt + 5 business days, stored)
 *   PENDING --ACCEPT--> ACCEPTED   (becomes an APPROVED opportunity of the partner)
 *   PENDING --REJECT (reason)--> REJECTED
 *   PENDING, overdue --EXPIRE (sweep)--> EXPIRED
 *
 * Read-time enforcement (§6): a PENDING invitation at or after `expiresAt` is EXPIRED for
 * every decision and display (`effectiveInvitationStatus`), whether or not the sweep has
 * run: accepting or rejecting it is refused, and it disappears from the partner's views.
 */
import { z } from "zod";
import { referralExpiresAt, referralReminderAt } from "../business-days";
import { allowedEventsOf, runTransition, type TransitionResult, type TransitionTable } from "../referral/lifecycle";

export const INVITATION_STATUSES = ["PENDING", "ACCEPTED", "REJECTED", "EXPIRED"] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const TERMINAL_INVITATION_STATUSES: readonly InvitationStatus[] = ["ACCEPTED", "REJECTED", "EXPIRED"];
export const isTerminalInvitationStatus = (status: InvitationStatus) => status !== "PENDING";

export const INVITATION_REJECT_REASONS = [
  "CUSTOMER_PROBLEM_UNCLEAR",
  "NEXT_STEPS_UNCLEAR",
  "UNABLE_TO_SUPPORT",
  "DUPLICATE_OF_PARTNER_REFERRAL",
  "OTHER",
] as const;
export type InvitationRejectReason = (typeof INVITATION_REJECT_REASONS)[number];

/** `POST /opportunity-invitations/{id}/reject`: a reason; a comment (≤ 255) is required with OTHER. */
export const RejectInvitationSchema = z
  .strictObject({
    reason: z.enum(INVITATION_REJECT_REASONS, { error: "Choose a reason" }),
    comment: z.string({ error: "Enter a comment" }).trim().max(255, "At most 255 characters").optional().nullable(),
  })
  .superRefine(
    (value, ctx) => {
      const comment = typeof value.comment === "string" ? value.comment.trim() : "";
      if (value.reason === "OTHER" && comment === "") {
        ctx.addIssue({ code: "custom", path: ["comment"], message: "Explain why you reject the referral" });
      }
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type RejectInvitationInput = z.input<typeof RejectInvitationSchema>;
export type RejectInvitation = z.output<typeof RejectInvitationSchema>;

/** `POST /opportunity-invitations/accept` (bulk): 1–100 distinct ids. */
export const BulkAcceptInvitationsSchema = z.strictObject({
  ids: z
    .array(z.string().min(1).max(64), { error: "Choose the referrals to accept" })
    .min(1, "Choose at least one referral")
    .max(100, "At most 100 referrals at once")
    .refine((ids) => new Set(ids).size === ids.length, "Each referral only once"),
});

// ---------------------------------------------------------------------------------
// Timers

/** When an invitation sent at `sentAt` expires: 5 business days in the partner's time zone. */
export const invitationExpiresAt = (sentAt: Date, partnerTimeZone: string): Date => referralExpiresAt(sentAt, partnerTimeZone);

/** When to send "referral expiring in 1 business day" (§6). */
export const invitationReminderAt = (expiresAt: Date, partnerTimeZone: string): Date => referralReminderAt(expiresAt, partnerTimeZone);

/** True when a PENDING invitation is at or past its `expiresAt`. */
export function isInvitationOverdue(status: InvitationStatus, expiresAt: Date | null, now: Date): boolean {
  return status === "PENDING" && expiresAt !== null && now.getTime() >= expiresAt.getTime();
}

/** The status to show and decide on: an overdue PENDING is EXPIRED. */
export function effectiveInvitationStatus(status: InvitationStatus, expiresAt: Date | null, now: Date): InvitationStatus {
  return isInvitationOverdue(status, expiresAt, now) ? "EXPIRED" : status;
}

/** Partners see only invitations that are still pending (not overdue); the provider sees all. */
export function isInvitationListedForPartner(status: InvitationStatus, expiresAt: Date | null, now: Date): boolean {
  return effectiveInvitationStatus(status, expiresAt, now) === "PENDING";
}

/** Milliseconds left to answer (for the countdown); 0 once expired or answered. */
export function invitationTimeLeftMs(status: InvitationStatus, expiresAt: Date | null, now: Date): number {
  if (effectiveInvitationStatus(status, expiresAt, now) !== "PENDING" || expiresAt === null) return 0;
  return Math.max(0, expiresAt.getTime() - now.getTime());
}

// ---------------------------------------------------------------------------------
// Machine

export type InvitationEvent = { type: "SEND" } | { type: "ACCEPT" } | { type: "REJECT" } | { type: "EXPIRE" };
export type InvitationEventType = InvitationEvent["type"];

type Subject = { timeZone: string | undefined };

export const INVITATION_TRANSITIONS: TransitionTable<InvitationStatus, InvitationEvent, Subject> = [
  {
    event: "SEND",
    from: [null],
    to: "PENDING",
    by: ["PROVIDER"],
    guard: ({ subject }) => (subject.timeZone ? null : "The partner organisation's time zone is needed to compute the expiry"),
    effects: ({ now, subject }) => ({ expiresAt: invitationExpiresAt(now, subject.timeZone!) }),
  },
  { event: "ACCEPT", from: ["PENDING"], to: "ACCEPTED", by: ["PARTNER"] },
  { event: "REJECT", from: ["PENDING"], to: "REJECTED", by: ["PARTNER"] },
  {
    event: "EXPIRE",
    from: ["PENDING"],
    to: "EXPIRED",
    by: ["SYSTEM"],
    matchStoredStatus: true,
    guard: ({ status }) => (status === "EXPIRED" ? null : "The invitation has not expired yet"),
    available: ({ status }) => status === "EXPIRED",
  },
];

const options = {
  isTerminal: isTerminalInvitationStatus,
  noun: "referral",
  expiredMessage: "The referral has expired: the 5 business days to accept it are over",
};

export type InvitationContext = {
  now: Date;
  /** The stored expiry; null only before SEND. */
  expiresAt: Date | null;
  /** The partner organisation's time zone (needed by SEND). */
  timeZone?: string;
};

function ruleInput(status: InvitationStatus | null, ctx: InvitationContext) {
  const effective = status === null ? null : effectiveInvitationStatus(status, ctx.expiresAt, ctx.now);
  return { status: effective, storedStatus: status, subject: { timeZone: ctx.timeZone }, now: ctx.now };
}

/**
 * Decide an event on an invitation (`status` null = not sent yet). An overdue PENDING
 * counts as EXPIRED: ACCEPT/REJECT are refused with code EXPIRED, only EXPIRE applies.
 */
export function invitationTransition(
  status: InvitationStatus | null,
  event: InvitationEvent | InvitationEventType,
  ctx: InvitationContext,
): TransitionResult<InvitationStatus> {
  const e = typeof event === "string" ? { type: event } : event;
  return runTransition(INVITATION_TRANSITIONS, { ...ruleInput(status, ctx), event: e }, options);
}

/** The events available now (which buttons to show). */
export function allowedInvitationEvents(status: InvitationStatus | null, ctx: InvitationContext): InvitationEventType[] {
  return allowedEventsOf(INVITATION_TRANSITIONS, ruleInput(status, ctx));
}
