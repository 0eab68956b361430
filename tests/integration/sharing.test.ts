/**
 * Sharing an ACE opportunity with other partners (domain.md §2.9) against PostgreSQL:
 * limits, connections, duplicates, withdraw, racing accepts, what the invited organisation
 * sees, history and notifications.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf, createOrganization, createUser, createWorld } from "../factories";
import {
  acceptShareInvitation,
  findSharedOpportunity,
  getOpportunity,
  getShareInvitation,
  getSharedOpportunity,
  getSharePanel,
  listOpportunities,
  listShareInvitations,
  listSharedWithMe,
  rejectShareInvitation,
  shareOpportunity,
  updateOpportunity,
  withdrawShareInvitation,
} from "@/lib/data/opportunities";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { history, opportunityIn, type World } from "./opportunities-helpers";

const errorsOf = async (p: Promise<unknown>, kind: typeof ValidationError | typeof InvalidTransitionError = ValidationError) => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(kind);
  return (e as ValidationError | InvalidTransitionError).errors ?? [];
};

async function connect(a: string, b: string, status: "ACTIVE" | "PENDING" | "ENDED" = "ACTIVE") {
  await db().partnerConnection.create({ data: { requesterOrgId: a, addresseeOrgId: b, status } });
}

/** `n` partner organisations connected (ACTIVE) to Acme, each with an alliance lead. */
async function partners(w: World, n: number) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const org = await createOrganization({ name: `Partner ${i + 1}` });
    const lead = await createUser(org.id, { aceRole: "ALLIANCE_LEAD" });
    await connect(i % 2 === 0 ? w.acme.id : org.id, i % 2 === 0 ? org.id : w.acme.id);
    out.push({ org, lead });
  }
  return out;
}

const share = (ids: string[], over: Record<string, unknown> = {}) => ({
  partnerOrganizationIds: ids,
  message: "Let's win Globex together",
  fields: ["PROJECT", "STAGE"],
  ...over,
});

describe("shareOpportunity", () => {
  it("shares with connected partners, writes history and notifies the invited leads and managers", async () => {
    const w = await createWorld();
    await connect(w.acme.id, w.bolt.id);
    const boltManager = await createUser(w.bolt.id, { aceRole: "ACE_MANAGER" });
    const boltUser = await createUser(w.bolt.id, { aceRole: "ACE_USER" });
    const o = await opportunityIn(w, "APPROVED", w.actors.user);

    const collaborators = await shareOpportunity(w.actors.user, o.id, share([w.bolt.id]));
    expect(collaborators).toEqual([
      expect.objectContaining({ organization: { id: w.bolt.id, name: "Bolt" }, status: "PENDING", fields: ["PROJECT", "STAGE"], canWithdraw: true }),
    ]);
    const rows = await history(o.id);
    expect(rows.at(-1)).toMatchObject({ action: "shared", actorId: w.users.user.id, organizationId: w.acme.id });
    expect(rows.at(-1)!.changes).toEqual(expect.arrayContaining([{ field: "sharedWith", from: null, to: ["Bolt"] }]));

    const notes = await db().notification.findMany({ where: { kind: "SHARE_INVITATION_RECEIVED", userId: { in: [w.users.boltLead.id, boltManager.id, boltUser.id] } } });
    expect(notes.map((n) => n.userId).sort()).toEqual([w.users.boltLead.id, boltManager.id].sort());
    expect(await db().emailMessage.count({ where: { kind: "SHARE_INVITATION_RECEIVED", userId: w.users.boltLead.id } })).toBe(1);
  });

  it("refuses an unconnected, pending-connection or unknown partner, per field, and writes nothing", async () => {
    const w = await createWorld();
    const cirrus = await createOrganization({ name: "Cirrus" });
    const stranger = await createOrganization({ name: "Stranger" });
    await connect(w.acme.id, cirrus.id, "PENDING");
    const [connected] = await partners(w, 1);
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    const errors = await errorsOf(shareOpportunity(w.actors.lead, o.id, share([connected!.org.id, cirrus.id, stranger.id, w.acme.id, "nope"])));
    expect(errors.map((e) => e.path)).toEqual(["partnerOrganizationIds.1", "partnerOrganizationIds.2", "partnerOrganizationIds.3", "partnerOrganizationIds.4"]);
    expect(await db().shareInvitation.count({ where: { opportunityId: o.id } })).toBe(0);
  });

  it("refuses a 10th partner, in one invitation and in total", async () => {
    const w = await createWorld();
    const ps = await partners(w, 10);
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    const ids = ps.map((p) => p.org.id);
    expect((await errorsOf(shareOpportunity(w.actors.lead, o.id, share(ids)))).map((e) => e.path)).toEqual(["partnerOrganizationIds"]);

    await shareOpportunity(w.actors.lead, o.id, share(ids.slice(0, 5)));
    await shareOpportunity(w.actors.lead, o.id, share(ids.slice(5, 9)));
    // The limit depends on the opportunity's current invitations: a state conflict (409 in the API), at the field.
    const errors = await errorsOf(shareOpportunity(w.actors.lead, o.id, share([ids[9]!])), InvalidTransitionError);
    expect(errors).toEqual([{ path: "partnerOrganizationIds", message: expect.stringContaining("already shared with 9 partners") }]);
    expect(await db().shareInvitation.count({ where: { opportunityId: o.id } })).toBe(9);

    // A rejected invitation frees its place.
    await rejectShareInvitation(await actorOf(ps[0]!.lead.id), (await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id, invitedOrganizationId: ids[0] } })).id);
    await shareOpportunity(w.actors.lead, o.id, share([ids[9]!]));
  });

  it("refuses sharing twice with the same partner while pending or accepted (also at the database)", async () => {
    const w = await createWorld();
    await connect(w.acme.id, w.bolt.id);
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    await shareOpportunity(w.actors.user, o.id, share([w.bolt.id]));
    expect(await errorsOf(shareOpportunity(w.actors.lead, o.id, share([w.bolt.id])), InvalidTransitionError)).toEqual([
      { path: "partnerOrganizationIds.0", message: expect.stringContaining("already has a pending or accepted invitation") },
    ]);
    const inv = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } });
    await acceptShareInvitation(w.actors.boltLead, inv.id);
    await expect(shareOpportunity(w.actors.lead, o.id, share([w.bolt.id]))).rejects.toBeInstanceOf(InvalidTransitionError);
    // The partial unique index holds even if the service check were bypassed.
    await expect(
      db().shareInvitation.create({
        data: { opportunityId: o.id, invitingOrganizationId: w.acme.id, invitedOrganizationId: w.bolt.id, invitedById: w.users.lead.id, message: "x", fields: ["PROJECT"] },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("only people who can edit the opportunity share it; others get forbidden or not found", async () => {
    const w = await createWorld();
    await connect(w.acme.id, w.bolt.id);
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    await expect(shareOpportunity(w.actors.user2, o.id, share([w.bolt.id]))).rejects.toBeInstanceOf(NotFoundError);
    await expect(shareOpportunity(w.actors.noAce, o.id, share([w.bolt.id]))).rejects.toBeInstanceOf(NotFoundError);
    await expect(shareOpportunity(w.actors.boltLead, o.id, share([w.bolt.id]))).rejects.toBeInstanceOf(NotFoundError);
    await expect(shareOpportunity(w.actors.validator, o.id, share([w.bolt.id]))).rejects.toBeInstanceOf(ForbiddenError);
    const submitted = await opportunityIn(w, "SUBMITTED", w.actors.user);
    await expect(shareOpportunity(w.actors.lead, submitted.id, share([w.bolt.id]))).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await errorsOf(shareOpportunity(w.actors.lead, o.id, share([w.bolt.id], { message: "", fields: ["NOPE"] })))).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "message" }), expect.objectContaining({ path: "fields.0" })]),
    );
  });
});

