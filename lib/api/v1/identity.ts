/**
 * Identity and directory operations (api.md Identity, `GET /organizations`, `GET /users`).
 */
import { z } from "zod";
import type { Actor } from "@/lib/domain/actor";
import { ACE_ROLES, ORGANIZATION_KINDS, REFERRAL_ROLES, USER_STATUSES, type OrganizationKind, type UserStatus } from "@/lib/domain/roles";
import type { AddressableOrganization, UserPageRow } from "@/lib/data/people/directory";
import { defineOperation } from "../operation";
import { pageQueryShape, pageSchema } from "../pagination";
import { BooleanQuerySchema, IdSchema, QSchema } from "./common";

// ---- GET /me --------------------------------------------------------------------------

export const MeSchema = z
  .object({
    id: IdSchema,
    email: z.string(),
    name: z.string(),
    organization: z.object({ id: IdSchema, name: z.string(), kind: z.enum(ORGANIZATION_KINDS) }),
    aceRole: z.enum(ACE_ROLES).nullable(),
    referralRole: z.enum(REFERRAL_ROLES).nullable(),
    locationScope: z.string().nullable().meta({ description: "GLOBAL or a location code; referral users only." }),
  })
  .meta({ id: "Me" });
export type MeView = z.output<typeof MeSchema>;

export function toMe(actor: Actor): MeView {
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    organization: { id: actor.organizationId, name: actor.organizationName, kind: actor.organizationKind },
    aceRole: actor.aceRole,
    referralRole: actor.referralRole,
    locationScope: actor.locationScope,
  };
}

export const getMe = defineOperation({
  operationId: "getMe",
  method: "GET",
  path: "/me",
  summary: "The token's user",
  description: "Who the token acts as: the user, their organisation and their roles.",
  tags: ["Identity"],
  responses: { 200: { description: "The user.", schema: MeSchema } },
});

// ---- GET /users -----------------------------------------------------------------------

export const USER_SORTS = ["name", "email", "createdAt"] as const;
const ROLE_VALUES = ["ALLIANCE_LEAD", "ALLIANCE_TEAM", "ACE_MANAGER", "ACE_USER", "REFERRAL_ADMIN", "REFERRAL_USER", "VALIDATOR", "PROVIDER_SELLER", "PROVIDER_ADMIN"] as const;

export const UserItemSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    email: z.string(),
    roles: z.array(z.enum(ROLE_VALUES)).meta({ description: "Every role the user holds (ACE, referral, provider)." }),
    status: z.enum(USER_STATUSES),
  })
  .meta({ id: "UserItem" });

export const UsersQuerySchema = z.strictObject({
  organizationId: IdSchema.optional().meta({ description: "Default: the actor's organisation. Provider admins may name any organisation." }),
  status: z.enum(USER_STATUSES).optional(),
  q: QSchema.meta({ description: "Free text on name and email." }),
  sort: z.enum(["name", "-name", "email", "-email", "createdAt", "-createdAt"]).optional().meta({ description: "`name` (default); `-` prefix for descending." }),
  ...pageQueryShape,
});

export function toUserItem(u: UserPageRow): z.output<typeof UserItemSchema> {
  const roles = [u.aceRole, u.referralRole, u.providerRole].filter((r): r is (typeof ROLE_VALUES)[number] => !!r);
  return { id: u.id, name: u.name, email: u.email, roles, status: u.status as UserStatus };
}

export const listUsers = defineOperation({
  operationId: "listUsers",
  method: "GET",
  path: "/users",
  summary: "Users of my organisation",
  description:
    "Users of the actor's own organisation, as the Team page shows them: alliance leads and referral admins see their whole organisation, other users only themselves; provider admins may list any organisation's users with `organizationId`.",
  tags: ["Identity"],
  query: UsersQuerySchema,
  responses: { 200: { description: "A page of users.", schema: pageSchema(UserItemSchema).meta({ id: "UserPage" }) } },
});

// ---- GET /organizations ---------------------------------------------------------------

export const OrganizationItemSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    locations: z.array(z.string()),
    connected: z.boolean().meta({ description: "An ACTIVE partner connection with the actor's organisation (provider users: every partner)." }),
  })
  .meta({ id: "OrganizationItem" });

export const OrganizationsQuerySchema = z.strictObject({
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  connected: BooleanQuerySchema.optional().meta({ description: "`true`: only partners with an ACTIVE connection; `false`: only the other partners of the co-sell directory." }),
  q: QSchema.meta({ description: "Free text on the name." }),
  sort: z.enum(["name", "-name"]).optional().meta({ description: "`name` (default) or `-name`." }),
  ...pageQueryShape,
});

export function toOrganizationItem(o: AddressableOrganization): z.output<typeof OrganizationItemSchema> {
  return { id: o.id, name: o.name, kind: o.kind as OrganizationKind, locations: o.locations, connected: o.connected };
}

export const listOrganizations = defineOperation({
  operationId: "listOrganizations",
  method: "GET",
  path: "/organizations",
  summary: "Organisations I may address",
  description:
    "Organisations the actor may address (share with, invite, refer to), never their own. Partner users: partners with an ACTIVE connection, partners of the co-sell directory (organisations with an active referral admin), and the provider. Provider users: every partner organisation. `kind=PARTNER&connected=true` lists the connected partners.",
  tags: ["Identity"],
  query: OrganizationsQuerySchema,
  responses: { 200: { description: "A page of organisations.", schema: pageSchema(OrganizationItemSchema).meta({ id: "OrganizationPage" }) } },
});
