/**
 * Collaboration channels (domain.md §2.8) against PostgreSQL: eligibility, one open request,
 * invitees (opted out / inactive / other organisation refused), the provider account
 * manager records the channel, join / leave, archive, history and notifications.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf, createUser, createWorld } from "../factories";
import {
  archiveCollaborationChannel,
  changeStage,
  getChannelPanel,
  getChannelOptOut,
  joinCollaborationChannel,
  leaveCollaborationChannel,
  listMyChannels,
  recordChannelCreated,
  requestCollaborationChannel,
  setChannelOptOut,
  setProviderTeam,
} from "@/lib/data/opportunities";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { history, inDays, opportunityIn, type World } from "./opportunities-helpers";

const errorsOf = async (p: Promise<unknown>) => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).errors;
};

/** An APPROVED opportunity at QUALIFIED whose provider team names the seller as account manager. */
async function approvedWithAccountManager(w: World) {
  const o = await opportunityIn(w, "APPROVED", w.actors.user);
  await setProviderTeam(w.actors.admin, o.id, [{ role: "ACCOUNT_MANAGER", name: "Sam Seller", email: w.users.seller.email }]);
  return o;
}

const created = { name: "globex-deal-room", url: "https://chat.nimbus.example/c/globex" };

describe("requestCollaborationChannel", () => {
  it("requires APPROVED at QUALIFIED or later, not terminal", async () => {
    const w = await createWorld();
    const invite = { inviteeIds: [w.users.user.id] };
    const draft = await opportunityIn(w, "DRAFT", w.actors.user);
    await expect(requestCollaborationChannel(w.actors.user, draft.id, invite)).rejects.toThrow(/approved/);
    const prospect = await opportunityIn(w, "APPROVED", w.actors.user, { stage: "PROSPECT" });
    await expect(requestCollaborationChannel(w.actors.user, prospect.id, invite)).rejects.toThrow(/Qualified/);
    const lost = await opportunityIn(w, "APPROVED", w.actors.user);
    await changeStage(w.actors.user, lost.id, { stage: "CLOSED_LOST", closeDate: inDays(-1), closedLostReason: "Price" });
    await expect(requestCollaborationChannel(w.actors.user, lost.id, invite)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await getChannelPanel(w.actors.user, lost.id)).eligibility).toEqual({ ok: false, reason: "TERMINAL_STAGE" });

    const ok = await opportunityIn(w, "APPROVED", w.actors.user, { stage: "TECHNICAL_VALIDATION" });
    expect(await requestCollaborationChannel(w.actors.user, ok.id, invite)).toMatchObject({ status: "REQUESTED", invitees: [{ status: "PENDING" }] });
  });

  it("refuses opted-out, inactive, other-organisation and non-ACE invitees per field", async () => {
    const w = await createWorld();
    const inactive = await createUser(w.acme.id, { aceRole: "ACE_USER", status: "INACTIVE" });
    await setChannelOptOut(w.actors.team, { optOut: true });
    expect(await getChannelOptOut(w.actors.team)).toEqual({ optOut: true });
    const o = await approvedWithAccountManager(w);
    const panel = await getChannelPanel(w.actors.lead, o.id);
    const optionIds = panel.inviteeOptions.map((u) => u.id);
    expect(optionIds).toEqual(expect.arrayContaining([w.users.lead.id, w.users.manager.id, w.users.user.id]));
    for (const id of [w.users.team.id, inactive.id, w.users.boltLead.id, w.users.noAce.id]) expect(optionIds).not.toContain(id);

    const errors = await errorsOf(
      requestCollaborationChannel(w.actors.lead, o.id, { inviteeIds: [w.users.manager.id, w.users.team.id, inactive.id, w.users.boltLead.id, w.users.noAce.id, "ghost"] }),
    );
    expect(errors).toEqual([
      { path: "inviteeIds.1", message: expect.stringContaining("opted out") },
      { path: "inviteeIds.2", message: expect.stringContaining("inactive") },
      { path: "inviteeIds.3", message: expect.stringContaining("own organisation") },
      { path: "inviteeIds.4", message: expect.stringContaining("ACE") },
      { path: "inviteeIds.5", message: expect.stringContaining("own organisation") },
    ]);
    expect(await db().collaborationChannel.count({ where: { opportunityId: o.id } })).toBe(0);
    await setChannelOptOut(w.actors.team, { optOut: false });
    expect((await history(w.users.team.id)).map((h) => h.action)).toEqual(["channel_opt_out_changed", "channel_opt_out_changed"]);
  });

  it("one open request per opportunity (also at the database); a new one after archiving", async () => {
    const w = await createWorld();
    const o = await approvedWithAccountManager(w);
    const results = await Promise.allSettled([
      requestCollaborationChannel(w.actors.user, o.id, { inviteeIds: [w.users.user.id] }),
      requestCollaborationChannel(w.actors.lead, o.id, { inviteeIds: [w.users.lead.id] }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(InvalidTransitionError) });
    await expect(requestCollaborationChannel(w.actors.user, o.id, { inviteeIds: [w.users.user.id] })).rejects.toThrow(/already has an open/);
    await expect(db().collaborationChannel.create({ data: { opportunityId: o.id, requestedById: w.users.user.id } })).rejects.toMatchObject({ code: "P2002" });

    await expect(archiveCollaborationChannel(w.actors.user2, o.id)).rejects.toBeInstanceOf(NotFoundError);
    await archiveCollaborationChannel(w.actors.lead, o.id);
    await expect(archiveCollaborationChannel(w.actors.lead, o.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await requestCollaborationChannel(w.actors.user, o.id, { inviteeIds: [w.users.user.id] })).toMatchObject({ status: "REQUESTED" });
  });

  it("only who can edit requests; writes history and notifies the provider account manager", async () => {
    const w = await createWorld();
    const o = await approvedWithAccountManager(w);
    await expect(requestCollaborationChannel(w.actors.user2, o.id, { inviteeIds: [w.users.user2.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestCollaborationChannel(w.actors.boltLead, o.id, { inviteeIds: [w.users.boltLead.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestCollaborationChannel(w.actors.seller, o.id, { inviteeIds: [w.users.user.id] })).rejects.toBeInstanceOf(ForbiddenError);
    await requestCollaborationChannel(w.actors.user, o.id, { inviteeIds: [w.users.user.id, w.users.manager.id] });
    expect((await history(o.id)).at(-1)).toMatchObject({ action: "channel_requested", actorId: w.users.user.id });
    const notes = await db().notification.findMany({ where: { kind: "COLLABORATION_CHANNEL_REQUESTED", entityId: o.id } });
    expect(notes.map((n) => n.userId)).toEqual([w.users.seller.id]);
  });
});

describe("created → join / leave → archived", () => {
  it("the provider account manager records the channel; invitees are emailed, join and leave", async () => {
    const w = await createWorld();
    const o = await approvedWithAccountManager(w);
    const otherSeller = await actorOf((await createUser(w.provider.id, { providerRole: "PROVIDER_SELLER" })).id);
    const channel = await requestCollaborationChannel(w.actors.user, o.id, { inviteeIds: [w.users.user.id, w.users.manager.id] });

    await expect(joinCollaborationChannel(w.actors.user, channel.id)).rejects.toThrow(/not been created/);
    await expect(recordChannelCreated(w.actors.user, o.id, created)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordChannelCreated(otherSeller, o.id, created)).rejects.toBeInstanceOf(NotFoundError);
    expect((await errorsOf(recordChannelCreated(w.actors.seller, o.id, { name: "", url: "javascript:alert(1)" }))).map((e) => e.path)).toEqual(["name", "url"]);
    await expect(recordChannelCreated(w.actors.seller, o.id, { ...created, version: channel.version + 5 })).rejects.toBeInstanceOf(StaleVersionError);

    const sellerPanel = await getChannelPanel(w.actors.seller, o.id);
    expect(sellerPanel.can).toMatchObject({ recordCreated: true, request: false });
    const done = await recordChannelCreated(w.actors.seller, o.id, { ...created, version: channel.version });
    expect(done).toMatchObject({ status: "CREATED", name: created.name, url: created.url, createdBy: { id: w.users.seller.id } });
    await expect(recordChannelCreated(w.actors.admin, o.id, created)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect((await history(o.id)).at(-1)).toMatchObject({ action: "channel_created", actorId: w.users.seller.id });
    const emails = await db().emailMessage.findMany({ where: { kind: "COLLABORATION_CHANNEL_CREATED", userId: { in: [w.users.user.id, w.users.manager.id] } } });
    expect(emails.map((e) => e.userId).sort()).toEqual([w.users.user.id, w.users.manager.id].sort());

    // The invitee sees name and link, joins, then leaves.
    const mine = await listMyChannels(w.actors.manager);
    expect(mine.rows).toEqual([expect.objectContaining({ channelId: channel.id, name: created.name, url: created.url, myStatus: "PENDING", can: { join: true, leave: true } })]);
    await expect(joinCollaborationChannel(w.actors.lead, channel.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await joinCollaborationChannel(w.actors.manager, channel.id)).toMatchObject({ myStatus: "JOINED", can: { join: false, leave: true } });
    await expect(joinCollaborationChannel(w.actors.manager, channel.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await leaveCollaborationChannel(w.actors.manager, channel.id)).toMatchObject({ myStatus: "LEFT", can: { join: false, leave: false } });
    expect((await history(o.id)).slice(-2).map((h) => h.action)).toEqual(["channel_joined", "channel_left"]);
    const panel = await getChannelPanel(w.actors.user, o.id);
    expect(panel.channel!.invitees.map((i) => [i.user.id, i.status])).toEqual([
      [w.users.user.id, "PENDING"],
      [w.users.manager.id, "LEFT"],
    ]);

    await archiveCollaborationChannel(w.actors.seller, o.id);
    expect((await listMyChannels(w.actors.user)).rows[0]).toMatchObject({ status: "ARCHIVED", url: null, can: { join: false, leave: false } });
    expect((await history(o.id)).at(-1)).toMatchObject({ action: "channel_archived" });
  });

  it("without a linked account manager, the request notifies the provider admins and an admin records it", async () => {
    const w = await createWorld();
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    await requestCollaborationChannel(w.actors.user, o.id, { inviteeIds: [w.users.user.id] });
    expect(await db().notification.count({ where: { kind: "COLLABORATION_CHANNEL_REQUESTED", entityId: o.id, userId: w.users.admin.id } })).toBe(1);
    expect(await recordChannelCreated(w.actors.admin, o.id, created)).toMatchObject({ status: "CREATED" });
  });
});
