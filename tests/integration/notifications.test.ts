/**
 * Notifications (domain.md §6): `notify()` writes the bell rows and the email outbox in the
 * caller's transaction, honours email mutes; the ACE review and transfer hooks notify the
 * right people; the inbox only ever shows and changes the user's own rows.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  listMailbox,
  listNotifications,
  mailboxAvailable,
  markAllNotificationsRead,
  markNotificationsRead,
  notificationFeed,
  notificationPreferences,
  notify,
  saveNotificationPreferences,
} from "@/lib/data/notifications";
import { reviewOpportunity, transferOpportunity } from "@/lib/data/opportunities";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { setEnv } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { createUser } from "../factories";
import { opportunityIn } from "./opportunities-helpers";
import { referralWorld, type ReferralWorld } from "./provider-referrals-helpers";

let w: ReferralWorld;
beforeEach(async () => {
  w = await referralWorld();
});

const notifiedIds = async (kind: string) =>
  (await db().notification.findMany({ where: { kind: kind as never }, select: { userId: true } })).map((n) => n.userId).sort();

describe("notify()", () => {
  it("writes the notification and its email in the caller's transaction: a rollback keeps neither", async () => {
    const input = {
      userIds: [w.users.lead.id],
      kind: "OPPORTUNITY_APPROVED" as const,
      title: "Approved: O-1",
      body: "Good news.",
      link: "/opportunities/x",
    };
    await expect(
      db().$transaction(async (tx) => {
        await notify(tx, input);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().notification.count()).toBe(0);
    expect(await db().emailMessage.count()).toBe(0);

    const result = await db().$transaction((tx) => notify(tx, input));
    expect(result).toEqual({ notified: 1, emails: 1 });
    const email = await db().emailMessage.findFirstOrThrow();
    expect(email).toMatchObject({
      toAddress: w.users.lead.email,
      subject: "Approved: O-1",
      status: "PENDING",
      kind: "OPPORTUNITY_APPROVED",
    });
    expect(email.text).toContain("http://localhost:");
    expect(email.text).toContain("/opportunities/x");
    expect(email.html).toContain("Open in the portal");
    expect(email.notificationId).toBe((await db().notification.findFirstOrThrow()).id);
  });

  it("honours email mutes per kind (the in-app notification stays), skips inactive users, dedupes reminders", async () => {
    await saveNotificationPreferences(w.actors.team, { mutedKinds: ["OPPORTUNITY_ACTION_REQUIRED"] });
    const prefs = await notificationPreferences(w.actors.team);
    expect(prefs.filter((p) => p.emailMuted).map((p) => p.kind)).toEqual(["OPPORTUNITY_ACTION_REQUIRED"]);
    const input = {
      userIds: [w.users.lead.id, w.users.team.id, w.inactive.id, w.users.lead.id, null],
      kind: "OPPORTUNITY_ACTION_REQUIRED" as const,
      title: "Action required",
      dedupeKey: "k1",
    };
    expect(await db().$transaction((tx) => notify(tx, input))).toEqual({ notified: 2, emails: 1 });
    expect(await db().$transaction((tx) => notify(tx, input))).toEqual({ notified: 0, emails: 0 });
    expect(await notifiedIds("OPPORTUNITY_ACTION_REQUIRED")).toEqual([w.users.lead.id, w.users.team.id].sort());
    expect((await db().emailMessage.findMany()).map((e) => e.toAddress)).toEqual([w.users.lead.email]);
    // A muted kind for another kind still emails.
    await db().$transaction((tx) => notify(tx, { userIds: [w.users.team.id], kind: "OPPORTUNITY_APPROVED", title: "x" }));
    expect(await db().emailMessage.count({ where: { toAddress: w.users.team.email } })).toBe(1);
    await expect(saveNotificationPreferences(w.actors.team, { mutedKinds: ["NOPE"] })).rejects.toBeInstanceOf(ValidationError);
  });

  it("emails and dated texts follow each recipient's locale and organisation time zone", async () => {
    await db().user.update({ where: { id: w.users.lead.id }, data: { locale: "de-DE" } });
    await db().user.update({ where: { id: w.users.team.id }, data: { locale: "xx-unknown" } });
    await db().organization.update({ where: { id: w.acme.id }, data: { timeZone: "Asia/Tokyo" } });
    const due = new Date("2026-12-01T18:30:00.000Z");
    await db().$transaction((tx) =>
      notify(tx, {
        userIds: [w.users.lead.id, w.users.team.id],
        kind: "PROVIDER_REFERRAL_EXPIRING",
        title: "Expires soon",
        body: ({ locale, timeZone }) => `Answer by ${formatDateTime(due, { locale, timeZone, showTimeZone: true })}.`,
        link: "/provider-referrals",
      }),
    );
    const german = `Answer by ${formatDateTime(due, { locale: "de-DE", timeZone: "Asia/Tokyo", showTimeZone: true })}.`;
    const fallback = `Answer by ${formatDateTime(due, { locale: "en", timeZone: "Asia/Tokyo", showTimeZone: true })}.`;
    expect(german).toContain("2. Dez. 2026, 03:30"); // 18:30 UTC is the next day in Tokyo, in German
    expect(fallback).toContain("Dec 2, 2026");
    const rows = await db().notification.findMany({ select: { userId: true, body: true } });
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.body]))).toEqual({ [w.users.lead.id]: german, [w.users.team.id]: fallback });
    const emails = await db().emailMessage.findMany({ select: { toAddress: true, text: true, html: true } });
    const byTo = new Map(emails.map((e) => [e.toAddress, e]));
    expect(byTo.get(w.users.lead.email)!.text).toContain(german);
    expect(byTo.get(w.users.team.email)!.text).toContain(fallback);
    for (const e of emails) {
      // No German catalogue yet: the fixed wording falls back to English for both.
      expect(e.text).toContain("Open it in the portal: http://localhost:");
      expect(e.text).toContain("Choose which emails you get: http://localhost:");
      expect(e.html).toContain('<html lang="en">');
      expect(e.html).toContain("Choose which emails you get</a>");
    }
  });

  it("links are portal paths only", async () => {
    await expect(
      db().$transaction((tx) =>
        notify(tx, { userIds: [w.users.lead.id], kind: "OPPORTUNITY_APPROVED", title: "x", link: "https://evil.example" }),
      ),
    ).rejects.toThrow(/portal paths/);
    await expect(
      db().$transaction((tx) =>
        notify(tx, { userIds: [w.users.lead.id], kind: "OPPORTUNITY_APPROVED", title: "x", link: "//evil.example" }),
      ),
    ).rejects.toThrow(/portal paths/);
  });
});

describe("ACE review and transfer hooks", () => {
  it("ACTION_REQUIRED notifies every active user of the organisation with an ACE role; APPROVE and REJECT the owner; START nobody", async () => {
    const inactiveAce = await createUser(w.acme.id, { aceRole: "ALLIANCE_TEAM", status: "INACTIVE" });
    const o = await opportunityIn(w, "ACTION_REQUIRED", w.actors.user);
    // Not Nora (no ACE role), not the deactivated ACE users.
    expect(await notifiedIds("OPPORTUNITY_ACTION_REQUIRED")).toEqual(
      [w.users.lead.id, w.users.team.id, w.users.manager.id, w.users.user.id, w.users.user2.id].sort(),
    );
    expect(await notifiedIds("OPPORTUNITY_ACTION_REQUIRED")).not.toContain(inactiveAce.id);
    const n = await db().notification.findFirstOrThrow({ where: { kind: "OPPORTUNITY_ACTION_REQUIRED" } });
    expect(n).toMatchObject({ link: `/opportunities/${o.id}`, entityType: "OPPORTUNITY", entityId: o.id });
    expect(n.body).toContain("Please check the address.");

    await opportunityIn(w, "APPROVED", w.actors.user2);
    expect(await notifiedIds("OPPORTUNITY_APPROVED")).toEqual([w.users.user2.id]);
    await opportunityIn(w, "REJECTED", w.actors.manager);
    expect(await notifiedIds("OPPORTUNITY_REJECTED")).toEqual([w.users.manager.id]);
    const before = await db().notification.count();
    const submitted = await opportunityIn(w, "SUBMITTED", w.actors.user);
    await reviewOpportunity(w.actors.validator, submitted.id, { decision: "START" });
    expect(await db().notification.count()).toBe(before);
  });

  it("a transfer notifies the new owner", async () => {
    const o = await opportunityIn(w, "APPROVED", w.actors.user);
    await transferOpportunity(w.actors.lead, o.id, { assigneeId: w.users.manager.id });
    const n = await db().notification.findFirstOrThrow({ where: { kind: "OPPORTUNITY_TRANSFERRED" } });
    expect(n).toMatchObject({ userId: w.users.manager.id, link: `/opportunities/${o.id}` });
    expect(n.body).toContain(w.users.lead.name);
  });
});

describe("the inbox", () => {
  it("shows the user's own notifications, newest first, and marks only their own read", async () => {
    for (let i = 1; i <= 3; i++) {
      await db().$transaction((tx) =>
        notify(tx, { userIds: [w.users.lead.id, w.users.team.id], kind: "OPPORTUNITY_APPROVED", title: `N${i}` }),
      );
    }
    const feed = await notificationFeed(w.actors.lead, 2);
    expect(feed.unread).toBe(3);
    expect(feed.items.map((i) => i.title)).toEqual(["N3", "N2"]);
    const teamIds = (await notificationFeed(w.actors.team)).items.map((i) => i.id);
    expect(await markNotificationsRead(w.actors.lead, { ids: [feed.items[0].id, ...teamIds] })).toEqual({ unread: 2 });
    expect((await notificationFeed(w.actors.team)).unread).toBe(3);
    expect((await listNotifications(w.actors.lead, { unreadOnly: true })).rows.map((r) => r.title)).toEqual(["N2", "N1"]);
    expect(await markNotificationsRead(w.actors.lead, { ids: [feed.items[0].id], read: false })).toEqual({ unread: 3 });
    expect(await markAllNotificationsRead(w.actors.lead)).toEqual({ unread: 0 });
    expect((await listNotifications(w.actors.lead)).rows.every((r) => r.read)).toBe(true);
    await expect(markNotificationsRead(w.actors.lead, { ids: [] })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("the development mailbox", () => {
  it("is open to everyone in development, to provider admins only in production, and to nobody with SMTP", async () => {
    await db().$transaction((tx) =>
      notify(tx, { userIds: [w.users.lead.id, w.users.team.id], kind: "OPPORTUNITY_APPROVED", title: "Hello" }),
    );
    expect(mailboxAvailable(w.actors.lead)).toBe(true);
    expect((await listMailbox(w.actors.lead)).total).toBe(2);
    expect((await listMailbox(w.actors.lead, { mine: true })).rows.map((r) => r.to)).toEqual([w.users.lead.email]);
    setEnv("NODE_ENV", "production");
    try {
      expect(mailboxAvailable(w.actors.lead)).toBe(false);
      await expect(listMailbox(w.actors.lead)).rejects.toBeInstanceOf(NotFoundError);
      expect(mailboxAvailable(w.actors.admin)).toBe(true);
      setEnv("SMTP_HOST", "127.0.0.1");
      expect(mailboxAvailable(w.actors.admin)).toBe(false);
    } finally {
      delete process.env.SMTP_HOST;
      setEnv("NODE_ENV", "test");
    }
  });
});
