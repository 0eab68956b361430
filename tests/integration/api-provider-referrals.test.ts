/**
 * /api/v1/opportunity-invitations*: contract tests through the route handlers (the same
 * provider-referral services as the web pages). The partner's view of a pending referral
 * holds the pre-acceptance fields and nothing else.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import * as list from "@/app/api/v1/opportunity-invitations/route";
import { GET as getOne } from "@/app/api/v1/opportunity-invitations/[id]/route";
import { POST as accept } from "@/app/api/v1/opportunity-invitations/[id]/accept/route";
import { POST as reject } from "@/app/api/v1/opportunity-invitations/[id]/reject/route";
import { POST as bulkAccept } from "@/app/api/v1/opportunity-invitations/accept/route";
import { PreAcceptanceSchema } from "@/lib/api/v1/provider-referrals";
import { call, expectContract, expectProblem, responseSchema, tokenFor } from "../api/client";
import { referralBody, referralWorld } from "./provider-referrals-helpers";

type Page = { items: { id: string; audience: string; status: string; opportunity?: Record<string, unknown> }[]; nextCursor: string | null };

async function setup() {
  const w = await referralWorld();
  const tokens = {
    seller: await tokenFor(w.users.seller),
    lead: await tokenFor(w.users.lead),
    user: await tokenFor(w.users.user),
    user2: await tokenFor(w.users.user2),
    boltLead: await tokenFor(w.users.boltLead),
    validator: await tokenFor(w.users.validator),
  };
  const send = (body: Record<string, unknown>, token: string | null = tokens.seller, headers?: Record<string, string>) =>
    call(list.POST, "/opportunity-invitations", { token, body, headers });
  return { ...w, tokens, send };
}

/** Values of the referral body that only appear after acceptance. */
const HIDDEN_VALUES = [
  "SECRET-COMMENT",
  "Invalidenstrasse",
  "Berlin-Mitte",
  "greta@globex.example",
  "123456789012",
  "Conducted POC",
  "No Competition",
  "123456789",
];

describe("POST /opportunity-invitations", () => {
  it("sends as a provider seller, idempotently with Idempotency-Key", async () => {
    const t = await setup();
    const headers = { "idempotency-key": "crm-ref-1" };
    const res = await t.send(referralBody(t.acme.id), t.tokens.seller, headers);
    const sent = expectContract(res, 201, responseSchema(list.POST, 201));
    expect(sent).toMatchObject({ status: "PENDING", reference: expect.stringMatching(/^PR-\d+$/) });
    expect(Date.parse(sent.expiresAt)).toBeGreaterThan(Date.parse(sent.sentAt));
    const replay = await t.send(referralBody(t.acme.id), t.tokens.seller, headers);
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json.id).toBe(sent.id);
    expect(await db().opportunityInvitation.count()).toBe(1);
    expectProblem(await t.send(referralBody(t.acme.id, { leadSource: "Other" }), t.tokens.seller, headers), 422, "idempotency-key-reuse");
    expect(await db().opportunityInvitation.count()).toBe(1);
  });

  it("lists every broken field (400), refuses partners (403) and requests without a token (401)", async () => {
    const t = await setup();
    const bad = referralBody(t.acme.id, { partnerCrmId: "X", colour: "red" });
    delete (bad.project as Record<string, unknown>).title;
    (bad.customer as Record<string, unknown>).websiteUrl = "not a url";
    const res = await t.send(bad);
    expectProblem(res, 400, "validation");
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(["partnerCrmId", "colour", "project.title", "customer.websiteUrl"]),
    );
    const noPartner = await t.send(referralBody("nope"));
    expectProblem(noPartner, 400, "validation");
    expect(noPartner.json.errors).toEqual([{ path: "partnerOrganizationId", message: expect.any(String) }]);
    expectProblem(await t.send(referralBody(t.acme.id), t.tokens.lead), 403, "forbidden");
    expectProblem(await t.send(referralBody(t.acme.id), null), 401, "unauthorized");
    expectProblem(await t.send("{ not json" as unknown as Record<string, unknown>), 400, "malformed-json");
    expect(await db().opportunityInvitation.count()).toBe(0);
  });
});

