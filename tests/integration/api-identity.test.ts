/**
 * GET /me, /users, /organizations: contract shapes, visibility (same rules as the web
 * pages) and cursor pagination that neither skips nor repeats rows while rows are inserted.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as listUsers } from "@/app/api/v1/users/route";
import { GET as listOrganizations } from "@/app/api/v1/organizations/route";
import { createOrganization, createUser, createWorld } from "../factories";
import { call, expectContract, expectProblem, responseSchema, tokenFor } from "../api/client";

type Page<T> = { items: T[]; nextCursor: string | null };
type UserItem = { id: string; name: string; email: string; roles: string[]; status: string };
type OrgItem = { id: string; name: string; kind: string; locations: string[]; connected: boolean };

async function allPages<T>(fetchPage: (cursor: string | null, n: number) => Promise<Page<T>>) {
  const seen: T[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 100; n++) {
    const page = await fetchPage(cursor, n);
    seen.push(...page.items);
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("too many pages");
}

describe("GET /users", () => {
  it("lists the users of my organisation with their roles (team managers), only me otherwise", async () => {
    const { users, acme, provider } = await createWorld();
    const leadToken = await tokenFor(users.lead);
    const res = await call<Page<UserItem>>(listUsers, "/users", { token: leadToken });
    const body = expectContract(res, 200, responseSchema(listUsers, 200));
    expect(body.items.map((u) => u.id).sort()).toEqual([users.lead, users.team, users.manager, users.user, users.user2, users.noAce].map((u) => u.id).sort());
    expect(body.items.find((u) => u.id === users.lead.id)).toEqual({ id: users.lead.id, name: users.lead.name, email: users.lead.email, roles: ["ALLIANCE_LEAD", "REFERRAL_ADMIN"], status: "ACTIVE" });
    expect(body.nextCursor).toBeNull();

    // An ACE user sees only themselves (like the web pages), another organisation nothing.
    const userToken = await tokenFor(users.user);
    expect((await call<Page<UserItem>>(listUsers, "/users", { token: userToken })).json.items.map((u) => u.id)).toEqual([users.user.id]);
    expect((await call<Page<UserItem>>(listUsers, `/users?organizationId=${acme.id}`, { token: await tokenFor(users.boltLead) })).json.items).toEqual([]);

    // The provider admin may list any organisation's users.
    const adminToken = await tokenFor(users.admin);
    expect((await call<Page<UserItem>>(listUsers, "/users", { token: adminToken })).json.items.map((u) => u.id).sort()).toEqual([users.validator, users.seller, users.admin].map((u) => u.id).sort());
    expect((await call<Page<UserItem>>(listUsers, `/users?organizationId=${acme.id}&status=ACTIVE&q=test`, { token: adminToken })).json.items).toHaveLength(6);
    void provider;
  });

  it("answers 400 for bad query parameters, with every field listed", async () => {
    const { users } = await createWorld();
    const token = await tokenFor(users.lead);
    const res = await call(listUsers, "/users?limit=0&sort=age&colour=red", { token });
    expectProblem(res, 400, "validation");
    expect(res.json.detail).toBe("3 fields are invalid");
    expect(res.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["colour", "limit", "sort"]);
    for (const q of ["limit=201", "limit=abc", "limit=1.5", "status=GONE", "cursor=%%%", "cursor=eyJ4IjoxfQ", "q="]) expectProblem(await call(listUsers, `/users?${q}`, { token }), 400, "validation");
  });

  it("pages with a cursor without skipping or repeating rows while users are added", async () => {
    const { users, acme } = await createWorld();
    // Several equal names: the id breaks ties.
    for (const name of ["Ann", "Bea", "Bea", "Bea", "Carl", "Dora", "Emil", "Emil", "Finn"]) await createUser(acme.id, { name });
    const token = await tokenFor(users.lead);
    const before = await db().user.findMany({ where: { organizationId: acme.id }, select: { id: true } });
    const extra = ["Aaron", "Bea", "Zed", "Carl", "Abe"];
    for (const sort of ["name", "-name", "createdAt", "-createdAt", "email"]) {
      const seen = await allPages<UserItem>(async (cursor, n) => {
        // Between pages, a user is added (sorting before, at or after the cursor).
        if (n > 0 && n <= extra.length) await createUser(acme.id, { name: extra[n - 1] });
        const res = await call<Page<UserItem>>(listUsers, `/users?limit=4&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`, { token });
        expectContract(res, 200, responseSchema(listUsers, 200));
        expect(res.json.items.length).toBeLessThanOrEqual(4);
        return res.json;
      });
      const ids = seen.map((u) => u.id);
      expect(new Set(ids).size, `no repeats (${sort})`).toBe(ids.length);
      for (const u of before) expect(ids, `no skips (${sort})`).toContain(u.id);
      // Pages follow the order of one big page.
      const whole = await call<Page<UserItem>>(listUsers, `/users?limit=200&sort=${sort}`, { token });
      expect(ids, `order (${sort})`).toEqual(whole.json.items.map((u) => u.id).filter((id) => ids.includes(id)));
    }
  });

  it("refuses a cursor made for another sort order", async () => {
    const { users, acme } = await createWorld();
    for (let i = 0; i < 3; i++) await createUser(acme.id);
    const token = await tokenFor(users.lead);
    const first = await call<Page<UserItem>>(listUsers, "/users?limit=2&sort=name", { token });
    const res = await call(listUsers, `/users?limit=2&sort=-createdAt&cursor=${first.json.nextCursor}`, { token });
    expectProblem(res, 400, "validation");
    expect(res.json.errors[0].path).toBe("cursor");
  });
});

describe("GET /organizations", () => {
  it("lists connected partners, the co-sell directory and the provider for partner users", async () => {
    const { users, acme, bolt, provider } = await createWorld();
    const cyan = await createOrganization({ name: "Cyan" }); // no referral admin, not connected
    const delta = await createOrganization({ name: "Delta" });
    await createUser(delta.id, { referralRole: "REFERRAL_ADMIN" }); // in the directory, not connected
    const echo = await createOrganization({ name: "Echo" }); // connected, no referral admin
    await db().partnerConnection.create({ data: { requesterOrgId: acme.id, addresseeOrgId: echo.id, status: "ACTIVE" } });
    await db().partnerConnection.create({ data: { requesterOrgId: bolt.id, addresseeOrgId: acme.id, status: "ACTIVE" } });
    await db().partnerConnection.create({ data: { requesterOrgId: acme.id, addresseeOrgId: cyan.id, status: "PENDING" } });
    const token = await tokenFor(users.user);

    const all = await call<Page<OrgItem>>(listOrganizations, "/organizations", { token });
    expectContract(all, 200, responseSchema(listOrganizations, 200));
    expect(all.json.items.map((o) => [o.name, o.connected])).toEqual([
      ["Bolt", true],
      ["Delta", false],
      ["Echo", true],
      ["Nimbus Cloud", false],
    ]);
    const connected = await call<Page<OrgItem>>(listOrganizations, "/organizations?kind=PARTNER&connected=true", { token });
    expect(connected.json.items.map((o) => o.name)).toEqual(["Bolt", "Echo"]);
    expect(connected.json.items[0]).toEqual({ id: bolt.id, name: "Bolt", kind: "PARTNER", locations: ["US"], connected: true });
    expect((await call<Page<OrgItem>>(listOrganizations, "/organizations?connected=false", { token })).json.items.map((o) => o.name)).toEqual(["Delta"]);
    expect((await call<Page<OrgItem>>(listOrganizations, "/organizations?kind=PROVIDER", { token })).json.items.map((o) => o.id)).toEqual([provider.id]);
    // Paged by name.
    const seen = await allPages<OrgItem>(async (cursor) => (await call<Page<OrgItem>>(listOrganizations, `/organizations?limit=1${cursor ? `&cursor=${cursor}` : ""}`, { token })).json);
    expect(seen.map((o) => o.name)).toEqual(["Bolt", "Delta", "Echo", "Nimbus Cloud"]);
    expectProblem(await call(listOrganizations, "/organizations?connected=yes", { token }), 400, "validation");
  });

  it("lists every partner organisation for provider users", async () => {
    const { users } = await createWorld();
    await createOrganization({ name: "Cyan" });
    const res = await call<Page<OrgItem>>(listOrganizations, "/organizations?kind=PARTNER&connected=true&sort=-name", { token: await tokenFor(users.seller) });
    expect(res.json.items.map((o) => o.name)).toEqual(["Cyan", "Bolt", "Acme"]);
    expect(res.json.items.every((o) => o.connected)).toBe(true);
  });
});
