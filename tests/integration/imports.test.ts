/**
 * Bulk import of opportunities (domain.md §2.10) against a real database: both modes, the
 * per-row report, re-uploads, the row limit, drafts vs submitted, and the 10,000-row target.
 */
import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { db } from "@/lib/db";
import { TEMPLATE_HEADER, templateCsvExampleRow } from "@/lib/domain/opportunity";
import {
  IMPORT_STALE_AFTER_MS,
  getImport,
  importReportCsv,
  listImports,
  startOpportunityImport,
  whenImportSettled,
  type ImportMode,
} from "@/lib/data/imports";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createUser, createWorld, actorOf } from "../factories";

type World = Awaited<ReturnType<typeof createWorld>>;
let world: World;

beforeEach(async () => {
  world = await createWorld();
});

const nextYear = new Date().getUTCFullYear() + 1;

/** A row of the template's example, with `over` cells changed. */
function row(over: Record<string, string> = {}): Record<string, string> {
  return { ...templateCsvExampleRow, "project.targetCloseDate": `${nextYear}-06-30`, partnerCrmId: "", ...over };
}

function csv(rows: Record<string, string>[]): string {
  return Papa.unparse({ fields: [...TEMPLATE_HEADER], data: rows.map((r) => TEMPLATE_HEADER.map((c) => r[c] ?? "")) }, { newline: "\r\n" });
}

const bytes = (text: string) => Buffer.from(text, "utf8");

async function runImport(actor = world.actors.lead, content: string | Buffer, mode: ImportMode = "VALID_ROWS", fileName = "pipeline.csv") {
  const started = await startOpportunityImport(actor, { fileName, content, mode });
  await whenImportSettled(started.id);
  return { ...started, job: await getImport(actor, started.id) };
}

const opportunitiesOf = (organizationId: string) =>
  db().opportunity.findMany({ where: { organizationId }, orderBy: { number: "asc" } });

