import { describe, expect, it } from "vitest";
import {
  INVITATION_STATUSES,
  allowedInvitationEvents,
  effectiveInvitationStatus,
  invitationExpiresAt,
  invitationReminderAt,
  invitationTimeLeftMs,
  invitationTransition,
  isInvitationListedForPartner,
  BulkAcceptInvitationsSchema,
  RejectInvitationSchema,
  type InvitationEventType,
  type InvitationStatus,
} from "./invitation";
import { INVITATION_REJECT_REASON_LABELS, INVITATION_STATUS_LABELS } from "./labels";

const sentAt = new Date("2026-11-23T08:30:00.000Z"); // Mon 09:30 Berlin
const expiresAt = new Date("2026-11-30T08:30:00.000Z"); // Mon 09:30 Berlin
const before = new Date(expiresAt.getTime() - 1);

describe("timers (§3)", () => {
  it("expires 5 business days after sending, in the partner's time zone", () => {
    expect(invitationExpiresAt(sentAt, "Europe/Berlin").toISOString()).toBe(expiresAt.toISOString());
    expect(invitationReminderAt(expiresAt, "Europe/Berlin").toISOString()).toBe("2026-11-27T08:30:00.000Z");
  });
  it("an overdue PENDING is EXPIRED at read time: at expiresAt exactly, not 1 ms before", () => {
    expect(effectiveInvitationStatus("PENDING", expiresAt, before)).toBe("PENDING");
    expect(effectiveInvitationStatus("PENDING", expiresAt, expiresAt)).toBe("EXPIRED");
    expect(effectiveInvitationStatus("ACCEPTED", expiresAt, new Date("2027-01-01"))).toBe("ACCEPTED");
    expect(effectiveInvitationStatus("REJECTED", expiresAt, new Date("2027-01-01"))).toBe("REJECTED");
  });
  it("partners list only pending, non-overdue invitations", () => {
    expect(isInvitationListedForPartner("PENDING", expiresAt, before)).toBe(true);
    expect(isInvitationListedForPartner("PENDING", expiresAt, expiresAt)).toBe(false);
    expect(isInvitationListedForPartner("ACCEPTED", expiresAt, before)).toBe(false);
    expect(isInvitationListedForPartner("EXPIRED", expiresAt, before)).toBe(false);
  });
  it("countdown", () => {
    expect(invitationTimeLeftMs("PENDING", expiresAt, before)).toBe(1);
    expect(invitationTimeLeftMs("PENDING", expiresAt, expiresAt)).toBe(0);
    expect(invitationTimeLeftMs("REJECTED", expiresAt, sentAt)).toBe(0);
  });
});

describe("invitationTransition: every (status, event) pair before expiry", () => {
  const ALLOWED: Record<string, Partial<Record<InvitationEventType, InvitationStatus>>> = {
    null: { SEND: "PENDING" },
    PENDING: { ACCEPT: "ACCEPTED", REJECT: "REJECTED" },
    ACCEPTED: {},
    REJECTED: {},
    EXPIRED: {},
  };
  const events: InvitationEventType[] = ["SEND", "ACCEPT", "REJECT", "EXPIRE"];
  const cases = [null, ...INVITATION_STATUSES].flatMap((status) =>
    events.map((event) => ({ status, event, expected: ALLOWED[String(status)][event] ?? null })),
  );
  it.each(cases)("$status + $event → $expected", ({ status, event, expected }) => {
    const result = invitationTransition(status, event, {
      now: status === null ? sentAt : before,
      expiresAt: status === null ? null : expiresAt,
      timeZone: "Europe/Berlin",
    });
    if (expected === null) {
      expect(result.ok).toBe(false);
      if (status !== null && status !== "PENDING") expect(result).toMatchObject({ code: "TERMINAL" });
    } else expect(result).toMatchObject({ ok: true, to: expected });
  });

  it("SEND computes and returns expiresAt; it needs the partner's time zone", () => {
    expect(invitationTransition(null, { type: "SEND" }, { now: sentAt, expiresAt: null, timeZone: "Europe/Berlin" })).toMatchObject({
      ok: true,
      to: "PENDING",
      effects: { expiresAt },
    });
    expect(invitationTransition(null, "SEND", { now: sentAt, expiresAt: null })).toMatchObject({ ok: false, code: "GUARD" });
  });
});

describe("after expiry", () => {
  const ctx = { now: expiresAt, expiresAt };
  it.each(["ACCEPT", "REJECT"] as const)("%s is refused as EXPIRED", (event) => {
    expect(invitationTransition("PENDING", event, ctx)).toMatchObject({ ok: false, code: "EXPIRED" });
  });
  it("EXPIRE (sweep) applies only once overdue", () => {
    expect(invitationTransition("PENDING", "EXPIRE", ctx)).toMatchObject({ ok: true, from: "PENDING", to: "EXPIRED" });
    expect(invitationTransition("PENDING", "EXPIRE", { now: before, expiresAt })).toMatchObject({ ok: false, code: "GUARD" });
  });
  it("allowed events", () => {
    expect(allowedInvitationEvents("PENDING", ctx)).toEqual(["EXPIRE"]);
    expect(allowedInvitationEvents("PENDING", { now: before, expiresAt }).sort()).toEqual(["ACCEPT", "REJECT"]);
    expect(allowedInvitationEvents("ACCEPTED", { now: before, expiresAt })).toEqual([]);
  });
});

describe("RejectInvitationSchema", () => {
  const issues = (body: unknown) => {
    const r = RejectInvitationSchema.safeParse(body);
    return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
  };
  it.each(["CUSTOMER_PROBLEM_UNCLEAR", "NEXT_STEPS_UNCLEAR", "UNABLE_TO_SUPPORT", "DUPLICATE_OF_PARTNER_REFERRAL"])(
    "%s needs no comment",
    (reason) => expect(issues({ reason })).toEqual([]),
  );
  it("OTHER needs a comment (not blank), at most 255 characters", () => {
    expect(issues({ reason: "OTHER" })).toEqual(["comment"]);
    expect(issues({ reason: "OTHER", comment: "   " })).toEqual(["comment"]);
    expect(issues({ reason: "OTHER", comment: "Customer is a competitor" })).toEqual([]);
    expect(issues({ reason: "OTHER", comment: "x".repeat(256) })).toEqual(["comment"]);
    expect(issues({ reason: "UNABLE_TO_SUPPORT", comment: "x".repeat(255) })).toEqual([]);
  });
  it("refuses an unknown reason and unknown keys", () => {
    expect(issues({ reason: "BORED" })).toEqual(["reason"]);
    expect(issues({ reason: "OTHER", comment: "x", extra: true })).toEqual([""]);
  });
  it("bulk accept: 1–100 distinct ids", () => {
    expect(BulkAcceptInvitationsSchema.safeParse({ ids: ["a", "b"] }).success).toBe(true);
    expect(BulkAcceptInvitationsSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(BulkAcceptInvitationsSchema.safeParse({ ids: ["a", "a"] }).success).toBe(false);
  });
  it("labels exist", () => {
    expect(Object.keys(INVITATION_STATUS_LABELS)).toEqual([...INVITATION_STATUSES]);
    expect(Object.keys(INVITATION_REJECT_REASON_LABELS)).toHaveLength(5);
  });
});