describe("GET /opportunity-invitations", () => {
  it("shows the partner only the pre-acceptance fields; the seller everything", async () => {
    const t = await setup();
    const { json: sent } = await t.send(referralBody(t.acme.id));
    const page = await call<Page>(list.GET, "/opportunity-invitations", { token: t.tokens.lead });
    expectContract(page, 200, responseSchema(list.GET, 200));
    expect(page.json.items).toHaveLength(1);
    const item = page.json.items[0];
    expect(item).toMatchObject({ id: sent.id, audience: "PARTNER", status: "PENDING" });
    // Strictly the allow-list: any other key fails the strict schema.
    expect(PreAcceptanceSchema.safeParse(item.opportunity).success).toBe(true);
    expect(item.opportunity).toMatchObject({
      customer: {
        companyName: "Globex Retail GmbH",
        websiteUrl: "https://globex.example",
        countryCode: "DE",
        postalCode: "10115",
        industry: "Retail",
      },
      project: { title: "Store analytics platform", expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" } },
      nextStep: "Intro call with the CTO next week",
      leadSource: "Provider seller",
      origin: "PROVIDER_REFERRAL",
    });
    const customer = item.opportunity!.customer as Record<string, unknown>;
    const project = item.opportunity!.project as Record<string, unknown>;
    for (const hidden of ["city", "streetAddress", "stateOrRegion", "duns"]) expect(customer).not.toHaveProperty(hidden);
    for (const hidden of ["additionalComments", "salesActivities", "competitor"]) expect(project).not.toHaveProperty(hidden);
    for (const hidden of ["customerContact", "marketing", "providerAccountId", "primaryNeedsFromProvider", "coSellWithProvider", "stage"])
      expect(item.opportunity).not.toHaveProperty(hidden);
    const one = await call(getOne, `/opportunity-invitations/${sent.id}`, { token: t.tokens.lead, params: { id: sent.id } });
    expectContract(one, 200, responseSchema(getOne, 200));
    for (const text of [page.text, one.text]) for (const value of HIDDEN_VALUES) expect(text).not.toContain(value);

    // The seller sees every field of what they sent.
    const mine = await call(getOne, `/opportunity-invitations/${sent.id}`, { token: t.tokens.seller, params: { id: sent.id } });
    expectContract(mine, 200, responseSchema(getOne, 200));
    expect(mine.json).toMatchObject({
      audience: "PROVIDER",
      partner: { id: t.acme.id },
      opportunity: { project: { additionalComments: "SECRET-COMMENT" } },
    });
    const sellerList = await call<Page>(list.GET, "/opportunity-invitations?status=PENDING", { token: t.tokens.seller });
    expect(sellerList.json.items.map((i) => i.audience)).toEqual(["PROVIDER"]);
  });

  it("answers 404 outside the actor's visibility, and pages without skipping or repeating while referrals arrive", async () => {
    const t = await setup();
    const { json: sent } = await t.send(referralBody(t.acme.id));
    for (const token of [t.tokens.boltLead, t.tokens.validator, t.tokens.user])
      expectProblem(await call(getOne, "/", { token, params: { id: sent.id } }), 404, "not-found");
    expectProblem(await call(getOne, "/", { token: t.tokens.lead, params: { id: "x".repeat(300) } }), 404, "not-found");
    expect((await call<Page>(list.GET, "/opportunity-invitations", { token: t.tokens.boltLead })).json.items).toEqual([]);

    for (let i = 0; i < 4; i++) await t.send(referralBody(t.acme.id));
    const before = (await db().opportunityInvitation.findMany({ select: { id: true } })).map((r) => r.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 10; n++) {
      if (n > 0 && n < 3) await t.send(referralBody(t.acme.id));
      const res: { json: Page } = await call<Page>(list.GET, `/opportunity-invitations?limit=2${cursor ? `&cursor=${cursor}` : ""}`, {
        token: t.tokens.lead,
      });
      seen.push(...res.json.items.map((i) => i.id));
      cursor = res.json.nextCursor;
      if (!cursor) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of before) expect(seen).toContain(id);
    for (const q of ["limit=0", "status=NOPE", "cursor=%%%", "colour=red"])
      expectProblem(await call(list.GET, `/opportunity-invitations?${q}`, { token: t.tokens.lead }), 400, "validation");
  });
});

describe("accept and reject", () => {
  it("accepts once (200 with the opportunity id); a second answer is a 409", async () => {
    const t = await setup();
    const { json: sent } = await t.send(referralBody(t.acme.id));
    const go = (token: string) => call(accept, "/", { token, params: { id: sent.id } });
    expectProblem(await go(t.tokens.user), 404, "not-found"); // not the recipient, not the lead
    const ok = await go(t.tokens.lead);
    const body = expectContract(ok, 200, responseSchema(accept, 200));
    const opportunity = await db().opportunity.findUniqueOrThrow({ where: { id: body.opportunityId } });
    expect(opportunity).toMatchObject({
      organizationId: t.acme.id,
      status: "APPROVED",
      origin: "PROVIDER_REFERRAL",
      ownerId: t.users.lead.id,
    });
    expectProblem(await go(t.tokens.lead), 409, "invalid-transition");
    expectProblem(
      await call(reject, "/", { token: t.tokens.lead, params: { id: sent.id }, body: { reason: "NEXT_STEPS_UNCLEAR" } }),
      409,
      "invalid-transition",
    );
    // Gone from the partner's pending list.
    expect((await call<Page>(list.GET, "/opportunity-invitations", { token: t.tokens.lead })).json.items).toEqual([]);
  });

  it("accepts several at once, each on its own", async () => {
    const t = await setup();
    const a = (await t.send(referralBody(t.acme.id))).json;
    const b = (await t.send(referralBody(t.acme.id))).json;
    const res = await call(bulkAccept, "/opportunity-invitations/accept", { token: t.tokens.lead, body: { ids: [a.id, "missing", b.id] } });
    expectContract(res, 200, responseSchema(bulkAccept, 200));
    expect(res.json.accepted.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);
    expect(res.json.refused).toEqual([{ id: "missing", code: "not-found", message: expect.any(String) }]);
    const bad = await call(bulkAccept, "/opportunity-invitations/accept", { token: t.tokens.lead, body: { ids: [] } });
    expectProblem(bad, 400, "validation");
    expect(bad.json.errors[0].path).toBe("ids");
  });

  it("rejects with a reason; OTHER needs a comment", async () => {
    const t = await setup();
    const { json: sent } = await t.send(referralBody(t.acme.id));
    const go = (body: unknown) => call(reject, "/", { token: t.tokens.lead, params: { id: sent.id }, body });
    const noComment = await go({ reason: "OTHER" });
    expectProblem(noComment, 400, "validation");
    expect(noComment.json.errors).toEqual([{ path: "comment", message: expect.any(String) }]);
    expectProblem(await go({ reason: "BORED" }), 400, "validation");
    const done = await go({ reason: "OTHER", comment: "We do not serve retail" });
    expect(expectContract(done, 200, responseSchema(reject, 200))).toEqual({ id: sent.id, status: "REJECTED" });
    expect((await db().opportunityInvitation.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("REJECTED");
    expectProblem(
      await call(reject, "/", { token: t.tokens.boltLead, params: { id: sent.id }, body: { reason: "OTHER", comment: "x" } }),
      404,
      "not-found",
    );
  });
});