describe("import valid rows", () => {
  it("creates the valid rows and reports the bad one with row, field and message", async () => {
    const file = csv([
      row({ "customer.companyName": "Alpha AG", partnerCrmId: "A-1" }),
      row({ "customer.companyName": "Beta AG", "customer.websiteUrl": "not a url", "project.customerUseCase": "Gardening" }),
      row({ "customer.companyName": "Gamma AG" }),
    ]);
    const { job, reused } = await runImport(world.actors.lead, bytes(file));
    expect(reused).toBe(false);
    expect(job).toMatchObject({ status: "DONE", mode: "VALID_ROWS", fileName: "pipeline.csv", total: 3, processed: 3, created: 2, rowsWithErrors: 1 });
    expect(job.errors).toEqual([
      { row: 3, path: "customer.websiteUrl", message: "Enter a valid URL" },
      { row: 3, path: "project.customerUseCase", message: "Choose a use case from the list" },
    ]);

    const rows = await opportunitiesOf(world.acme.id);
    expect(rows.map((o) => o.customerName)).toEqual(["Alpha AG", "Gamma AG"]);
    const alpha = rows[0];
    expect(alpha).toMatchObject({
      origin: "BULK_IMPORT",
      importJobId: job.id,
      status: "SUBMITTED",
      stage: "QUALIFIED",
      ownerId: world.users.lead.id,
      createdById: world.users.lead.id,
      title: "Store analytics platform",
      countryCode: "DE",
      partnerCrmId: "A-1",
      currency: "USD",
      expectedMonthlyRevenueMinor: 1_250_000n,
    });
    expect(alpha.targetCloseDate?.toISOString().slice(0, 10)).toBe(`${nextYear}-06-30`);
    expect(alpha.firstSubmittedAt).not.toBeNull();
    // Stored like createOpportunity stores it: normalised body, owner and sales contact defaulted.
    expect(alpha.data).toMatchObject({
      customer: { companyName: "Alpha AG", postalCode: "10115" },
      project: { expectedMonthlyRevenue: { amountMinor: 1_250_000, currency: "USD" }, deliveryModels: ["SaaS or PaaS", "Professional Services"] },
      customerContact: { phone: "+49301234567" },
      ownerId: world.users.lead.id,
      partnerSalesContact: { firstName: "Test", lastName: "User", email: world.users.lead.email },
    });
    const history = await db().historyEntry.findMany({ where: { entityType: "OPPORTUNITY", entityId: { in: rows.map((o) => o.id) } } });
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ action: "created", actorId: world.users.lead.id, organizationId: world.acme.id });
    expect(history[0].changes).toEqual(expect.arrayContaining([{ field: "status", from: null, to: "SUBMITTED" }]));

    const report = await importReportCsv(world.actors.lead, job.id);
    expect(report.fileName).toBe("pipeline-report.csv");
    expect(report.csv).toBe(
      "\uFEFFrow,field,message\r\n3,customer.websiteUrl,Enter a valid URL\r\n3,project.customerUseCase,Choose a use case from the list\r\n",
    );
  });

  it("checks partner CRM ids against the organisation and within the file, owners and parents", async () => {
    const other = await createUser(world.acme.id, { name: "No Ace" });
    await runImport(world.actors.lead, csv([row({ partnerCrmId: "TAKEN-1" })]), "VALID_ROWS", "first.csv");
    const { job } = await runImport(
      world.actors.lead,
      csv([
        row({ partnerCrmId: "TAKEN-1" }),
        row({ partnerCrmId: "NEW-1" }),
        row({ partnerCrmId: "NEW-1" }),
        row({ ownerId: other.id }),
        row({ ownerId: world.users.boltLead.id }),
        row({ opportunityType: "EXPANSION", parentOpportunityId: "no-such-opportunity" }),
        row({ ownerId: world.users.manager.id, action: "draft" }),
      ]),
    );
    expect(job.created).toBe(2);
    expect(job.errors).toEqual([
      { row: 2, path: "partnerCrmId", message: "Another opportunity of your organisation already has this partner CRM ID" },
      { row: 4, path: "partnerCrmId", message: "This partner CRM ID is already used in row 3 of this file" },
      { row: 5, path: "ownerId", message: "This user has no ACE role and cannot own opportunities" },
      { row: 6, path: "ownerId", message: "Choose an active user of your organisation with access to ACE opportunities" },
      { row: 7, path: "parentOpportunityId", message: "Choose an opportunity of your organisation" },
    ]);
    const managed = await db().opportunity.findFirst({ where: { ownerId: world.users.manager.id } });
    expect(managed).toMatchObject({ status: "DRAFT", createdById: world.users.lead.id });
  });

  it("lets an ACE user submit only what they own", async () => {
    const { job } = await runImport(
      world.actors.user,
      csv([row({ ownerId: world.users.user2.id, action: "submit" }), row({ ownerId: world.users.user2.id, action: "draft" }), row()]),
    );
    expect(job.created).toBe(2);
    expect(job.errors).toEqual([
      { row: 2, path: "action", message: "Only the owner or an alliance lead, alliance team member or ACE manager can submit this opportunity" },
    ]);
  });
});

describe("all or nothing", () => {
  it("creates nothing when one row is bad, and everything when none is", async () => {
    const good = [row({ "customer.companyName": "One" }), row({ "customer.companyName": "Two" })];
    const bad = await runImport(world.actors.lead, csv([...good, row({ "customer.countryCode": "XX" })]), "ALL_OR_NOTHING");
    expect(bad.job).toMatchObject({ status: "DONE", mode: "ALL_OR_NOTHING", total: 3, processed: 3, created: 0 });
    expect(bad.job.errors).toEqual([{ row: 4, path: "customer.countryCode", message: "Choose a country (ISO 3166-1 alpha-2 code, e.g. DE)" }]);
    expect(await opportunitiesOf(world.acme.id)).toHaveLength(0);
    expect(await db().historyEntry.count({ where: { entityType: "OPPORTUNITY" } })).toBe(0);

    const ok = await runImport(world.actors.lead, csv(good), "ALL_OR_NOTHING");
    expect(ok.job).toMatchObject({ status: "DONE", created: 2, errors: [] });
    expect((await opportunitiesOf(world.acme.id)).map((o) => o.customerName)).toEqual(["One", "Two"]);
  });
});