describe("withdraw", () => {
  it("the sender withdraws a pending invitation; not an answered one; the invited org cannot", async () => {
    const w = await createWorld();
    await connect(w.acme.id, w.bolt.id);
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    await shareOpportunity(w.actors.user, o.id, share([w.bolt.id]));
    const inv = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } });
    await expect(withdrawShareInvitation(w.actors.boltLead, inv.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawShareInvitation(w.actors.user2, inv.id)).rejects.toBeInstanceOf(NotFoundError);
    const after = await withdrawShareInvitation(w.actors.lead, inv.id);
    expect(after[0]).toMatchObject({ status: "WITHDRAWN", canWithdraw: false });
    expect((await history(o.id)).at(-1)).toMatchObject({ action: "share_withdrawn" });
    await expect(withdrawShareInvitation(w.actors.lead, inv.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(acceptShareInvitation(w.actors.boltLead, inv.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    // Withdrawn: Bolt can be invited again.
    await shareOpportunity(w.actors.user, o.id, share([w.bolt.id]));
  });
});

describe("accept / reject", () => {
  it("two concurrent accepts: exactly one wins, the other gets a conflict", async () => {
    const w = await createWorld();
    await connect(w.acme.id, w.bolt.id);
    const boltManager = await actorOf((await createUser(w.bolt.id, { aceRole: "ACE_MANAGER" })).id);
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    await shareOpportunity(w.actors.user, o.id, share([w.bolt.id]));
    const inv = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } });
    const results = await Promise.allSettled([acceptShareInvitation(w.actors.boltLead, inv.id), acceptShareInvitation(boltManager, inv.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason instanceof StaleVersionError || failed[0]!.reason instanceof InvalidTransitionError).toBe(true);
    expect((await history(o.id)).filter((h) => h.action === "share_accepted")).toHaveLength(1);
    expect(await db().notification.count({ where: { kind: "SHARE_INVITATION_ANSWERED", userId: w.users.user.id } })).toBe(1);
  });

  it("only an alliance lead or ACE manager of the invited org answers; others see or not", async () => {
    const w = await createWorld();
    await connect(w.acme.id, w.bolt.id);
    const boltUser = await actorOf((await createUser(w.bolt.id, { aceRole: "ACE_USER" })).id);
    const boltNoAce = await actorOf((await createUser(w.bolt.id, { referralRole: "REFERRAL_ADMIN" })).id);
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    await shareOpportunity(w.actors.user, o.id, share([w.bolt.id]));
    const inv = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } });

    expect((await listShareInvitations(boltUser)).rows).toEqual([expect.objectContaining({ id: inv.id, can: { accept: false, reject: false } })]);
    await expect(acceptShareInvitation(boltUser, inv.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(acceptShareInvitation(boltNoAce, inv.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptShareInvitation(w.actors.lead, inv.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listShareInvitations(boltNoAce)).total).toBe(0);

    const list = await listShareInvitations(w.actors.boltLead, { page: 1, pageSize: 10 });
    expect(list).toMatchObject({ total: 1, rows: [{ id: inv.id, status: "PENDING", message: "Let's win Globex together", can: { accept: true, reject: true } }] });
    // Before acceptance nothing of the opportunity but its reference.
    expect(JSON.stringify(list)).not.toContain("Globex Retail");
    const rejected = await rejectShareInvitation(w.actors.boltLead, inv.id, { version: inv.version });
    expect(rejected).toMatchObject({ status: "REJECTED", answeredBy: { id: w.users.boltLead.id } });
    expect((await history(o.id)).at(-1)).toMatchObject({ action: "share_rejected", actorId: w.users.boltLead.id });
    expect(await findSharedOpportunity(w.actors.boltLead, o.id)).toBeNull();
  });
});

describe("what the invited organisation sees", () => {
  it("after acceptance: only the shared fields, read-only; other orgs get not found", async () => {
    const w = await createWorld();
    await connect(w.acme.id, w.bolt.id);
    const boltUser = await actorOf((await createUser(w.bolt.id, { aceRole: "ACE_USER" })).id);
    const other = await createOrganization({ name: "Other" });
    await connect(w.acme.id, other.id);
    const otherLead = await actorOf((await createUser(other.id, { aceRole: "ALLIANCE_LEAD" })).id);
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    await shareOpportunity(w.actors.user, o.id, share([w.bolt.id], { fields: ["PROJECT", "STAGE"] }));

    await expect(getSharedOpportunity(w.actors.boltLead, o.id)).rejects.toBeInstanceOf(NotFoundError);
    const inv = await db().shareInvitation.findFirstOrThrow({ where: { opportunityId: o.id } });
    await acceptShareInvitation(w.actors.boltLead, inv.id);

    for (const actor of [w.actors.boltLead, boltUser]) {
      const view = await getSharedOpportunity(actor, o.id);
      expect(view).toMatchObject({ reference: o.reference, invitingOrganization: { id: w.acme.id }, stage: "QUALIFIED", status: "APPROVED", expectedMonthlyRevenue: null });
      expect(view.data).toMatchObject({ project: { title: "Store analytics platform" }, stage: "QUALIFIED" });
      const text = JSON.stringify(view);
      for (const secret of ["Globex Retail GmbH", "Invalidenstrasse", "greta@globex.example", "CRM-", "12500"]) expect(text).not.toContain(secret);
      expect(view.collaborators.map((c) => c.organization.id)).toEqual([w.acme.id, w.bolt.id]);
    }
    expect((await listSharedWithMe(boltUser)).rows).toEqual([
      expect.objectContaining({ id: o.id, title: "Store analytics platform", customerName: null, stage: "QUALIFIED" }),
    ]);

    // Read-only: no full detail, no edit, not in the organisation's pipeline.
    await expect(getOpportunity(w.actors.boltLead, o.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateOpportunity(w.actors.boltLead, o.id, { project: { title: "Hijacked" }, version: o.version })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSharePanel(w.actors.boltLead, o.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOpportunities(w.actors.boltLead)).rows.map((r) => r.id)).not.toContain(o.id);

    // Other organisations (even connected, even the provider's seller) see nothing.
    await expect(getSharedOpportunity(otherLead, o.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getShareInvitation(otherLead, inv.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSharedOpportunity(w.actors.seller, o.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSharedWithMe(otherLead)).total).toBe(0);

    // The sender side lists the collaborators with their statuses.
    const panel = await getSharePanel(w.actors.lead, o.id);
    expect(panel).toMatchObject({ canShare: true, open: 1, remaining: 8 });
    expect(panel.collaborators).toEqual([expect.objectContaining({ organization: { id: w.bolt.id, name: "Bolt" }, status: "ACCEPTED", canWithdraw: false })]);
    expect(panel.partners).toEqual(expect.arrayContaining([{ id: w.bolt.id, name: "Bolt", alreadyInvited: true }, { id: other.id, name: "Other", alreadyInvited: false }]));
  });
});
