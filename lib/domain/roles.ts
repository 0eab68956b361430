/**
 * Organisations, roles and scopes of domain.md §1, spelled exactly as the spec gives them.
 * Pure: no Prisma, no Next. The Prisma enums mirror these values.
 */
export const ORGANIZATION_KINDS = ["PARTNER", "PROVIDER"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ACE_ROLES = ["ALLIANCE_LEAD", "ALLIANCE_TEAM", "ACE_MANAGER", "ACE_USER"] as const;
export type AceRole = (typeof ACE_ROLES)[number];

export const REFERRAL_ROLES = ["REFERRAL_ADMIN", "REFERRAL_USER"] as const;
export type ReferralRole = (typeof REFERRAL_ROLES)[number];

export const PROVIDER_ROLES = ["VALIDATOR", "PROVIDER_SELLER", "PROVIDER_ADMIN"] as const;
export type ProviderRole = (typeof PROVIDER_ROLES)[number];

export const USER_STATUSES = ["ACTIVE", "INACTIVE"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const CONNECTION_STATUSES = ["PENDING", "ACTIVE", "ENDED"] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

/** A referral user's location scope: `GLOBAL` or one of the organisation's locations. */
export const GLOBAL_SCOPE = "GLOBAL";

/** ACE roles that see every opportunity of their organisation (§1 Visibility). */
export const ORG_WIDE_ACE_ROLES: readonly AceRole[] = ["ALLIANCE_LEAD", "ALLIANCE_TEAM", "ACE_MANAGER"];