describe("re-uploading the same file", () => {
  it("creates nothing new and answers with the earlier import", async () => {
    const file = csv([row({ "customer.companyName": "Once" }), row({ "customer.websiteUrl": "bad" })]);
    const first = await runImport(world.actors.lead, bytes(file));
    expect(first.job.created).toBe(1);
    const again = await runImport(world.actors.team, bytes(file), "VALID_ROWS", "renamed.csv");
    expect(again).toMatchObject({ id: first.id, reused: true });
    expect(again.job).toMatchObject({ fileName: "pipeline.csv", created: 1, errors: first.job.errors });
    expect(await opportunitiesOf(world.acme.id)).toHaveLength(1);
    expect(await db().importJob.count()).toBe(1);

    // Another organisation importing the same bytes is a different import.
    const bolt = await runImport(world.actors.boltLead, bytes(file));
    expect(bolt.reused).toBe(false);
    expect(bolt.id).not.toBe(first.id);
  });

  it("an all-or-nothing import that created nothing may be retried as valid rows", async () => {
    const file = csv([row(), row({ "customer.websiteUrl": "bad" })]);
    const strict = await runImport(world.actors.lead, file, "ALL_OR_NOTHING");
    expect(strict.job.created).toBe(0);
    expect((await runImport(world.actors.lead, file, "ALL_OR_NOTHING")).id).toBe(strict.id);
    const lenient = await runImport(world.actors.lead, file, "VALID_ROWS");
    expect(lenient.reused).toBe(false);
    expect(lenient.job.created).toBe(1);
    expect((await runImport(world.actors.lead, file, "ALL_OR_NOTHING")).id).toBe(lenient.id);
  });
});

describe("an interrupted import", () => {
  /** A job left RUNNING by a process that stopped `minutesAgo` ago (deploy, crash). */
  const leftRunning = (content: string, minutesAgo: number, created = 0) =>
    db().importJob.create({
      data: {
        organizationId: world.acme.id,
        createdById: world.users.lead.id,
        fileName: "pipeline.csv",
        fileHash: createHash("sha256").update(bytes(content)).digest("hex"),
        mode: "VALID_ROWS",
        status: "RUNNING",
        total: 2,
        processed: created,
        created,
        createdAt: new Date(Date.now() - minutesAgo * 60_000),
      },
    });

  it("is settled when the same file is uploaded again, which then starts a fresh import", async () => {
    const file = csv([row({ "customer.companyName": "Retry one" }), row({ "customer.companyName": "Retry two" })]);
    const dead = await leftRunning(file, IMPORT_STALE_AFTER_MS / 60_000 + 1);
    const again = await runImport(world.actors.lead, bytes(file));
    expect(again.reused).toBe(false);
    expect(again.id).not.toBe(dead.id);
    expect(again.job).toMatchObject({ status: "DONE", created: 2 });
    expect(await db().importJob.findUniqueOrThrow({ where: { id: dead.id } })).toMatchObject({
      status: "FAILED",
      message: expect.stringContaining("interrupted"),
      finishedAt: expect.any(Date),
    });
    expect((await opportunitiesOf(world.acme.id)).map((o) => o.customerName)).toEqual(["Retry one", "Retry two"]);
  });

  it("still answers a re-upload while it may be running, or when it had created rows before it stopped", async () => {
    const running = csv([row({ "customer.companyName": "Running" })]);
    const recent = await leftRunning(running, 1);
    expect(await startOpportunityImport(world.actors.lead, { fileName: "pipeline.csv", content: bytes(running), mode: "VALID_ROWS" })).toEqual({ id: recent.id, reused: true });

    const partly = csv([row({ "customer.companyName": "Partly one" }), row({ "customer.companyName": "Partly two" })]);
    const stopped = await leftRunning(partly, IMPORT_STALE_AFTER_MS / 60_000 + 1, 1);
    const again = await runImport(world.actors.lead, bytes(partly));
    expect(again).toMatchObject({ id: stopped.id, reused: true, job: { status: "FAILED", created: 1 } });
    expect(await db().importJob.count()).toBe(2);
    expect(await opportunitiesOf(world.acme.id)).toHaveLength(0);
  });
});

