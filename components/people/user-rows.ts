import type { Actor } from "@/lib/domain/actor";
import type { AceRole, OrganizationKind, ProviderRole, ReferralRole, UserStatus } from "@/lib/domain/roles";
import { can } from "@/lib/authz/policy";

/** A user as the people tables show it, with the changes the viewer may make (policy `can`). */
export type UserRow = {
  id: string;
  name: string;
  email: string;
  status: UserStatus;
  aceRole: AceRole | null;
  referralRole: ReferralRole | null;
  locationScope: string | null;
  providerRole: ProviderRole | null;
  version: number;
  self: boolean;
  allowed: { aceRole: boolean; referralRole: boolean; providerRole: boolean; status: boolean };
};

export type UserTableOrganization = { id: string; name: string; kind: OrganizationKind; locations: string[] };

type UserLike = Omit<UserRow, "self" | "allowed"> & { organizationId: string; organization: { kind: OrganizationKind } };

/** Server side: the row for a user, with what `actor` may change. The services enforce the same rules. */
export function toUserRow(actor: Actor, user: UserLike): UserRow {
  const resource = { kind: "user" as const, id: user.id, organizationId: user.organizationId, organizationKind: user.organization.kind };
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    status: user.status,
    aceRole: user.aceRole,
    referralRole: user.referralRole,
    locationScope: user.locationScope,
    providerRole: user.providerRole,
    version: user.version,
    self: user.id === actor.userId,
    allowed: {
      aceRole: can(actor, "user.setAceRole", resource),
      referralRole: can(actor, "user.setReferralRole", resource),
      providerRole: can(actor, "user.setProviderRole", resource),
      status: can(actor, "user.setStatus", resource),
    },
  };
}
