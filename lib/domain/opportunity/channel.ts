/**
 * Collaboration channels (domain.md §2.8), as data: the channel's and each invitee's states
 * and transitions, when a channel may be requested, and the inputs. Pure: the services
 * (lib/data/opportunities/channel.ts), the UI and the tests read these.
 */
import { z } from "zod";
import { SALES_STAGES, isTerminalStage, type ReviewStatus, type SalesStage } from "./picklists";

// ---- Channel ------------------------------------------------------------------------------

export const CHANNEL_STATUSES = ["REQUESTED", "CREATED", "ARCHIVED"] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

export const CHANNEL_EVENTS = ["RECORD_CREATED", "ARCHIVE"] as const;
export type ChannelEvent = (typeof CHANNEL_EVENTS)[number];

/** `REQUESTED` → `CREATED` (name and link recorded) → `ARCHIVED`; a request may also be archived unanswered. */
export const CHANNEL_TRANSITIONS: Record<ChannelEvent, { from: readonly ChannelStatus[]; to: ChannelStatus }> = {
  RECORD_CREATED: { from: ["REQUESTED"], to: "CREATED" },
  ARCHIVE: { from: ["REQUESTED", "CREATED"], to: "ARCHIVED" },
};

export type ChannelTransition = { ok: true; to: ChannelStatus } | { ok: false; reason: "NOT_ALLOWED_FROM_STATE" };

export function channelTransition(status: ChannelStatus, event: ChannelEvent): ChannelTransition {
  const rule = CHANNEL_TRANSITIONS[event];
  return rule.from.includes(status) ? { ok: true, to: rule.to } : { ok: false, reason: "NOT_ALLOWED_FROM_STATE" };
}

/** An open channel (requested or created) blocks another request on the same opportunity. */
export const OPEN_CHANNEL_STATUSES: readonly ChannelStatus[] = ["REQUESTED", "CREATED"];
export const isOpenChannel = (status: ChannelStatus) => OPEN_CHANNEL_STATUSES.includes(status);

// ---- Invitees -----------------------------------------------------------------------------

export const INVITEE_STATUSES = ["PENDING", "JOINED", "LEFT"] as const;
export type InviteeStatus = (typeof INVITEE_STATUSES)[number];

export const INVITEE_EVENTS = ["JOIN", "LEAVE"] as const;
export type InviteeEvent = (typeof INVITEE_EVENTS)[number];

/** `PENDING` → `JOINED` / `LEFT`; a member who joined may leave. Joining needs a created channel. */
export const INVITEE_TRANSITIONS: Record<InviteeEvent, { from: readonly InviteeStatus[]; to: InviteeStatus; channel: readonly ChannelStatus[] }> = {
  JOIN: { from: ["PENDING"], to: "JOINED", channel: ["CREATED"] },
  LEAVE: { from: ["PENDING", "JOINED"], to: "LEFT", channel: ["REQUESTED", "CREATED"] },
};

export type InviteeTransition = { ok: true; to: InviteeStatus } | { ok: false; reason: "NOT_ALLOWED_FROM_STATE" | "CHANNEL_NOT_READY" };

export function inviteeTransition(channel: ChannelStatus, status: InviteeStatus, event: InviteeEvent): InviteeTransition {
  const rule = INVITEE_TRANSITIONS[event];
  if (!rule.from.includes(status)) return { ok: false, reason: "NOT_ALLOWED_FROM_STATE" };
  if (!rule.channel.includes(channel)) return { ok: false, reason: "CHANNEL_NOT_READY" };
  return { ok: true, to: rule.to };
}

// ---- Eligibility --------------------------------------------------------------------------

/** The first stage at which a channel may be requested. */
export const CHANNEL_MIN_STAGE: SalesStage = "QUALIFIED";

export type ChannelEligibility = { ok: true } | { ok: false; reason: "NOT_APPROVED" | "STAGE_TOO_EARLY" | "TERMINAL_STAGE" };

/** §2.8: `APPROVED` and at stage `QUALIFIED` or later, not terminal. */
export function channelEligibility(status: ReviewStatus, stage: SalesStage): ChannelEligibility {
  if (status !== "APPROVED") return { ok: false, reason: "NOT_APPROVED" };
  if (isTerminalStage(stage)) return { ok: false, reason: "TERMINAL_STAGE" };
  if (SALES_STAGES.indexOf(stage) < SALES_STAGES.indexOf(CHANNEL_MIN_STAGE)) return { ok: false, reason: "STAGE_TOO_EARLY" };
  return { ok: true };
}

// ---- Inputs -------------------------------------------------------------------------------

export const MAX_CHANNEL_INVITEES = 50;
export const CHANNEL_NAME_MAX = 80;
export const CHANNEL_URL_MAX = 500;

/** `POST /opportunities/{id}/collaboration-channel`. */
export const ChannelRequestSchema = z.strictObject({
  inviteeIds: z
    .array(z.string({ error: "Choose the people to invite" }).trim().min(1).max(64), { error: "Choose the people to invite" })
    .min(1, "Choose at least one person to invite")
    .max(MAX_CHANNEL_INVITEES, `Invite at most ${MAX_CHANNEL_INVITEES} people`)
    .refine((ids) => new Set(ids).size === ids.length, "Choose each person once"),
});
export type ChannelRequestInput = z.input<typeof ChannelRequestSchema>;

const isHttpsUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
};

/** `POST /opportunities/{id}/collaboration-channel/created`: what the provider's account manager records. */
export const ChannelCreatedSchema = z.strictObject({
  name: z.string({ error: "Enter the channel's name" }).trim().min(1, "Enter the channel's name").max(CHANNEL_NAME_MAX, `Keep the name to ${CHANNEL_NAME_MAX} characters or fewer`),
  url: z
    .string({ error: "Enter the channel's link" })
    .trim()
    .min(1, "Enter the channel's link")
    .max(CHANNEL_URL_MAX, `Keep the link to ${CHANNEL_URL_MAX} characters or fewer`)
    .refine(isHttpsUrl, "Enter a full link starting with https://"),
  version: z.number({ error: "Enter the version as a positive integer" }).int().positive().optional(),
});
export type ChannelCreatedInput = z.input<typeof ChannelCreatedSchema>;

export const ChannelOptOutSchema = z.strictObject({ optOut: z.boolean({ error: "Choose on or off" }) });
