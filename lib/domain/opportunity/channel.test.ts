import { describe, expect, it } from "vitest";
import {
  CHANNEL_EVENTS,
  CHANNEL_STATUSES,
  ChannelCreatedSchema,
  ChannelRequestSchema,
  INVITEE_EVENTS,
  INVITEE_STATUSES,
  channelEligibility,
  channelTransition,
  inviteeTransition,
  isOpenChannel,
} from "./channel";
import { REVIEW_STATUSES, SALES_STAGES } from "./picklists";

describe("channel transitions", () => {
  const expected: Record<string, string | null> = {
    "REQUESTED/RECORD_CREATED": "CREATED",
    "REQUESTED/ARCHIVE": "ARCHIVED",
    "CREATED/RECORD_CREATED": null,
    "CREATED/ARCHIVE": "ARCHIVED",
    "ARCHIVED/RECORD_CREATED": null,
    "ARCHIVED/ARCHIVE": null,
  };
  const pairs = CHANNEL_STATUSES.flatMap((s) => CHANNEL_EVENTS.map((e) => [s, e] as const));
  it.each(pairs)("%s + %s", (status, event) => {
    const to = expected[`${status}/${event}`];
    expect(channelTransition(status, event)).toEqual(to ? { ok: true, to } : { ok: false, reason: "NOT_ALLOWED_FROM_STATE" });
  });
  it("requested and created channels are open", () => {
    expect(CHANNEL_STATUSES.filter(isOpenChannel)).toEqual(["REQUESTED", "CREATED"]);
  });
});

describe("invitee transitions", () => {
  const cases = CHANNEL_STATUSES.flatMap((c) => INVITEE_STATUSES.flatMap((s) => INVITEE_EVENTS.map((e) => [c, s, e] as const)));
  it.each(cases)("channel %s, invitee %s + %s", (channel, status, event) => {
    const result = inviteeTransition(channel, status, event);
    const fromOk = event === "JOIN" ? status === "PENDING" : status === "PENDING" || status === "JOINED";
    const channelOk = event === "JOIN" ? channel === "CREATED" : channel !== "ARCHIVED";
    if (!fromOk) expect(result).toEqual({ ok: false, reason: "NOT_ALLOWED_FROM_STATE" });
    else if (!channelOk) expect(result).toEqual({ ok: false, reason: "CHANNEL_NOT_READY" });
    else expect(result).toEqual({ ok: true, to: event === "JOIN" ? "JOINED" : "LEFT" });
  });
});

describe("channelEligibility", () => {
  const pairs = REVIEW_STATUSES.flatMap((s) => SALES_STAGES.map((g) => [s, g] as const));
  it.each(pairs)("%s at %s", (status, stage) => {
    const result = channelEligibility(status, stage);
    if (status !== "APPROVED") expect(result).toEqual({ ok: false, reason: "NOT_APPROVED" });
    else if (stage === "LAUNCHED" || stage === "CLOSED_LOST") expect(result).toEqual({ ok: false, reason: "TERMINAL_STAGE" });
    else if (stage === "PROSPECT") expect(result).toEqual({ ok: false, reason: "STAGE_TOO_EARLY" });
    else expect(result).toEqual({ ok: true });
  });
});

describe("channel inputs", () => {
  it("a request needs at least one distinct invitee", () => {
    expect(ChannelRequestSchema.safeParse({ inviteeIds: ["u1"] }).success).toBe(true);
    expect(ChannelRequestSchema.safeParse({ inviteeIds: [] }).success).toBe(false);
    expect(ChannelRequestSchema.safeParse({ inviteeIds: ["u1", "u1"] }).success).toBe(false);
    expect(ChannelRequestSchema.safeParse({ inviteeIds: ["u1"], other: true }).success).toBe(false);
  });
  it("the created channel needs a name and an http(s) link", () => {
    expect(ChannelCreatedSchema.parse({ name: " deal-room ", url: "https://chat.example.com/c/1" })).toEqual({ name: "deal-room", url: "https://chat.example.com/c/1" });
    for (const url of ["javascript:alert(1)", "chat.example.com", "https://localhost", "ftp://x.example.com", ""]) {
      expect(ChannelCreatedSchema.safeParse({ name: "x", url }).success, url).toBe(false);
    }
    expect(ChannelCreatedSchema.safeParse({ name: "", url: "https://chat.example.com" }).success).toBe(false);
    expect(ChannelCreatedSchema.safeParse({ name: "x".repeat(81), url: "https://chat.example.com" }).success).toBe(false);
  });
});
