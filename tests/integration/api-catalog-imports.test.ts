/**
 * /api/v1/catalog/*, /api/v1/imports*, /api/v1/opportunities/export.csv: contract tests
 * through the route handlers (the catalogue, import and export services of the web pages).
 */
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { db } from "@/lib/db";
import { GET as customers } from "@/app/api/v1/catalog/customers/route";
import { GET as solutions } from "@/app/api/v1/catalog/solutions/route";
import { POST as startImport } from "@/app/api/v1/imports/opportunities/route";
import { GET as getImport } from "@/app/api/v1/imports/[id]/route";
import { GET as exportCsv } from "@/app/api/v1/opportunities/export.csv/route";
import * as opportunities from "@/app/api/v1/opportunities/route";
import { whenImportSettled } from "@/lib/data/imports";
import { TEMPLATE_HEADER, templateCsvExampleRow } from "@/lib/domain/opportunity";
import { call, expectContract, expectProblem, responseSchema, tokenFor } from "../api/client";
import { opportunityBody } from "../api/opportunity-body";
import { setupReferrals } from "./referrals-helpers";

type Page<T> = { items: T[]; nextCursor: string | null };

async function setup() {
  const t = await setupReferrals();
  const tokens = {
    lead: await tokenFor(t.users.lead),
    boltLead: await tokenFor(t.users.boltLead),
    seller: await tokenFor(t.users.seller),
    validator: await tokenFor(t.users.validator),
  };
  return { ...t, tokens };
}

/** Every page of a list, following nextCursor; `between` runs before each later page. */
async function walk<T extends { id: string }>(
  fetchPage: (cursor: string | null) => Promise<{ status: number; json: Page<T>; text: string }>,
  between?: (n: number) => Promise<void>,
) {
  const seen: T[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 50; n++) {
    if (n > 0 && between) await between(n);
    const res = await fetchPage(cursor);
    expect(res.status, res.text).toBe(200);
    seen.push(...res.json.items);
    cursor = res.json.nextCursor;
    if (!cursor) break;
  }
  return seen;
}

