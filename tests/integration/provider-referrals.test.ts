/**
 * Provider referrals to partners (domain.md §3) through the services, on real PostgreSQL:
 * sending, what partners see before accepting, answering exactly once, expiry at read time
 * and by the sweep, notifications and their emails over SMTP.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setEnv } from "@/lib/env";
import { InvalidTransitionError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  acceptReferral,
  acceptReferrals,
  getInvitation,
  getPendingReferral,
  listPendingReferrals,
  listSentReferrals,
  referralTargets,
  rejectReferral,
  sendProviderReferral,
  sweepProviderReferrals,
} from "@/lib/data/provider-referrals";
import { getOpportunity, opportunityHistory } from "@/lib/data/opportunities";
import { deliverEmail } from "@/lib/data/notifications";
import { closeSmtp } from "@/lib/mail/transport";
import { referralBody, referralWorld, startSmtpServer, type ReferralWorld } from "./provider-referrals-helpers";

let w: ReferralWorld;
beforeEach(async () => {
  w = await referralWorld();
});

const mon0930Berlin = new Date("2026-11-23T08:30:00.000Z");
const fieldPaths = (e: unknown) => (e instanceof ValidationError ? Object.fromEntries(e.errors.map((x) => [x.path, x.message])) : e);

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the call to fail");
}

describe("sending (provider seller)", () => {
  it("stores a PENDING referral expiring 5 business days later in the partner's time zone, and notifies the partner", async () => {
    const sent = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id, { recipientUserId: w.users.user.id }), mon0930Berlin);
    expect(sent).toMatchObject({ status: "PENDING", sentAt: mon0930Berlin.toISOString(), expiresAt: "2026-11-30T08:30:00.000Z" });
    expect(sent.reference).toMatch(/^PR-\d+$/);
    const row = await db().opportunityInvitation.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.remindAt.toISOString()).toBe("2026-11-27T08:30:00.000Z");
    // The sender is added to the provider contacts the partner sees.
    expect((row.data as { providerTeam: { email: string }[] }).providerTeam.map((m) => m.email)).toEqual([
      w.users.seller.email,
      "pdm@nimbus.example",
    ]);

    const notified = await db().notification.findMany({
      where: { kind: "PROVIDER_REFERRAL_RECEIVED" },
      select: { userId: true, link: true },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual([w.users.lead.id, w.users.user.id].sort());
    expect(notified[0].link).toBe(`/provider-referrals/${sent.id}`);
    const emails = await db().emailMessage.findMany({ select: { toAddress: true, status: true, subject: true, text: true } });
    expect(emails.map((e) => e.toAddress).sort()).toEqual([w.users.lead.email, w.users.user.email].sort());
    expect(emails.every((e) => e.status === "PENDING")).toBe(true);
    // Emails carry only what the partner may see before accepting.
    expect(emails.map((e) => e.text).join("\n")).not.toMatch(/Invalidenstrasse|123456789|SECRET-COMMENT|greta@/);
    expect(await db().historyEntry.count({ where: { entityId: sent.id, action: "sent" } })).toBe(1);
  });

  it("only provider sellers send", async () => {
    for (const actor of [w.actors.lead, w.actors.validator, w.actors.admin]) {
      await expect(sendProviderReferral(actor, referralBody(w.acme.id))).rejects.toThrow(/Only the provider's sellers/);
    }
  });

  it("refuses recipients who are inactive, of another organisation, or without ACE access — with the reason", async () => {
    const cases: [string, RegExp][] = [
      [w.inactive.id, /deactivated/],
      [w.users.boltLead.id, /not a member of Acme/],
      [w.users.noAce.id, /no access to ACE opportunities/],
      [w.users.seller.id, /not a member of Acme/],
      ["no-such-user", /not a member of Acme/],
    ];
    for (const [recipientUserId, reason] of cases) {
      const e = await errorOf(sendProviderReferral(w.actors.seller, referralBody(w.acme.id, { recipientUserId })));
      expect(e).toBeInstanceOf(ValidationError);
      expect(fieldPaths(e)).toEqual({ recipientUserId: expect.stringMatching(reason) });
    }
    expect(await db().opportunityInvitation.count()).toBe(0);
  });

  it("validates the opportunity like a submission in the partner's context, and refuses partner-only fields", async () => {
    const e = await errorOf(
      sendProviderReferral(
        w.actors.seller,
        referralBody(w.acme.id, {
          partnerCrmId: "CRM-1",
          ownerId: w.users.lead.id,
          customer: { companyName: "Globex", countryCode: "DE" },
          nextStep: "x".repeat(256),
          extra: true,
        }),
      ),
    );
    const paths = fieldPaths(e) as Record<string, string>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(["partnerCrmId", "ownerId", "customer.websiteUrl", "customer.industry", "nextStep", "extra"]),
    );
    const noOrg = await errorOf(sendProviderReferral(w.actors.seller, referralBody(w.provider.id)));
    expect(fieldPaths(noOrg)).toMatchObject({ partnerOrganizationId: expect.any(String) });
    // A training partner's referrals must use the Training use case.
    await db().organization.update({ where: { id: w.bolt.id }, data: { trainingPartner: true } });
    const training = await errorOf(sendProviderReferral(w.actors.seller, referralBody(w.bolt.id)));
    expect(fieldPaths(training)).toMatchObject({ "project.customerUseCase": expect.any(String) });
  });

  it("needs someone who can answer: an active alliance lead, or a named recipient", async () => {
    await db().user.update({ where: { id: w.users.boltLead.id }, data: { status: "INACTIVE" } });
    const e = await errorOf(
      sendProviderReferral(
        w.actors.seller,
        referralBody(w.bolt.id, { project: { ...(referralBody(w.bolt.id).project as object), customerUseCase: "Training" } }),
      ),
    );
    expect(fieldPaths(e)).toEqual({ recipientUserId: expect.stringMatching(/no active alliance lead/) });
  });

  it("lists referral targets with their possible recipients (active users with an ACE role)", async () => {
    const targets = await referralTargets(w.actors.seller);
    const acme = targets.find((t) => t.id === w.acme.id)!;
    expect(acme.hasAllianceLead).toBe(true);
    expect(acme.recipients.map((r) => r.id).sort()).toEqual(
      [w.users.lead.id, w.users.team.id, w.users.manager.id, w.users.user.id, w.users.user2.id].sort(),
    );
    expect(await referralTargets(w.actors.lead)).toEqual([]);
  });
});

describe("what partners see before accepting", () => {
  it("the pending payload holds only the pre-acceptance fields", async () => {
    const sent = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    const [pending] = await listPendingReferrals(w.actors.lead);
    expect(pending.id).toBe(sent.id);
    const json = JSON.stringify(pending);
    for (const hidden of [
      "Invalidenstrasse",
      "123456789",
      "Berlin-Mitte",
      "greta@globex.example",
      "Gruber",
      "SECRET-COMMENT",
      "Conducted POC",
      "No Competition",
      "Architectural Validation",
      "123456789012",
      "stateOrRegion",
      "marketing",
      "coSellWithProvider",
    ]) {
      expect(json, hidden).not.toContain(hidden);
    }
    expect(Object.keys(pending.opportunity.customer!).sort()).toEqual([
      "companyName",
      "countryCode",
      "industry",
      "postalCode",
      "websiteUrl",
    ]);
    expect(Object.keys(pending.opportunity.project!).sort()).toEqual(
      ["customerBusinessProblem", "customerUseCase", "deliveryModels", "expectedMonthlyRevenue", "targetCloseDate", "title"].sort(),
    );
    expect(pending.opportunity).toMatchObject({
      opportunityType: "NET_NEW_BUSINESS",
      origin: "PROVIDER_REFERRAL",
      leadSource: "Provider seller",
      nextStep: "Intro call with the CTO next week",
      project: { expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" } },
      providerTeam: [
        { role: "SALES_REP", name: w.users.seller.name, email: w.users.seller.email },
        { role: "PDM", name: "Pat Partnerdev", email: "pdm@nimbus.example" },
      ],
    });
    // The single read and the API view are the same payload.
    expect(await getPendingReferral(w.actors.lead, sent.id)).toEqual(pending);
    expect(await getInvitation(w.actors.lead, sent.id)).toEqual({ audience: "PARTNER", ...pending });
  });

  it("the alliance lead sees all of the organisation's; a named recipient sees theirs; nobody else any", async () => {
    const forUser = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id, { recipientUserId: w.users.user.id }));
    const open = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    const ids = async (actor: (typeof w.actors)[keyof typeof w.actors]) => (await listPendingReferrals(actor)).map((p) => p.id).sort();
    expect(await ids(w.actors.lead)).toEqual([forUser.id, open.id].sort());
    expect(await ids(w.actors.user)).toEqual([forUser.id]);
    for (const other of [
      w.actors.user2,
      w.actors.manager,
      w.actors.team,
      w.actors.noAce,
      w.actors.boltLead,
      w.actors.validator,
      w.actors.admin,
    ]) {
      expect(await ids(other)).toEqual([]);
    }
    await expect(getPendingReferral(w.actors.user2, forUser.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInvitation(w.actors.boltLead, open.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptReferral(w.actors.user2, forUser.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("an overdue referral is never shown as pending, even before the sweep ran; the seller sees it expired", async () => {
    const sent = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id), mon0930Berlin);
    const justBefore = new Date("2026-11-30T08:29:59.999Z");
    const atExpiry = new Date("2026-11-30T08:30:00.000Z");
    expect(await listPendingReferrals(w.actors.lead, justBefore)).toHaveLength(1);
    expect(await listPendingReferrals(w.actors.lead, atExpiry)).toEqual([]);
    await expect(getPendingReferral(w.actors.lead, sent.id, atExpiry)).rejects.toBeInstanceOf(NotFoundError);
    const sentList = await listSentReferrals(w.actors.seller, {}, atExpiry);
    expect(sentList.rows.map((r) => [r.id, r.status])).toEqual([[sent.id, "EXPIRED"]]);
    expect((await listSentReferrals(w.actors.seller, { status: "EXPIRED" }, atExpiry)).total).toBe(1);
    expect((await listSentReferrals(w.actors.seller, { status: "PENDING" }, atExpiry)).total).toBe(0);
    expect((await db().opportunityInvitation.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("PENDING");
  });
});

describe("answering", () => {
  it("accepting creates an APPROVED opportunity owned by the accepting user, with every field, the next step and the provider team", async () => {
    const sent = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id, { recipientUserId: w.users.user.id }));
    const { opportunityId } = await acceptReferral(w.actors.user, sent.id);
    const o = await getOpportunity(w.actors.user, opportunityId);
    expect(o).toMatchObject({
      status: "APPROVED",
      stage: "QUALIFIED",
      origin: "PROVIDER_REFERRAL",
      owner: { id: w.users.user.id },
      organization: { id: w.acme.id },
    });
    expect(o.data.customer).toMatchObject({ streetAddress: "Invalidenstrasse 1", city: "Berlin-Mitte", duns: "123456789" });
    expect(o.data.customerContact?.email).toBe("greta@globex.example");
    expect(o.data.providerAccountId).toBe("123456789012");
    expect(o.data.partnerSalesContact?.email).toBe(w.users.user.email);
    expect(o.nextSteps.map((n) => n.text)).toEqual(["Intro call with the CTO next week"]);
    expect(o.providerTeam.map((m) => [m.role, m.email])).toEqual([
      ["SALES_REP", w.users.seller.email],
      ["PDM", "pdm@nimbus.example"],
    ]);
    // The sender is on the provider team, so they now see the approved opportunity.
    expect((await getOpportunity(w.actors.seller, opportunityId)).id).toBe(opportunityId);
    const sentRow = (await listSentReferrals(w.actors.seller)).rows[0];
    expect(sentRow).toMatchObject({ status: "ACCEPTED", opportunityId, answeredBy: { id: w.users.user.id } });
    expect((await opportunityHistory(w.actors.user, opportunityId)).map((h) => h.action)).toContain("created_from_provider_referral");
    expect(await db().notification.count({ where: { userId: w.users.seller.id, kind: "PROVIDER_REFERRAL_ANSWERED" } })).toBe(1);
    expect(await listPendingReferrals(w.actors.lead)).toEqual([]);
  });

  it("two users accepting the same referral at once: exactly one acceptance", async () => {
    const sent = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id, { recipientUserId: w.users.user.id }));
    const results = await Promise.allSettled([
      acceptReferral(w.actors.lead, sent.id),
      acceptReferral(w.actors.user, sent.id),
      acceptReferral(w.actors.lead, sent.id),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(2);
    for (const f of failed) expect(f.reason).toBeInstanceOf(InvalidTransitionError);
    expect(await db().opportunity.count({ where: { origin: "PROVIDER_REFERRAL" } })).toBe(1);
    expect(await db().historyEntry.count({ where: { entityId: sent.id, action: "accepted" } })).toBe(1);
    expect(await db().notification.count({ where: { kind: "PROVIDER_REFERRAL_ANSWERED" } })).toBe(1);
  });

  it("accepting after expiry is refused (409) and changes nothing", async () => {
    const sent = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id), mon0930Berlin);
    const before = await db().opportunityInvitation.findUniqueOrThrow({ where: { id: sent.id } });
    const late = new Date("2026-11-30T08:30:00.000Z");
    const e = await errorOf(acceptReferral(w.actors.lead, sent.id, late));
    expect(e).toBeInstanceOf(InvalidTransitionError);
    expect((e as Error).message).toMatch(/expired/);
    await expect(rejectReferral(w.actors.lead, sent.id, { reason: "UNABLE_TO_SUPPORT" }, late)).rejects.toThrow(/expired/);
    expect(await db().opportunityInvitation.findUniqueOrThrow({ where: { id: sent.id } })).toEqual(before);
    expect(await db().opportunity.count()).toBe(0);
    expect(await db().historyEntry.count({ where: { entityId: sent.id } })).toBe(1);
  });

  it("answering twice is refused", async () => {
    const a = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    const b = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    await acceptReferral(w.actors.lead, a.id);
    await expect(acceptReferral(w.actors.lead, a.id)).rejects.toThrow(/already been accepted/);
    await expect(rejectReferral(w.actors.lead, a.id, { reason: "UNABLE_TO_SUPPORT" })).rejects.toThrow(/already been accepted/);
    await rejectReferral(w.actors.lead, b.id, { reason: "NEXT_STEPS_UNCLEAR" });
    await expect(acceptReferral(w.actors.lead, b.id)).rejects.toThrow(/already been rejected/);
    await expect(rejectReferral(w.actors.lead, b.id, { reason: "NEXT_STEPS_UNCLEAR" })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await db().opportunity.count()).toBe(1);
  });

  it("rejecting needs a reason, and a comment with OTHER; the sender learns why", async () => {
    const sent = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    expect(fieldPaths(await errorOf(rejectReferral(w.actors.lead, sent.id, {})))).toEqual({ reason: expect.any(String) });
    expect(fieldPaths(await errorOf(rejectReferral(w.actors.lead, sent.id, { reason: "OTHER", comment: "  " })))).toEqual({
      comment: expect.any(String),
    });
    await rejectReferral(w.actors.lead, sent.id, { reason: "OTHER", comment: "The customer is a competitor of ours" });
    const row = (await listSentReferrals(w.actors.seller)).rows[0];
    expect(row).toMatchObject({
      status: "REJECTED",
      rejectReason: "OTHER",
      rejectComment: "The customer is a competitor of ours",
      answeredBy: { id: w.users.lead.id },
    });
    const n = await db().notification.findFirstOrThrow({ where: { userId: w.users.seller.id, kind: "PROVIDER_REFERRAL_ANSWERED" } });
    expect(n.title).toMatch(/rejected/);
    expect(n.body).toMatch(/competitor of ours/);
  });

  it("bulk accept: each referral on its own; the refused ones say why", async () => {
    const a = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    const b = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    const c = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    await rejectReferral(w.actors.lead, b.id, { reason: "UNABLE_TO_SUPPORT" });
    const result = await acceptReferrals(w.actors.lead, { ids: [a.id, b.id, c.id, "missing"] });
    expect(result.accepted.map((x) => x.id)).toEqual([a.id, c.id]);
    expect(result.refused).toEqual([
      { id: b.id, code: "conflict", message: expect.stringMatching(/rejected/) },
      { id: "missing", code: "not-found", message: expect.any(String) },
    ]);
    const owned = await db().opportunity.findMany({ where: { origin: "PROVIDER_REFERRAL" }, select: { ownerId: true, status: true } });
    expect(owned).toEqual([
      { ownerId: w.users.lead.id, status: "APPROVED" },
      { ownerId: w.users.lead.id, status: "APPROVED" },
    ]);
    await expect(acceptReferrals(w.actors.lead, { ids: [] })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("the sweep", () => {
  it("expires each overdue referral exactly once, even when two sweeps run at once, and notifies sender and partner", async () => {
    const sent = [];
    for (let i = 0; i < 6; i++)
      sent.push(
        await sendProviderReferral(
          w.actors.seller,
          referralBody(w.acme.id, i === 0 ? { recipientUserId: w.users.user.id } : {}),
          mon0930Berlin,
        ),
      );
    const fresh = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id), new Date("2026-11-25T08:30:00.000Z"));
    const now = new Date("2026-11-30T12:00:00.000Z");
    const [r1, r2] = await Promise.all([sweepProviderReferrals(now), sweepProviderReferrals(now)]);
    expect(r1.expired + r2.expired).toBe(6);
    expect((await sweepProviderReferrals(now)).expired).toBe(0);
    expect(await db().opportunityInvitation.count({ where: { status: "EXPIRED" } })).toBe(6);
    expect((await db().opportunityInvitation.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe("PENDING");
    for (const s of sent) expect(await db().historyEntry.count({ where: { entityId: s.id, action: "expired" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: w.users.seller.id, kind: "PROVIDER_REFERRAL_EXPIRED" } })).toBe(6);
    expect(await db().notification.count({ where: { userId: w.users.lead.id, kind: "PROVIDER_REFERRAL_EXPIRED" } })).toBe(6);
    expect(await db().notification.count({ where: { userId: w.users.user.id, kind: "PROVIDER_REFERRAL_EXPIRED" } })).toBe(1);
  });

  it("reminds the partner once, one business day before expiry", async () => {
    const sent = await sendProviderReferral(w.actors.seller, referralBody(w.acme.id, { recipientUserId: w.users.user.id }), mon0930Berlin);
    expect((await sweepProviderReferrals(new Date("2026-11-27T08:29:00.000Z"))).reminded).toBe(0);
    const at = new Date("2026-11-27T08:30:00.000Z");
    const [a, b] = await Promise.all([sweepProviderReferrals(at), sweepProviderReferrals(at)]);
    expect(a.reminded + b.reminded).toBe(1);
    expect((await sweepProviderReferrals(new Date("2026-11-28T10:00:00.000Z"))).reminded).toBe(0);
    const reminders = await db().notification.findMany({
      where: { kind: "PROVIDER_REFERRAL_EXPIRING" },
      select: { userId: true, link: true },
    });
    expect(reminders.map((r) => r.userId).sort()).toEqual([w.users.lead.id, w.users.user.id].sort());
    expect(reminders[0].link).toBe(`/provider-referrals/${sent.id}`);
  });
});

describe("emails over SMTP", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  afterEach(async () => {
    closeSmtp();
    await smtp?.close();
    for (const k of ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE"]) delete process.env[k];
    setEnv("MAIL_FROM", "Co-sell portal <no-reply@cosell.example>");
  });

  it("delivers the referral emails to the right recipients", async () => {
    smtp = await startSmtpServer();
    setEnv("SMTP_HOST", "127.0.0.1");
    setEnv("SMTP_PORT", String(smtp.port));
    setEnv("SMTP_SECURE", "false");
    setEnv("MAIL_FROM", "Co-sell portal <portal@cosell.example>");
    await sendProviderReferral(w.actors.seller, referralBody(w.acme.id, { recipientUserId: w.users.manager.id }));
    const outbox = await db().emailMessage.findMany({ select: { id: true } });
    for (const m of outbox) expect(await deliverEmail(m.id)).toBe("SENT");
    expect(
      smtp.received
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual([w.users.lead.email, w.users.manager.email].sort());
    expect(smtp.received.every((m) => m.from === "portal@cosell.example")).toBe(true);
    expect(smtp.received[0].raw).toMatch(/Subject: New provider referral PR-\d+: Globex Retail GmbH/);
    expect(smtp.received[0].raw).toMatch(/multipart\/alternative/);
    const sent = await db().emailMessage.findMany({ select: { status: true, transport: true, sentAt: true } });
    expect(sent.every((m) => m.status === "SENT" && m.transport === "SMTP" && m.sentAt)).toBe(true);
    // Delivered once: another delivery of the same message does nothing.
    expect(await deliverEmail(outbox[0].id)).toBe("ALREADY_DONE");
    expect(smtp.received).toHaveLength(2);
  });

  it("a temporary failure is retried later; a permanent refusal (5xx) marks the email FAILED", async () => {
    smtp = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith("u-")) return callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
        callback();
      },
    });
    setEnv("SMTP_HOST", "127.0.0.1");
    setEnv("SMTP_PORT", String(smtp.port));
    await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    const [email] = await db().emailMessage.findMany({ select: { id: true } });
    expect(await deliverEmail(email.id)).toBe("FAILED");
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: expect.stringMatching(/No such mailbox/),
    });

    await db().emailMessage.update({ where: { id: email.id }, data: { status: "PENDING" } });
    await smtp.close();
    closeSmtp();
    await expect(deliverEmail(email.id)).rejects.toThrow();
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({
      status: "PENDING",
      attempts: 2,
      lockedUntil: null,
    });
    expect(await deliverEmail(email.id, { lastAttempt: true })).toBe("FAILED");
  });

  it("without SMTP the email is kept for the development mailbox", async () => {
    await sendProviderReferral(w.actors.seller, referralBody(w.acme.id));
    const [email] = await db().emailMessage.findMany({ select: { id: true } });
    expect(await deliverEmail(email.id)).toBe("SENT");
    expect(await db().emailMessage.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: "SENT", transport: "MAILBOX" });
  });
});
