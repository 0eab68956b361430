import { describe, expect, it } from "vitest";
import { NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_GROUPS, NOTIFICATION_KINDS, NOTIFICATION_KIND_INFO, isNotificationKind, notificationKindsFor } from "./kinds";

describe("notification kinds", () => {
  it("mirror the database enum exactly", () => {
    expect([...NOTIFICATION_KINDS].sort()).toEqual(Object.values(NotificationKind).sort());
  });
  it("cover every event of domain.md §6", () => {
    for (const kind of [
      "OPPORTUNITY_ACTION_REQUIRED",
      "OPPORTUNITY_APPROVED",
      "OPPORTUNITY_REJECTED",
      "PROVIDER_REFERRAL_RECEIVED",
      "PROVIDER_REFERRAL_EXPIRING",
      "OPPORTUNITY_TRANSFERRED",
      "SHARE_INVITATION_RECEIVED",
      "SHARE_INVITATION_ANSWERED",
      "COLLABORATION_CHANNEL_CREATED",
      "CO_SELL_REQUEST_ANSWERED",
      "INBOUND_DEAL_RECEIVED",
      "INBOUND_DEAL_EXPIRING",
      "REGISTRATION_RESULT",
    ]) {
      expect(isNotificationKind(kind), kind).toBe(true);
    }
    expect(isNotificationKind("NOPE")).toBe(false);
  });
  it("each kind belongs to a group and to someone", () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(NOTIFICATION_GROUPS).toContain(NOTIFICATION_KIND_INFO[kind].group);
      expect(NOTIFICATION_KIND_INFO[kind].for.length).toBeGreaterThan(0);
    }
    expect(notificationKindsFor("PROVIDER")).toContain("PROVIDER_REFERRAL_ANSWERED");
    expect(notificationKindsFor("PARTNER")).not.toContain("PROVIDER_REFERRAL_ANSWERED");
  });
});
