import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrganization, getOrganization, listOrganizations, updateOrganization } from "@/lib/data/people/organizations";
import { createUser, listUsers, setUserStatus, updateUserRoles } from "@/lib/data/people/users";
import { acceptConnection, endConnection, listConnections, requestConnection } from "@/lib/data/people/connections";
import { loadActor } from "@/lib/data/actors";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { createWorld } from "../factories";

const history = (entityId: string) => db().historyEntry.findMany({ where: { entityId }, orderBy: { at: "asc" } });

describe("organisations (provider admin)", () => {
  it("creates and edits an organisation with history, refusing stale versions", async () => {
    const { actors } = await createWorld();
    const org = await createOrganization(actors.admin, { name: "Delta", timeZone: "Asia/Tokyo", locations: ["JP"], trainingPartner: true });
    expect(org).toMatchObject({ name: "Delta", locations: ["JP"], trainingPartner: true, version: 1 });
    const updated = await updateOrganization(actors.admin, org.id, { locations: ["JP", "US"], version: 1 });
    expect(updated.version).toBe(2);
    await expect(updateOrganization(actors.admin, org.id, { name: "Late", version: 1 })).rejects.toBeInstanceOf(StaleVersionError);
    expect((await getOrganization(actors.admin, org.id)).name).toBe("Delta");
    const rows = await history(org.id);
    expect(rows.map((r) => r.action)).toEqual(["created", "updated"]);
    expect(rows[1].changes).toEqual([{ field: "locations", from: ["JP"], to: ["JP", "US"] }]);
  });

  it("refuses bad input per field and writes nothing", async () => {
    const { actors } = await createWorld();
    const before = await db().organization.count();
    const err = await createOrganization(actors.admin, { name: "", timeZone: "Nowhere/City", locations: [] }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors.map((e) => e.path).sort()).toEqual(["locations", "name", "timeZone"]);
    expect(await db().organization.count()).toBe(before);
    expect(await db().historyEntry.count()).toBe(0);
  });

  it("refuses to remove a location a referral user's scope uses, naming the users, and changes nothing", async () => {
    const { actors, acme, users } = await createWorld();
    // users.user is scoped to DE; users.user2 and users.noAce to US.
    await db().user.update({ where: { id: users.user.id }, data: { name: "Dana Delta" } });
    const err = await updateOrganization(actors.admin, acme.id, { locations: ["US"], version: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors).toEqual([
      { path: "locations", message: `DE cannot be removed: change the location scope of Dana Delta <${users.user.email}> (DE) first` },
    ]);
    const after = await getOrganization(actors.admin, acme.id);
    expect(after).toMatchObject({ locations: ["US", "DE"], version: 1 });
    expect(await history(acme.id)).toEqual([]);
    // Once the user is rescoped, the location goes.
    await updateUserRoles(actors.lead, users.user.id, { locationScope: "GLOBAL", version: 1 });
    expect((await updateOrganization(actors.admin, acme.id, { locations: ["US"], version: 1 })).locations).toEqual(["US"]);
  });

  it("refuses to remove a location co-sell deals are at (a deal's location never changes)", async () => {
    const { actors, bolt } = await createWorld();
    await updateOrganization(actors.admin, bolt.id, { locations: ["US", "JP"], version: 1 });
    const deal = await db().deal.create({
      data: {
        organizationId: bolt.id,
        direction: "OUTBOUND",
        dealType: "PRIVATE",
        program: "IP_CO_SELL",
        status: "CREATED",
        name: "Tokyo rollout",
        location: "JP",
        estimatedValueMinor: 100_000n,
        currency: "USD",
        estimatedCloseDate: new Date("2030-01-31"),
        customerName: "Kabushiki Example",
        customerCountryCode: "JP",
      },
    });
    const err = await updateOrganization(actors.admin, bolt.id, { locations: ["US"], version: 2 }).catch((e) => e);
    expect((err as ValidationError).errors).toEqual([
      { path: "locations", message: `JP cannot be removed: co-sell deals D-${deal.number} are there (a deal's location never changes)` },
    ]);
    expect(await getOrganization(actors.admin, bolt.id)).toMatchObject({ locations: ["US", "JP"], version: 2 });
    // Adding a location next to the used one is still fine.
    expect((await updateOrganization(actors.admin, bolt.id, { locations: ["US", "JP", "DE"], version: 2 })).locations).toEqual([
      "US",
      "JP",
      "DE",
    ]);
  });

  it("is invisible to partners: other organisations are not found, creating is not possible", async () => {
    const { actors, bolt } = await createWorld();
    expect((await listOrganizations(actors.lead)).map((o) => o.name)).toEqual(["Acme"]);
    await expect(getOrganization(actors.lead, bolt.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createOrganization(actors.lead, { name: "X", timeZone: "UTC", locations: ["US"] })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("users and roles", () => {
  it("lets the alliance lead set ACE roles and the referral admin set referral roles, only in their org", async () => {
    const { actors, users } = await createWorld();
    const promoted = await updateUserRoles(actors.lead, users.user.id, { aceRole: "ACE_MANAGER", version: 1 });
    expect(promoted.aceRole).toBe("ACE_MANAGER");
    // The same lead is also the referral admin of Acme.
    const rescoped = await updateUserRoles(actors.lead, users.user.id, { locationScope: "US", version: 2 });
    expect(rescoped.locationScope).toBe("US");
    // An ALLIANCE_TEAM member cannot see the team list at all.
    await expect(updateUserRoles(actors.team, users.user.id, { aceRole: "ACE_USER", version: 3 })).rejects.toBeInstanceOf(NotFoundError);
    // Bolt's lead cannot reach an Acme user.
    await expect(updateUserRoles(actors.boltLead, users.user.id, { aceRole: "ACE_USER", version: 3 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const rows = await history(users.user.id);
    expect(rows.map((r) => r.action)).toEqual(["roles_changed", "roles_changed"]);
  });

  it("keeps a referral user's scope within the organisation's locations", async () => {
    const { actors, users } = await createWorld();
    const err = await updateUserRoles(actors.lead, users.user.id, { locationScope: "JP", version: 1 }).catch((e) => e);
    expect((err as ValidationError).errors).toEqual([{ path: "locationScope", message: "Must be GLOBAL or one of: US, DE" }]);
  });

  it("refuses a role change the actor's role does not cover (403, not 404, inside the org)", async () => {
    const { actors, users, acme } = await createWorld();
    const { createUser: make } = await import("../factories");
    const refAdminOnly = await make(acme.id, { referralRole: "REFERRAL_ADMIN" });
    const refAdmin = (await loadActor(refAdminOnly.id))!;
    await expect(updateUserRoles(refAdmin, users.user.id, { aceRole: "ALLIANCE_LEAD", version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateUserRoles(actors.lead, users.user.id, { providerRole: "VALIDATOR", version: 1 })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("refuses a change of one's own roles, so nobody drops the role that could undo it", async () => {
    const { actors, users, acme } = await createWorld();
    const { createUser: make } = await import("../factories");
    // Acme's lead is also its referral admin: neither of their own roles can change.
    const dropLead = await updateUserRoles(actors.lead, users.lead.id, { aceRole: "ACE_USER", version: 1 }).catch((e) => e);
    expect(dropLead).toBeInstanceOf(ForbiddenError);
    const dropAdmin = await updateUserRoles(actors.lead, users.lead.id, {
      referralRole: "REFERRAL_USER",
      locationScope: "GLOBAL",
      version: 1,
    }).catch((e) => e);
    expect(dropAdmin).toBeInstanceOf(ForbiddenError);
    // A referral admin without an ACE role cannot drop REFERRAL_ADMIN either.
    const refAdminOnly = await make(acme.id, { referralRole: "REFERRAL_ADMIN" });
    const refAdmin = (await loadActor(refAdminOnly.id))!;
    await expect(updateUserRoles(refAdmin, refAdminOnly.id, { referralRole: null, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    const unchanged = await db().user.findMany({ where: { id: { in: [users.lead.id, refAdminOnly.id] } }, orderBy: { id: "asc" } });
    expect(unchanged.map((u) => [u.aceRole, u.referralRole, u.version]).sort()).toEqual(
      [
        ["ALLIANCE_LEAD", "REFERRAL_ADMIN", 1],
        [null, "REFERRAL_ADMIN", 1],
      ].sort(),
    );
    expect(await history(users.lead.id)).toEqual([]);
    // The provider admin may still change the lead's roles (e.g. to hand the org over).
    expect((await updateUserRoles(actors.admin, users.lead.id, { aceRole: "ACE_MANAGER", version: 1 })).aceRole).toBe("ACE_MANAGER");
  });

  it("deactivates and reactivates; an inactive user has no actor (cannot sign in or act)", async () => {
    const { actors, users } = await createWorld();
    const off = await setUserStatus(actors.lead, users.user2.id, { status: "INACTIVE", version: 1 });
    expect(off.status).toBe("INACTIVE");
    expect(await loadActor(users.user2.id)).toBeNull();
    await setUserStatus(actors.lead, users.user2.id, { status: "ACTIVE", version: 2 });
    expect(await loadActor(users.user2.id)).not.toBeNull();
    await expect(setUserStatus(actors.lead, users.lead.id, { status: "INACTIVE", version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await history(users.user2.id)).map((r) => r.action)).toEqual(["deactivated", "reactivated"]);
  });

  it("creates users (provider admin) with a unique, case-insensitive email", async () => {
    const { actors, acme } = await createWorld();
    const u = await createUser(actors.admin, {
      organizationId: acme.id,
      email: "New@Acme.Example",
      name: "New",
      password: "a-long-password",
      aceRole: "ACE_USER",
    });
    expect(u.email).toBe("new@acme.example");
    const dup = await createUser(actors.admin, {
      organizationId: acme.id,
      email: "NEW@acme.example",
      name: "Dup",
      password: "a-long-password",
    }).catch((e) => e);
    expect((dup as ValidationError).errors[0].path).toBe("email");
    await expect(
      createUser(actors.lead, { organizationId: acme.id, email: "x@acme.example", name: "X", password: "a-long-password" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists only what the actor may see", async () => {
    const { actors } = await createWorld();
    expect((await listUsers(actors.lead)).every((u) => u.organization.name === "Acme")).toBe(true);
    expect(await listUsers(actors.user)).toHaveLength(1);
    expect((await listUsers(actors.admin)).length).toBe(10);
  });
});

describe("partner connections", () => {
  it("goes PENDING → ACTIVE → ENDED, accepted only by the other side", async () => {
    const { actors, bolt } = await createWorld();
    const req = await requestConnection(actors.lead, { addresseeOrganizationId: bolt.id });
    expect(req.status).toBe("PENDING");
    await expect(acceptConnection(actors.lead, req.id, req.version)).rejects.toBeInstanceOf(ForbiddenError);
    const active = await acceptConnection(actors.boltLead, req.id, req.version);
    expect(active.status).toBe("ACTIVE");
    await expect(requestConnection(actors.boltLead, { addresseeOrganizationId: actors.lead.organizationId })).rejects.toBeInstanceOf(
      ValidationError,
    );
    const ended = await endConnection(actors.lead, req.id, active.version);
    expect(ended.status).toBe("ENDED");
    await expect(endConnection(actors.lead, req.id, ended.version)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await history(req.id)).map((r) => r.action)).toEqual(["requested", "accepted", "ended"]);
  });

  it("is managed by the alliance lead only; ACE users do not see connections", async () => {
    const { actors, bolt } = await createWorld();
    await expect(requestConnection(actors.manager, { addresseeOrganizationId: bolt.id })).rejects.toBeInstanceOf(ForbiddenError);
    await requestConnection(actors.lead, { addresseeOrganizationId: bolt.id });
    expect(await listConnections(actors.manager)).toHaveLength(1);
    expect(await listConnections(actors.user)).toHaveLength(0);
  });
});
