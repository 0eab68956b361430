/**
 * The kinds of notification (domain.md §6), one per event the portal tells people about.
 * Each is shown in the bell and emailed, unless the user muted email for that kind in
 * Settings → Notifications. Pure: the Prisma enum `NotificationKind` mirrors this list.
 *
 * Who is notified is decided by the service that writes the change (it calls `notify()`
 * from lib/data/notifications in its own transaction); `audience` documents it.
 */
export const NOTIFICATION_KINDS = [
  "OPPORTUNITY_ACTION_REQUIRED",
  "OPPORTUNITY_APPROVED",
  "OPPORTUNITY_REJECTED",
  "OPPORTUNITY_TRANSFERRED",
  "PROVIDER_REFERRAL_RECEIVED",
  "PROVIDER_REFERRAL_EXPIRING",
  "PROVIDER_REFERRAL_EXPIRED",
  "PROVIDER_REFERRAL_ANSWERED",
  "SHARE_INVITATION_RECEIVED",
  "SHARE_INVITATION_ANSWERED",
  "COLLABORATION_CHANNEL_REQUESTED",
  "COLLABORATION_CHANNEL_CREATED",
  "CO_SELL_REQUEST_ANSWERED",
  "INBOUND_DEAL_RECEIVED",
  "INBOUND_DEAL_EXPIRING",
  "INBOUND_DEAL_ANSWERED",
  "INBOUND_DEAL_EXPIRED",
  "REGISTRATION_RESULT",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === "string" && (NOTIFICATION_KINDS as readonly string[]).includes(value);

export const NOTIFICATION_GROUPS = ["aceOpportunities", "providerReferrals", "collaboration", "coSellDeals"] as const;
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number];

export type NotificationKindInfo = {
  group: NotificationGroup;
  /** Who receives it (documentation; the calling service decides). */
  audience: string;
  /** The kinds of organisation whose users can receive it (the settings page shows only those). */
  for: readonly ("PARTNER" | "PROVIDER")[];
};

const P = ["PARTNER"] as const;
const V = ["PROVIDER"] as const;
const PV = ["PARTNER", "PROVIDER"] as const;

export const NOTIFICATION_KIND_INFO: Record<NotificationKind, NotificationKindInfo> = {
  OPPORTUNITY_ACTION_REQUIRED: { group: "aceOpportunities", audience: "every active user of the organisation with an ACE role", for: P },
  OPPORTUNITY_APPROVED: { group: "aceOpportunities", audience: "the opportunity's owner", for: P },
  OPPORTUNITY_REJECTED: { group: "aceOpportunities", audience: "the opportunity's owner", for: P },
  OPPORTUNITY_TRANSFERRED: { group: "aceOpportunities", audience: "the new owner", for: P },
  PROVIDER_REFERRAL_RECEIVED: { group: "providerReferrals", audience: "the partner's alliance leads and the named recipient", for: P },
  PROVIDER_REFERRAL_EXPIRING: {
    group: "providerReferrals",
    audience: "the partner's alliance leads and the named recipient, once, 1 business day before expiry",
    for: P,
  },
  PROVIDER_REFERRAL_EXPIRED: {
    group: "providerReferrals",
    audience: "the sending provider seller, the partner's alliance leads and the named recipient",
    for: PV,
  },
  PROVIDER_REFERRAL_ANSWERED: { group: "providerReferrals", audience: "the sending provider seller", for: V },
  SHARE_INVITATION_RECEIVED: { group: "collaboration", audience: "the invited organisation's alliance leads and ACE managers", for: P },
  SHARE_INVITATION_ANSWERED: { group: "collaboration", audience: "the user who shared the opportunity", for: P },
  COLLABORATION_CHANNEL_REQUESTED: { group: "collaboration", audience: "the opportunity's provider account manager", for: V },
  COLLABORATION_CHANNEL_CREATED: { group: "collaboration", audience: "every invitee of the channel", for: P },
  CO_SELL_REQUEST_ANSWERED: { group: "coSellDeals", audience: "the deal's referral admins and team (joined, declined or lapsed)", for: P },
  INBOUND_DEAL_RECEIVED: { group: "coSellDeals", audience: "the receiving organisation's referral admins", for: P },
  INBOUND_DEAL_EXPIRING: {
    group: "coSellDeals",
    audience: "the receiving organisation's referral admins, once, 1 day before expiry",
    for: P,
  },
  INBOUND_DEAL_ANSWERED: { group: "coSellDeals", audience: "the sender (accepted or declined)", for: PV },
  INBOUND_DEAL_EXPIRED: { group: "coSellDeals", audience: "the sender and the receiving organisation's referral admins", for: PV },
  REGISTRATION_RESULT: { group: "coSellDeals", audience: "the user who registered the deal and the referral admins", for: P },
};

/** The kinds a user of an organisation of `kind` can receive, in catalogue order. */
export const notificationKindsFor = (kind: "PARTNER" | "PROVIDER"): NotificationKind[] =>
  NOTIFICATION_KINDS.filter((k) => NOTIFICATION_KIND_INFO[k].for.includes(kind));