describe("drafts and submitted", () => {
  it("follow the action column, with the draft rules for drafts", async () => {
    const { job } = await runImport(
      world.actors.lead,
      csv([
        row({ "customer.companyName": "Submitted", action: "submit" }),
        row({ "customer.companyName": "Upper", action: "SUBMIT" }),
        // A draft may be incomplete…
        { "customer.companyName": "Sketch", action: "draft" },
        { "project.title": "Empty action is a draft" },
        // …but a submission may not.
        { "customer.companyName": "Incomplete", action: "submit" },
        row({ action: "publish" }),
      ]),
    );
    const rows = await opportunitiesOf(world.acme.id);
    expect(rows.map((o) => [o.customerName || o.title, o.status, o.stage])).toEqual([
      ["Submitted", "SUBMITTED", "QUALIFIED"],
      ["Upper", "SUBMITTED", "QUALIFIED"],
      ["Sketch", "DRAFT", "PROSPECT"],
      ["Empty action is a draft", "DRAFT", "PROSPECT"],
    ]);
    expect(rows.filter((o) => o.status === "DRAFT").every((o) => o.firstSubmittedAt === null)).toBe(true);
    expect(job.errors.filter((e) => e.row === 6).map((e) => e.path)).toEqual(
      expect.arrayContaining(["customer.websiteUrl", "project.title", "project.deliveryModels", "stage", "coSellWithProvider"]),
    );
    expect(job.errors.filter((e) => e.row === 7)).toEqual([{ row: 7, path: "action", message: "Enter draft or submit" }]);
  });
});

describe("refusals", () => {
  it("refuses a file of 10,001 rows without creating a job", async () => {
    const file = csv(Array.from({ length: 10_001 }, () => row()));
    await expect(startOpportunityImport(world.actors.lead, { fileName: "big.csv", content: file, mode: "VALID_ROWS" })).rejects.toMatchObject({
      errors: [{ path: "file", message: expect.stringContaining("10,001 data rows; at most 10,000") }],
    });
    expect(await db().importJob.count()).toBe(0);
  });

  it("refuses invalid UTF-8, a wrong header and a bad mode with a clear message", async () => {
    const start = (content: string | Buffer, mode: ImportMode = "VALID_ROWS") =>
      startOpportunityImport(world.actors.lead, { fileName: "x.csv", content, mode });
    const latin1 = Buffer.from(csv([row({ "customer.city": "München" })]), "latin1");
    await expect(start(latin1)).rejects.toMatchObject({ errors: [{ path: "file", message: expect.stringContaining("not valid UTF-8") }] });
    await expect(start("name,city\nAcme,Berlin\n")).rejects.toMatchObject({
      errors: [{ path: "file", message: expect.stringMatching(/^The header row does not match the template\. Unknown column "name"/) }],
    });
    await expect(start(csv([row()]), "SOME" as ImportMode)).rejects.toBeInstanceOf(ValidationError);
    expect(await db().importJob.count()).toBe(0);
  });

  it("imports are for ACE users and visible within the organisation only", async () => {
    await expect(startOpportunityImport(world.actors.noAce, { fileName: "x.csv", content: csv([row()]), mode: "VALID_ROWS" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(startOpportunityImport(world.actors.validator, { fileName: "x.csv", content: csv([row()]), mode: "VALID_ROWS" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const { id } = await runImport(world.actors.lead, csv([row()]));
    await expect(getImport(world.actors.boltLead, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(importReportCsv(world.actors.noAce, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getImport(world.actors.user, id)).status).toBe("DONE");
    expect((await listImports(world.actors.manager)).map((j) => j.id)).toEqual([id]);
    expect(await listImports(world.actors.boltLead)).toEqual([]);
  });
});

describe("a full file", () => {
  it("imports a 10,000-row file completely, in the background (speed: bench/)", { timeout: 300_000 }, async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      row({ "customer.companyName": `Customer ${i + 1}`, partnerCrmId: `BULK-${i + 1}`, action: i % 2 ? "draft" : "submit" }),
    );
    const file = bytes(csv(rows));
    const actor = await actorOf(world.users.lead.id);
    const t0 = performance.now();
    const started = await startOpportunityImport(actor, { fileName: "full.csv", content: file, mode: "VALID_ROWS" });
    const accepted = performance.now() - t0;
    // The request returns before the rows are processed.
    expect((await getImport(actor, started.id)).status).toBe("RUNNING");
    await whenImportSettled(started.id);
    const seconds = (performance.now() - t0) / 1000;
    const job = await getImport(actor, started.id);
    console.log(`10,000-row import: accepted in ${Math.round(accepted)} ms, done in ${seconds.toFixed(2)} s (${Math.round(10_000 / seconds)} rows/s)`);
    expect(job).toMatchObject({ status: "DONE", total: 10_000, processed: 10_000, created: 10_000, errors: [] });
    expect(await db().opportunity.count({ where: { organizationId: world.acme.id, status: "SUBMITTED" } })).toBe(5_000);
    expect(await db().historyEntry.count({ where: { entityType: "OPPORTUNITY" } })).toBe(10_000);
  });
});
