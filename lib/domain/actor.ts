import type { AceRole, OrganizationKind, ProviderRole, ReferralRole } from "./roles";

/**
 * The signed-in person as every rule sees them. Built from the database on each request
 * (lib/auth), never trusted from the client.
 */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  organizationId: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  /** Partner users only. */
  aceRole: AceRole | null;
  /** Partner users only. */
  referralRole: ReferralRole | null;
  /** `GLOBAL` or a location code; meaningful for REFERRAL_USER only. */
  locationScope: string | null;
  /** Provider users only. */
  providerRole: ProviderRole | null;
  /** Partner organisation flags, false for the provider. */
  solutionAssessmentApproved: boolean;
  trainingPartner: boolean;
  timeZone: string;
  locale: string;
};

export const isPartner = (a: Actor) => a.organizationKind === "PARTNER";
export const isProvider = (a: Actor) => a.organizationKind === "PROVIDER";
export const hasAceAccess = (a: Actor) => isPartner(a) && a.aceRole !== null;
