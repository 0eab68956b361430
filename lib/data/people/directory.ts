/**
 * People and organisations as the REST API lists them (api.md `GET /users`,
 * `GET /organizations`): keyset pages in a stable (sort value, id) order, within the same
 * visibility rules as the web pages (lib/authz/scope.ts).
 */
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import type { OrganizationKind, UserStatus } from "@/lib/domain/roles";
import { userScope } from "@/lib/authz/scope";

/** Start strictly after the row with this sort value and id. */
export type KeysetAfter = { value: string | number | boolean | null; id: string };
export type KeysetOptions<F extends string> = { sort: F; desc: boolean; after?: KeysetAfter; take: number };

function keyset<F extends string>(field: F, desc: boolean, after: KeysetAfter | undefined, toValue: (v: KeysetAfter["value"]) => unknown) {
  const orderBy = [{ [field]: desc ? "desc" : "asc" }, { id: desc ? "desc" : "asc" }];
  if (!after) return { where: {}, orderBy };
  const op = desc ? "lt" : "gt";
  const value = toValue(after.value);
  return { where: { OR: [{ [field]: { [op]: value } }, { [field]: value, id: { [op]: after.id } }] }, orderBy };
}

export const USER_PAGE_SORTS = ["name", "email", "createdAt"] as const;
export type UserPageSort = (typeof USER_PAGE_SORTS)[number];

export type UserPageRow = {
  id: string;
  name: string;
  email: string;
  status: UserStatus;
  aceRole: string | null;
  referralRole: string | null;
  locationScope: string | null;
  providerRole: string | null;
  organizationId: string;
  createdAt: Date;
};

/**
 * Users of one organisation (default: the actor's own) that the actor may see — the team
 * list's rule: team managers their organisation, provider admins any, others themselves.
 * Fetch `take` rows; ask for limit + 1 to know whether there is a next page.
 */
export async function listUsersPage(
  actor: Actor,
  opts: KeysetOptions<UserPageSort> & { organizationId?: string; status?: UserStatus; q?: string },
): Promise<UserPageRow[]> {
  const { where: after, orderBy } = keyset(opts.sort, opts.desc, opts.after, (v) => (opts.sort === "createdAt" ? new Date(String(v)) : v));
  const where: Prisma.UserWhereInput = {
    AND: [
      userScope(actor),
      { organizationId: opts.organizationId ?? actor.organizationId },
      opts.status ? { status: opts.status } : {},
      opts.q ? { OR: [{ name: { contains: opts.q, mode: "insensitive" } }, { email: { contains: opts.q, mode: "insensitive" } }] } : {},
      after as Prisma.UserWhereInput,
    ],
  };
  return db().user.findMany({
    where,
    select: { id: true, name: true, email: true, status: true, aceRole: true, referralRole: true, locationScope: true, providerRole: true, organizationId: true, createdAt: true },
    orderBy: orderBy as Prisma.UserOrderByWithRelationInput[],
    take: opts.take,
  });
}

export type AddressableOrganization = { id: string; name: string; kind: OrganizationKind; locations: string[]; connected: boolean };

/** Partner organisations with an ACTIVE connection to the actor's organisation. */
async function connectedOrgIds(organizationId: string): Promise<string[]> {
  const rows = await db().partnerConnection.findMany({
    where: { status: "ACTIVE", OR: [{ requesterOrgId: organizationId }, { addresseeOrgId: organizationId }] },
    select: { requesterOrgId: true, addresseeOrgId: true },
  });
  return [...new Set(rows.map((r) => (r.requesterOrgId === organizationId ? r.addresseeOrgId : r.requesterOrgId)))];
}

/**
 * Organisations the actor may address (share with, invite, refer to), never their own:
 * * partner users: partners with an ACTIVE connection (`connected`), partners in the co-sell
 *   directory (an active referral admin, domain.md §4.5), and the provider;
 * * provider users: every partner organisation (all count as connected).
 * `connected: true` keeps connected partners only, `false` the others (partners only).
 */
export async function addressableOrganizations(
  actor: Actor,
  opts: KeysetOptions<"name"> & { kind?: OrganizationKind; connected?: boolean; q?: string },
): Promise<AddressableOrganization[]> {
  const partnerActor = actor.organizationKind === "PARTNER";
  const connectedIds = partnerActor ? await connectedOrgIds(actor.organizationId) : [];
  const directory: Prisma.OrganizationWhereInput = { users: { some: { status: "ACTIVE", referralRole: "REFERRAL_ADMIN" } } };

  let partners: Prisma.OrganizationWhereInput;
  if (!partnerActor) partners = opts.connected === false ? { id: { in: [] } } : { kind: "PARTNER" };
  else if (opts.connected === true) partners = { kind: "PARTNER", id: { in: connectedIds } };
  else if (opts.connected === false) partners = { kind: "PARTNER", id: { notIn: connectedIds }, ...directory };
  else partners = { kind: "PARTNER", OR: [{ id: { in: connectedIds } }, directory] };
  // The provider is addressed by partners (e.g. co-sell help); connections are between partners only.
  const provider: Prisma.OrganizationWhereInput = partnerActor && opts.connected === undefined ? { kind: "PROVIDER" } : { id: { in: [] } };

  const { where: after, orderBy } = keyset("name", opts.desc, opts.after, (v) => v);
  const rows = await db().organization.findMany({
    where: {
      AND: [
        { id: { not: actor.organizationId } },
        { OR: [partners, provider] },
        opts.kind ? { kind: opts.kind } : {},
        opts.q ? { name: { contains: opts.q, mode: "insensitive" } } : {},
        after as Prisma.OrganizationWhereInput,
      ],
    },
    select: { id: true, name: true, kind: true, locations: true },
    orderBy: orderBy as Prisma.OrganizationOrderByWithRelationInput[],
    take: opts.take,
  });
  const connected = new Set(connectedIds);
  return rows.map((o) => ({ ...o, connected: o.kind === "PARTNER" && (partnerActor ? connected.has(o.id) : true) }));
}
