/**
 * Opportunity services: transfer of ownership (single and bulk, all or nothing) and the
 * provider side (provider-side fields, provider team).
 */
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser, createWorld } from "../factories";
import {
  BulkTransferError,
  eligibleAssignees,
  getOpportunity,
  setProviderTeam,
  transferOpportunities,
  transferOpportunity,
  updateOpportunity,
  updateProviderFields,
} from "@/lib/data/opportunities";
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { history, inDays, opportunityIn } from "./opportunities-helpers";

const errorsOf = async (p: Promise<unknown>) => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).errors;
};

describe("transferOpportunity", () => {
  it("lets any ACE user who sees it transfer to an active ACE user of the organisation", async () => {
    const w = await createWorld();
    const { actors, users, acme } = w;
    const inactive = await createUser(acme.id, { aceRole: "ACE_USER", status: "INACTIVE" });
    const o = await opportunityIn(w, "APPROVED", actors.user);

    for (const [assigneeId, message] of [
      [inactive.id, "inactive"],
      [users.noAce.id, "no ACE role"],
      [users.boltLead.id, "Choose an active user"],
      ["nobody", "Choose an active user"],
    ]) {
      const errors = await errorsOf(transferOpportunity(actors.lead, o.id, { assigneeId }));
      expect(errors).toEqual([{ path: "assigneeId", message: expect.stringContaining(message) }]);
    }
    await expect(transferOpportunity(actors.validator, o.id, { assigneeId: users.user2.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(transferOpportunity(actors.user2, o.id, { assigneeId: users.user2.id })).rejects.toBeInstanceOf(NotFoundError);

    const moved = await transferOpportunity(actors.user, o.id, { assigneeId: users.manager.id, version: o.version });
    // Uma created it, so she still sees it, no longer as owner — and may still transfer it (§2.6).
    expect(moved).toMatchObject({ owner: { id: users.manager.id }, version: o.version + 1, data: { ownerId: users.manager.id } });
    expect(moved!.can.transfer).toBe(true);
    await expect(transferOpportunity(actors.team, o.id, { assigneeId: users.user2.id, version: o.version })).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    const byCreator = await transferOpportunity(actors.user, o.id, { assigneeId: users.team.id, version: o.version + 1 });
    expect(byCreator!.owner.id).toBe(users.team.id);
    const byTeam = await transferOpportunity(actors.team, o.id, { assigneeId: users.user2.id });
    expect(byTeam!.owner.id).toBe(users.user2.id);
    const rows = (await history(o.id)).filter((r) => r.action === "transferred");
    expect(rows.map((r) => r.changes)).toEqual([
      [{ field: "ownerId", from: users.user.id, to: users.manager.id }],
      [{ field: "ownerId", from: users.manager.id, to: users.team.id }],
      [{ field: "ownerId", from: users.team.id, to: users.user2.id }],
    ]);
    // A provider user who sees it (the validator) is no ACE user of the organisation.
    expect((await getOpportunity(actors.validator, o.id)).can.transfer).toBe(false);
  });

  it("returns null when the actor gives away an opportunity they only owned", async () => {
    const w = await createWorld();
    const o = await opportunityIn(w, "DRAFT", w.actors.lead, { ownerId: w.users.user.id });
    expect(await transferOpportunity(w.actors.user, o.id, { assigneeId: w.users.user2.id })).toBeNull();
    await expect(getOpportunity(w.actors.user, o.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists eligible assignees: active users of the organisation with an ACE role", async () => {
    const w = await createWorld();
    await createUser(w.acme.id, { aceRole: "ACE_USER", status: "INACTIVE" });
    const ids = (await eligibleAssignees(w.actors.user)).map((u) => u.id).sort();
    expect(ids).toEqual([w.users.lead.id, w.users.team.id, w.users.manager.id, w.users.user.id, w.users.user2.id].sort());
    await expect(eligibleAssignees(w.actors.noAce)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("transferOpportunities (bulk)", () => {
  it("transfers all in one transaction", async () => {
    const w = await createWorld();
    const list = [await opportunityIn(w, "DRAFT", w.actors.user), await opportunityIn(w, "APPROVED", w.actors.user2), await opportunityIn(w, "REJECTED", w.actors.lead)];
    const result = await transferOpportunities(w.actors.lead, { ids: list.map((o) => o.id), assigneeId: w.users.manager.id });
    expect(result.transferred).toEqual(list.map((o) => o.id));
    const owners = await db().opportunity.findMany({ where: { id: { in: list.map((o) => o.id) } }, select: { ownerId: true } });
    expect(owners.every((o) => o.ownerId === w.users.manager.id)).toBe(true);
    expect(await db().historyEntry.count({ where: { action: "transferred" } })).toBe(3);
  });

  it("is all or nothing: any refused row refuses all, with a reason per row", async () => {
    const w = await createWorld();
    const mine = await opportunityIn(w, "APPROVED", w.actors.user);
    const createdForOther = await opportunityIn(w, "DRAFT", w.actors.user, { ownerId: w.users.user2.id });
    const teammates = await opportunityIn(w, "DRAFT", w.actors.user2);
    const bolts = await opportunityIn(w, "DRAFT", w.actors.boltLead);
    const ids = [mine.id, createdForOther.id, teammates.id, bolts.id, "missing"];
    const e = await transferOpportunities(w.actors.user, { ids, assigneeId: w.users.manager.id }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BulkTransferError);
    expect(e).toBeInstanceOf(ValidationError);
    const err = e as BulkTransferError;
    // Uma created the second one (owned by Ugo), so she sees it and may transfer it;
    // the teammate's, the other organisation's and the unknown id are not found.
    expect(err.errors).toEqual([
      { path: "ids.2", message: "Opportunity not found" },
      { path: "ids.3", message: "Opportunity not found" },
      { path: "ids.4", message: "Opportunity not found" },
    ]);
    expect(err.rowErrors.map((r) => r.id)).toEqual([teammates.id, bolts.id, "missing"]);
    expect((await db().opportunity.findUniqueOrThrow({ where: { id: mine.id } })).ownerId).toBe(w.users.user.id);
    expect(await db().historyEntry.count({ where: { action: "transferred" } })).toBe(0);

    expect(await errorsOf(transferOpportunities(w.actors.lead, { ids: [mine.id], assigneeId: w.users.noAce.id }))).toEqual([
      { path: "assigneeId", message: expect.stringContaining("no ACE role") },
    ]);
    expect((await errorsOf(transferOpportunities(w.actors.lead, { ids: [], assigneeId: w.users.lead.id }))).map((x) => x.path)).toEqual(["ids"]);
    await expect(transferOpportunities(w.actors.validator, { ids: [mine.id], assigneeId: w.users.lead.id })).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    // Without the rows she cannot see, Uma's transfer goes through, the one she gave away included.
    const ok = await transferOpportunities(w.actors.user, { ids: [mine.id, createdForOther.id], assigneeId: w.users.manager.id });
    expect(ok.transferred).toEqual([mine.id, createdForOther.id]);
    const owners = await db().opportunity.findMany({ where: { id: { in: [mine.id, createdForOther.id] } }, select: { ownerId: true } });
    expect(owners.map((o) => o.ownerId)).toEqual([w.users.manager.id, w.users.manager.id]);
  });

  it("rolls back every row when one changed between the check and the write", async () => {
    const w = await createWorld();
    const a = await opportunityIn(w, "DRAFT", w.actors.lead);
    const b = await opportunityIn(w, "DRAFT", w.actors.lead);
    // Someone edits b right after the bulk transfer has checked the rows.
    const delegate = db().opportunity;
    const findMany = delegate.findMany.bind(delegate);
    const spy = vi.spyOn(delegate, "findMany").mockImplementationOnce((async (args: never) => {
      const rows = await findMany(args);
      await updateOpportunity(w.actors.lead, b.id, { version: 1, project: { title: "Edited meanwhile" } });
      return rows;
    }) as never);
    const e = await transferOpportunities(w.actors.lead, { ids: [a.id, b.id], assigneeId: w.users.team.id }).catch((x: unknown) => x);
    spy.mockRestore();
    expect(e).toBeInstanceOf(BulkTransferError);
    expect((e as BulkTransferError).errors).toEqual([{ path: "ids.1", message: expect.stringContaining("someone else") }]);
    const owners = await db().opportunity.findMany({ where: { id: { in: [a.id, b.id] } }, select: { ownerId: true } });
    expect(owners.every((o) => o.ownerId === w.users.lead.id)).toBe(true);
    expect(await db().historyEntry.count({ where: { action: "transferred" } })).toBe(0);
  });
});

describe("provider side", () => {
  it("lets a seller on the team (or an admin) set the provider fields, with their own version", async () => {
    const w = await createWorld();
    const { actors, users } = w;
    const o = await opportunityIn(w, "APPROVED", actors.user);
    await expect(updateProviderFields(actors.seller, o.id, { providerStage: "Engaged", version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    const teamed = await setProviderTeam(actors.admin, o.id, {
      members: [
        { role: "ACCOUNT_MANAGER", name: "Sam Seller", email: users.seller.email.toUpperCase() },
        { role: "PSM", name: "Pat Success", email: "pat@nimbus.example" },
      ],
      version: 1,
    });
    expect(teamed!.providerTeam.map((m) => m.role)).toEqual(["ACCOUNT_MANAGER", "PSM"]);
    expect(teamed!.providerFields.version).toBe(2);
    expect(teamed!.version).toBe(o.version); // the partner's version is untouched

    const updated = await updateProviderFields(actors.seller, o.id, {
      providerStage: "Seller Engaged",
      providerCloseDate: inDays(30),
      providerClosedLostReason: null,
      version: 2,
    });
    expect(updated.providerFields).toEqual({ providerStage: "Seller Engaged", providerCloseDate: inDays(30), providerClosedLostReason: null, version: 3 });
    expect(updated).toMatchObject({ version: o.version, stage: o.stage, targetCloseDate: o.targetCloseDate });
    await expect(updateProviderFields(actors.admin, o.id, { providerStage: "Completed", version: 2 })).rejects.toBeInstanceOf(StaleVersionError);
    expect((await errorsOf(updateProviderFields(actors.seller, o.id, { providerStage: "x".repeat(256), version: 3 }))).map((e) => e.path)).toEqual([
      "providerStage",
    ]);
    expect((await errorsOf(updateProviderFields(actors.seller, o.id, { providerStage: "x" }))).map((e) => e.path)).toEqual(["version"]);
    await expect(updateProviderFields(actors.lead, o.id, { providerStage: "Engaged", version: 3 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateProviderFields(actors.validator, o.id, { providerStage: "Engaged", version: 3 })).rejects.toBeInstanceOf(ForbiddenError);

    // Partner edits never change the provider side (and need no provider version).
    const partner = await getOpportunity(actors.user, o.id);
    const edited = await updateOpportunity(actors.user, o.id, { version: partner.version, customer: { city: "Cologne" } });
    expect(edited.providerFields).toEqual(updated.providerFields);
    const actions = (await history(o.id)).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["provider_team_changed", "provider_fields_updated"]));
  });

  it("validates the provider team and lets a seller who removes themselves lose sight of it", async () => {
    const w = await createWorld();
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    expect((await errorsOf(setProviderTeam(w.actors.admin, o.id, [{ role: "BOSS", name: "", email: "nope" }]))).map((e) => e.path).sort()).toEqual([
      "members.0.email",
      "members.0.name",
      "members.0.role",
    ]);
    await setProviderTeam(w.actors.admin, o.id, [{ role: "SALES_REP", name: "Sam Seller", email: w.users.seller.email }]);
    expect(await setProviderTeam(w.actors.seller, o.id, [])).toBeNull();
    await expect(getOpportunity(w.actors.seller, o.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setProviderTeam(w.actors.lead, o.id, [])).rejects.toBeInstanceOf(ForbiddenError);
  });
});