describe("GET /catalog/customers and /catalog/solutions", () => {
  it("pages the customer directory by name without skipping or repeating while accounts are added", async () => {
    const t = await setup();
    const before = await db().customerAccount.findMany({ select: { id: true } });
    const seen = await walk(
      (cursor) =>
        call<Page<{ id: string; name: string }>>(customers, `/catalog/customers?limit=1${cursor ? `&cursor=${cursor}` : ""}`, {
          token: t.tokens.lead,
        }),
      (n) =>
        db()
          .customerAccount.create({ data: { name: `Aaa Late ${n}`, countryCode: "US", city: "Austin", management: "UNMANAGED" } })
          .then(() => {}),
    );
    const ids = seen.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of before) expect(ids).toContain(c.id);
    const names = seen.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const us = await call<Page<{ countryCode: string }>>(customers, "/catalog/customers?countryCode=US&q=init", { token: t.tokens.lead });
    expectContract(us, 200, responseSchema(customers, 200));
    expect(us.json.items).toEqual([
      expect.objectContaining({ id: t.customers.managedUs.id, name: "Initech Inc", management: "MANAGED", duns: "123456789" }),
    ]);
    const bad = await call(customers, "/catalog/customers?countryCode=USA", { token: t.tokens.lead });
    expectProblem(bad, 400, "validation");
    expect(bad.json.errors).toEqual([{ path: "countryCode", message: expect.any(String) }]);
    expectProblem(await call(customers, "/catalog/customers?management=SOME", { token: t.tokens.lead }), 400, "validation");
    expectProblem(await call(customers, "/catalog/customers", { token: null }), 401, "unauthorized");
    expectProblem(await call(customers, "/catalog/customers", { token: t.tokens.validator }), 404, "not-found");
  });

  it("lists solutions by kind and name; a partner sees only its own OWN solutions", async () => {
    const t = await setup();
    const all = await walk((cursor) =>
      call<Page<{ id: string; kind: string; name: string; publisherOrganizationId: string | null }>>(
        solutions,
        `/catalog/solutions?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        { token: t.tokens.lead },
      ),
    );
    const ids = all.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(t.solutions.own.id);
    expect(ids).not.toContain(t.solutions.boltOwn.id);
    expect(ids).toContain(t.solutions.assessment.id);
    expect(all.map((s) => s.kind)).toEqual(["OWN", "OWN", "PROVIDER", "THIRD_PARTY", "ASSESSMENT", "ASSESSMENT"]);
    const assessments = await call(solutions, "/catalog/solutions?kind=ASSESSMENT", { token: t.tokens.lead });
    expectContract(assessments, 200, responseSchema(solutions, 200));
    expect(assessments.json.items.map((s: { name: string }) => s.name)).toEqual(["Data estate assessment", "Security assessment"]);
    const boltOwn = await call(solutions, `/catalog/solutions?kind=OWN&publisherOrganizationId=${t.bolt.id}`, { token: t.tokens.lead });
    expect(boltOwn.json.items.map((s: { id: string }) => s.id)).toEqual([t.solutions.boltOwn.id]);
    for (const q of ["kind=CHEAP", "cursor=eyJzIjoia2luZCxuYW1lIiwidiI6Im5vIiwiaSI6IngifQ", "limit=abc"])
      expectProblem(await call(solutions, `/catalog/solutions?${q}`, { token: t.tokens.lead }), 400, "validation");
  });
});

const nextYear = new Date().getUTCFullYear() + 1;
function csv(rows: Record<string, string>[]): string {
  const data = rows.map((over) => ({
    ...templateCsvExampleRow,
    "project.targetCloseDate": `${nextYear}-06-30`,
    partnerCrmId: "",
    ...over,
  }));
  return Papa.unparse(
    { fields: [...TEMPLATE_HEADER], data: data.map((r) => TEMPLATE_HEADER.map((c) => (r as Record<string, string>)[c] ?? "")) },
    { newline: "\r\n" },
  );
}

describe("POST /imports/opportunities and GET /imports/{id}", () => {
  it("accepts a CSV file (202), processes it in the background and reports per row", async () => {
    const t = await setup();
    const file = csv([{ "customer.companyName": "Alpha AG" }, { "customer.companyName": "Beta AG", "customer.websiteUrl": "not a url" }]);
    const send = (
      body: string,
      query = "?mode=VALID_ROWS",
      token: string | null = t.tokens.lead,
      headers: Record<string, string> = { "content-type": "text/csv" },
    ) => call(startImport, `/imports/opportunities${query}`, { token, body, headers });
    const res = await send(file, "?mode=VALID_ROWS&fileName=pipeline.csv", t.tokens.lead, {
      "content-type": "text/csv; charset=utf-8",
      "idempotency-key": "imp-1",
    });
    const started = expectContract(res, 202, responseSchema(startImport, 202));
    expect(started.reused).toBe(false);
    await whenImportSettled(started.id);
    const job = await call(getImport, "/", { token: t.tokens.lead, params: { id: started.id } });
    expectContract(job, 200, responseSchema(getImport, 200));
    expect(job.json).toMatchObject({ status: "DONE", total: 2, processed: 2, created: 1, fileName: "pipeline.csv" });
    expect(job.json.errors).toEqual([{ row: 3, path: "customer.websiteUrl", message: expect.any(String) }]);
    // Same key, same file: the first answer again; the same file again: the earlier import.
    const replay = await send(file, "?mode=VALID_ROWS&fileName=pipeline.csv", t.tokens.lead, {
      "content-type": "text/csv; charset=utf-8",
      "idempotency-key": "imp-1",
    });
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(res.headers.get("location")).toBe(`/api/v1/imports/${started.id}`);
    expect(replay.headers.get("location")).toBe(`/api/v1/imports/${started.id}`); // derived from the stored body
    expect((await send(file)).json).toEqual({ id: started.id, reused: true });
    expect(await db().importJob.count()).toBe(1);
    expect(await db().opportunity.count()).toBe(1);

    expectProblem(await call(getImport, "/", { token: t.tokens.boltLead, params: { id: started.id } }), 404, "not-found");
    const noMode = await send(file, "");
    expectProblem(noMode, 400, "validation");
    expect(noMode.json.errors).toEqual([{ path: "mode", message: expect.any(String) }]);
    expectProblem(await send(file, "?mode=SOME"), 400, "validation");
    expectProblem(
      await send(file, "?mode=VALID_ROWS", t.tokens.lead, { "content-type": "application/json" }),
      415,
      "unsupported-media-type",
    );
    const header = await send("name,colour\nx,y\n");
    expectProblem(header, 400, "validation");
    expect(header.json.errors[0].path).toBe("file");
    expectProblem(await send(file, "?mode=VALID_ROWS", t.tokens.validator), 403, "forbidden");
    expectProblem(await send(file, "?mode=VALID_ROWS", null), 401, "unauthorized");
    expect(await db().importJob.count()).toBe(1);
  });

  it("refuses a file over 20 MB with 413", async () => {
    const t = await setup();
    const big = csv([{}]) + "\r\n" + "x".repeat(20 * 1024 * 1024);
    const res = await call(startImport, "/imports/opportunities?mode=VALID_ROWS", {
      token: t.tokens.lead,
      body: big,
      headers: { "content-type": "text/csv" },
    });
    expectProblem(res, 413, "payload-too-large");
    expect(await db().importJob.count()).toBe(0);
  });
});

describe("GET /opportunities/export.csv", () => {
  it("exports what the list shows, with the same filters", async () => {
    const t = await setup();
    const create = (submit: boolean, title: string) =>
      call(opportunities.POST, "/opportunities", {
        token: t.tokens.lead,
        body: opportunityBody({ submit, project: { ...(opportunityBody().project as object), title } }),
      });
    await create(false, "Draft one");
    await create(true, "Submitted one");
    await create(true, "Submitted two");
    const all = await call(exportCsv, "/opportunities/export.csv", { token: t.tokens.lead });
    expect(all.status, all.text).toBe(200);
    expect(all.headers.get("content-type")).toMatch(/^text\/csv/);
    const parsed = Papa.parse<Record<string, string>>(all.text.trim(), { header: true });
    expect(parsed.data).toHaveLength(3);
    expect(parsed.meta.fields?.slice(0, 4)).toEqual(["reference", "status", "owner", "ownerEmail"]);
    const drafts = Papa.parse<Record<string, string>>(
      (await call(exportCsv, "/opportunities/export.csv?status=DRAFT", { token: t.tokens.lead })).text.trim(),
      { header: true },
    );
    expect(drafts.data.map((r) => r["project.title"])).toEqual(["Draft one"]);
    const sorted = Papa.parse<Record<string, string>>(
      (await call(exportCsv, "/opportunities/export.csv?status=SUBMITTED&sort=title", { token: t.tokens.lead })).text.trim(),
      { header: true },
    );
    expect(sorted.data.map((r) => r["project.title"])).toEqual(["Submitted one", "Submitted two"]);
    const listed = await call<Page<{ title: string }>>(opportunities.GET, "/opportunities?status=SUBMITTED&sort=title", {
      token: t.tokens.lead,
    });
    expect(listed.json.items.map((i) => i.title)).toEqual(sorted.data.map((r) => r["project.title"]));
    const other = await call(exportCsv, "/opportunities/export.csv", { token: t.tokens.boltLead });
    expect(other.text.trim().split("\r\n")).toHaveLength(1); // the header only
    for (const q of ["status=NOPE", "sort=colour", "limit=5", "updatedSince=yesterday"])
      expectProblem(await call(exportCsv, `/opportunities/export.csv?${q}`, { token: t.tokens.lead }), 400, "validation");
    expectProblem(await call(exportCsv, "/opportunities/export.csv", { token: null }), 401, "unauthorized");
  });
});
