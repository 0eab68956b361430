/**
 * Opportunity services: edit, delete, submit, review, stage, next steps, clone — with the
 * machine's refusals, stale versions and racing transitions.
 */
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createWorld } from "../factories";
import {
  addNextStep,
  changeStage,
  cloneOpportunity,
  createOpportunity,
  deleteOpportunity,
  getOpportunity,
  reviewOpportunity,
  submitOpportunity,
  updateOpportunity,
  type OpportunityDetail,
} from "@/lib/data/opportunities";
import { ForbiddenError, InvalidTransitionError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { body, history, inDays, opportunityIn } from "./opportunities-helpers";

const errorsOf = async (p: Promise<unknown>) => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).errors;
};
const paths = async (p: Promise<unknown>) => (await errorsOf(p)).map((e) => e.path).sort();
const LOCKED = "This field cannot be changed now";

describe("updateOpportunity", () => {
  it("edits a draft freely (incomplete is fine), increments the version and records the changes", async () => {
    const w = await createWorld();
    const o = await createOpportunity(w.actors.user, { customer: { companyName: "Initech" } }, { submit: false });
    const edited = await updateOpportunity(w.actors.user, o.id, {
      version: 1,
      project: { title: "Payroll migration", expectedMonthlyRevenue: { amount: "99.90", currency: "EUR" } },
      stage: "QUALIFIED",
    });
    expect(edited).toMatchObject({
      version: 2,
      title: "Payroll migration",
      stage: "QUALIFIED",
      expectedMonthlyRevenue: { amountMinor: 9990, currency: "EUR" },
    });
    const rows = await history(o.id);
    expect(rows.map((r) => r.action)).toEqual(["created", "updated"]);
    expect(rows[1].changes).toEqual([
      { field: "project.title", from: null, to: "Payroll migration" },
      { field: "project.expectedMonthlyRevenue", from: null, to: { amountMinor: 9990, currency: "EUR" } },
      { field: "stage", from: "PROSPECT", to: "QUALIFIED" },
    ]);
    // Clearing a field: null.
    const cleared = await updateOpportunity(w.actors.user, o.id, { version: 2, project: { expectedMonthlyRevenue: null } });
    expect(cleared.expectedMonthlyRevenue).toBeNull();
    // The draft still needs a name.
    expect(
      await paths(updateOpportunity(w.actors.user, o.id, { version: 3, customer: { companyName: "" }, project: { title: null } })),
    ).toEqual(["customer.companyName"]);
    // Owner changes only by transfer.
    expect(await errorsOf(updateOpportunity(w.actors.user, o.id, { version: 3, ownerId: w.users.user2.id }))).toEqual([
      { path: "ownerId", message: LOCKED },
    ]);
    expect((await getOpportunity(w.actors.user, o.id)).version).toBe(3);
  });

  it("refuses a stale version with the fresh values, and a missing version", async () => {
    const w = await createWorld();
    const o = await opportunityIn(w, "DRAFT");
    await updateOpportunity(w.actors.lead, o.id, { version: 1, project: { title: "Lead's title" } });
    const stale = await updateOpportunity(w.actors.user, o.id, { version: 1, project: { title: "Mine" } }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect((stale as StaleVersionError).current as OpportunityDetail).toMatchObject({ version: 2, title: "Lead's title" });
    expect(await paths(updateOpportunity(w.actors.user, o.id, { project: { title: "x" } }))).toEqual(["version"]);
    expect(await paths(updateOpportunity(w.actors.user, o.id, { version: "2", project: { title: "x" } }))).toEqual(["version"]);
    expect((await history(o.id)).map((r) => r.action)).toEqual(["created", "updated"]);
  });

  it("in ACTION_REQUIRED allows only the correction fields, then resubmits", async () => {
    const w = await createWorld();
    const o = await getOpportunity(w.actors.user, (await opportunityIn(w, "ACTION_REQUIRED")).id);
    expect(o.can.editableFields).toEqual([
      "customer.streetAddress",
      "customer.city",
      "customer.stateOrRegion",
      "customer.postalCode",
      "customer.countryCode",
      "customer.websiteUrl",
      "project.targetCloseDate",
      "project.expectedMonthlyRevenue",
      "project.customerBusinessProblem",
      "partnerCrmId",
    ]);
    expect(
      await errorsOf(
        updateOpportunity(w.actors.user, o.id, {
          version: o.version,
          project: { title: "New title", targetCloseDate: inDays(200) },
          customer: { industry: "Gaming", city: "Hamburg" },
        }),
      ),
    ).toEqual([
      { path: "customer.industry", message: LOCKED },
      { path: "project.title", message: LOCKED },
    ]);
    // Sending unchanged values of locked fields (a whole form) is fine.
    const fixed = await updateOpportunity(w.actors.user, o.id, {
      version: o.version,
      project: { title: o.title, targetCloseDate: inDays(200) },
      customer: { city: "Hamburg", postalCode: "20095", streetAddress: "Jungfernstieg 1" },
    });
    expect(fixed).toMatchObject({ status: "ACTION_REQUIRED", targetCloseDate: inDays(200), version: o.version + 1 });
    const resubmitted = await submitOpportunity(w.actors.user, o.id, fixed.version);
    expect(resubmitted.status).toBe("SUBMITTED");
    expect((await history(o.id)).map((r) => r.action)).toContain("resubmitted");
  });

  it("in APPROVED locks the listed fields and the stage, and keeps validating the whole body", async () => {
    const w = await createWorld();
    const o = await getOpportunity(w.actors.user, (await opportunityIn(w, "APPROVED")).id);
    expect(o.can.editableFields).not.toContain("project.title");
    expect(o.can.editableFields).toContain("customer.city");
    const locked = await errorsOf(
      updateOpportunity(w.actors.user, o.id, {
        version: o.version,
        customer: { countryCode: "US", postalCode: "10001", industry: "Gaming", websiteUrl: "x.example", city: "Munich" },
        project: { customerBusinessProblem: "A different problem entirely.", title: "x" },
        partnerCrmId: "CRM-NEW",
        stage: "COMMITTED",
      }),
    );
    expect(locked.map((e) => e.path).sort()).toEqual([
      "customer.countryCode",
      "customer.industry",
      "customer.postalCode",
      "customer.websiteUrl",
      "partnerCrmId",
      "project.customerBusinessProblem",
      "project.title",
      "stage",
    ]);
    expect(locked.every((e) => e.message === LOCKED)).toBe(true);
    const edited = await updateOpportunity(w.actors.user, o.id, {
      version: o.version,
      customer: { city: "Munich" },
      customerContact: { title: "CIO" },
      project: { salesActivities: ["Conducted POC / Demo", "SOW Signed"] },
    });
    expect(edited.data.customer?.city).toBe("Munich");
    expect(edited.data.customerContact?.title).toBe("CIO");
    // Submission rules still hold after approval.
    expect(await paths(updateOpportunity(w.actors.user, o.id, { version: edited.version, primaryNeedsFromProvider: [] }))).toEqual([
      "primaryNeedsFromProvider",
    ]);
  });

  it("keeps an approved opportunity editable after its target close date passed", async () => {
    const w = await createWorld();
    const o = await opportunityIn(w, "APPROVED");
    const past = inDays(-10);
    await db().opportunity.update({
      where: { id: o.id },
      data: { data: { ...o.data, project: { ...o.data.project, targetCloseDate: past } } as object },
    });
    const edited = await updateOpportunity(w.actors.user, o.id, { version: o.version, customer: { city: "Potsdam" } });
    expect(edited.data.project?.targetCloseDate).toBe(past);
    // Moving it, though, must be to a future date.
    expect(
      await paths(updateOpportunity(w.actors.user, o.id, { version: edited.version, project: { targetCloseDate: inDays(-1) } })),
    ).toEqual(["project.targetCloseDate"]);
  });

  it("is read-only while under review, when rejected, and for the provider", async () => {
    const w = await createWorld();
    for (const status of ["SUBMITTED", "IN_REVIEW", "REJECTED"] as const) {
      const o = await opportunityIn(w, status);
      expect(o.can.edit).toBe(false);
      const refused = await updateOpportunity(w.actors.user, o.id, { version: o.version, customer: { city: "Bonn" } }).catch((e) => e);
      expect(refused).toBeInstanceOf(InvalidTransitionError);
      expect((refused as InvalidTransitionError).errors).toEqual([{ path: "customer.city", message: LOCKED }]);
    }
    const o = await opportunityIn(w, "APPROVED");
    await expect(updateOpportunity(w.actors.validator, o.id, { version: o.version, customer: { city: "Bonn" } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(updateOpportunity(w.actors.user2, o.id, { version: o.version, customer: { city: "Bonn" } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("deleteOpportunity", () => {
  it("deletes drafts only; the history stays", async () => {
    const w = await createWorld();
    const draft = await opportunityIn(w, "DRAFT");
    await expect(deleteOpportunity(w.actors.user, draft.id, 7)).rejects.toBeInstanceOf(StaleVersionError);
    await deleteOpportunity(w.actors.user, draft.id, 1);
    await expect(getOpportunity(w.actors.user, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await history(draft.id)).map((r) => r.action)).toEqual(["created", "deleted"]);
    const submitted = await opportunityIn(w, "SUBMITTED");
    await expect(deleteOpportunity(w.actors.user, submitted.id)).rejects.toThrow(InvalidTransitionError);
    await expect(deleteOpportunity(w.actors.user, draft.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("submitOpportunity", () => {
  it("submits a complete draft; refuses incomplete ones with field errors, terminal stages and non-owners", async () => {
    const w = await createWorld();
    const incomplete = await createOpportunity(w.actors.user, { customer: { companyName: "Initech" } }, { submit: false });
    const missing = await paths(submitOpportunity(w.actors.user, incomplete.id));
    expect(missing).toEqual(expect.arrayContaining(["customer.websiteUrl", "project.title", "project.targetCloseDate", "opportunityType"]));
    expect((await getOpportunity(w.actors.user, incomplete.id)).status).toBe("DRAFT");

    const launched = await createOpportunity(w.actors.user, body({ stage: "LAUNCHED" }), { submit: false });
    await expect(submitOpportunity(w.actors.user, launched.id)).rejects.toThrow(
      "An opportunity at Launched or Closed lost cannot be submitted",
    );

    const forUgo = await createOpportunity(w.actors.user, body({ ownerId: w.users.user2.id }), { submit: false });
    await expect(submitOpportunity(w.actors.user, forUgo.id)).rejects.toBeInstanceOf(ForbiddenError);
    const byOwner = await submitOpportunity(w.actors.user2, forUgo.id, 1);
    expect(byOwner).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(byOwner.submittedAt).not.toBeNull();
    await expect(submitOpportunity(w.actors.user2, forUgo.id)).rejects.toThrow(
      "This action is not possible while the opportunity is SUBMITTED",
    );
    await expect(submitOpportunity(w.actors.validator, forUgo.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitOpportunity(w.actors.lead, launched.id, 99)).rejects.toBeInstanceOf(InvalidTransitionError);
    const draft = await opportunityIn(w, "DRAFT");
    await expect(submitOpportunity(w.actors.lead, draft.id, 99)).rejects.toBeInstanceOf(StaleVersionError);
  });

  it("lets exactly one of two racing submits win", async () => {
    const w = await createWorld();
    const o = await opportunityIn(w, "DRAFT");
    const results = await Promise.allSettled([submitOpportunity(w.actors.user, o.id), submitOpportunity(w.actors.lead, o.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(loser.reason instanceof StaleVersionError || loser.reason instanceof InvalidTransitionError).toBe(true);
    expect((await history(o.id)).filter((r) => r.action === "submitted")).toHaveLength(1);
    expect((await getOpportunity(w.actors.lead, o.id)).version).toBe(2);
  });
});

describe("reviewOpportunity", () => {
  it("starts, asks for action with a comment, approves and rejects — validators only", async () => {
    const w = await createWorld();
    const v = w.actors.validator;
    const o = await opportunityIn(w, "SUBMITTED");
    expect((await getOpportunity(v, o.id)).can.reviewEvents).toEqual(["START_REVIEW", "APPROVE", "REQUEST_ACTION", "REJECT"]);
    await expect(reviewOpportunity(w.actors.lead, o.id, { decision: "APPROVE" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviewOpportunity(w.actors.seller, o.id, { decision: "APPROVE" })).rejects.toBeInstanceOf(NotFoundError);

    const started = await reviewOpportunity(v, o.id, { decision: "START" });
    expect(started).toMatchObject({ status: "IN_REVIEW", reviewComments: [] });
    await expect(reviewOpportunity(v, o.id, { decision: "START" })).rejects.toBeInstanceOf(InvalidTransitionError);
    expect(await errorsOf(reviewOpportunity(v, o.id, { decision: "ACTION_REQUIRED", comment: "  " }))).toEqual([
      { path: "comment", message: "Enter a comment for the partner" },
    ]);
    expect(await paths(reviewOpportunity(v, o.id, { decision: "MAYBE" }))).toEqual(["decision"]);
    const asked = await reviewOpportunity(v, o.id, { decision: "ACTION_REQUIRED", comment: "The postal code does not match the city." });
    expect(asked.status).toBe("ACTION_REQUIRED");
    expect(asked.reviewComments).toMatchObject([
      { decision: "ACTION_REQUIRED", comment: "The postal code does not match the city.", author: { id: w.users.validator.id } },
    ]);
    const partnerView = await getOpportunity(w.actors.user, o.id);
    expect(partnerView.can).toMatchObject({ submit: true, edit: true, reviewEvents: [] });
    await submitOpportunity(w.actors.user, o.id);
    const approved = await reviewOpportunity(v, o.id, { decision: "APPROVE", comment: "Looks good" });
    expect(approved.status).toBe("APPROVED");
    expect(approved.reviewComments.map((c) => c.decision)).toEqual(["APPROVE", "ACTION_REQUIRED"]);
    await expect(reviewOpportunity(v, o.id, { decision: "REJECT", comment: "late" })).rejects.toThrow(
      "This action is not possible while the opportunity is APPROVED",
    );
    const actions = (await history(o.id)).map((r) => r.action);
    expect(actions).toEqual(["created", "review_started", "action_required", "resubmitted", "approved"]);

    const other = await opportunityIn(w, "SUBMITTED");
    const rejected = await reviewOpportunity(v, other.id, { decision: "REJECT", comment: "Duplicate of an existing opportunity." });
    expect(rejected.status).toBe("REJECTED");
    expect((await getOpportunity(w.actors.user, other.id)).can).toMatchObject({ clone: true, edit: false, submit: false });
  });

  it("lets exactly one of two racing decisions win", async () => {
    const w = await createWorld();
    const v = w.actors.validator;
    for (const [first, second] of [
      [{ decision: "APPROVE" }, { decision: "APPROVE" }],
      [{ decision: "APPROVE" }, { decision: "REJECT", comment: "No." }],
    ]) {
      const o = await opportunityIn(w, "SUBMITTED");
      const results = await Promise.allSettled([reviewOpportunity(v, o.id, first), reviewOpportunity(v, o.id, second)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const loser = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
      expect(loser.reason instanceof StaleVersionError || loser.reason instanceof InvalidTransitionError).toBe(true);
      expect(await db().reviewComment.count({ where: { opportunityId: o.id } })).toBe(1);
      expect((await history(o.id)).filter((r) => r.action !== "created")).toHaveLength(1);
    }
  });
});

describe("transitions re-check the state inside their transaction", () => {
  /** Runs `winner` right after `loser` loaded the opportunity, before it writes. */
  async function interleave<T>(loser: () => Promise<T>, winner: () => Promise<unknown>) {
    const delegate = db().opportunity;
    const findFirst = delegate.findFirst.bind(delegate);
    const spy = vi.spyOn(delegate, "findFirst").mockImplementationOnce((async (args: never) => {
      const row = await findFirst(args);
      await winner();
      return row;
    }) as never);
    try {
      return await loser().catch((e: unknown) => e);
    } finally {
      spy.mockRestore();
    }
  }

  it("a decision based on a state that changed meanwhile is refused with the fresh state", async () => {
    const w = await createWorld();
    const v = w.actors.validator;
    const o = await opportunityIn(w, "SUBMITTED");
    const e = await interleave(
      () => reviewOpportunity(v, o.id, { decision: "REJECT", comment: "Not eligible." }),
      () => reviewOpportunity(v, o.id, { decision: "APPROVE" }),
    );
    expect(e).toBeInstanceOf(StaleVersionError);
    expect(((e as StaleVersionError).current as OpportunityDetail).status).toBe("APPROVED");
    expect((await db().reviewComment.findMany({ where: { opportunityId: o.id } })).map((c) => c.decision)).toEqual(["APPROVE"]);
  });

  it("a submit racing another submit, and an edit racing a submit, lose cleanly", async () => {
    const w = await createWorld();
    const o = await opportunityIn(w, "DRAFT");
    const e = await interleave(
      () => submitOpportunity(w.actors.user, o.id),
      () => submitOpportunity(w.actors.lead, o.id),
    );
    expect(e).toBeInstanceOf(StaleVersionError);
    const d = await opportunityIn(w, "DRAFT");
    const edit = await interleave(
      () => updateOpportunity(w.actors.user, d.id, { version: 1, project: { title: "Too late" } }),
      () => submitOpportunity(w.actors.lead, d.id),
    );
    expect(edit).toBeInstanceOf(StaleVersionError);
    expect((await getOpportunity(w.actors.user, d.id)).title).toBe("Store analytics platform");
  });
});

describe("changeStage", () => {
  it("moves between open stages after approval, closes with details, then is read-only", async () => {
    const w = await createWorld();
    const draft = await opportunityIn(w, "DRAFT");
    await expect(changeStage(w.actors.user, draft.id, { stage: "COMMITTED" })).rejects.toBeInstanceOf(InvalidTransitionError);
    const submitted = await opportunityIn(w, "SUBMITTED");
    await expect(changeStage(w.actors.user, submitted.id, { stage: "COMMITTED" })).rejects.toThrow(
      "The stage cannot be changed while the opportunity is SUBMITTED",
    );

    const o = await opportunityIn(w, "APPROVED");
    expect(o.can.availableStages).toEqual([]); // the validator's view
    const mine = await getOpportunity(w.actors.user, o.id);
    expect(mine.can.availableStages).toEqual([
      "PROSPECT",
      "TECHNICAL_VALIDATION",
      "BUSINESS_VALIDATION",
      "COMMITTED",
      "LAUNCHED",
      "CLOSED_LOST",
    ]);
    await expect(changeStage(w.actors.validator, o.id, { stage: "COMMITTED" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeStage(w.actors.user, o.id, { stage: "QUALIFIED" })).rejects.toThrow("The opportunity is already at this stage");
    const committed = await changeStage(w.actors.user, o.id, { stage: "COMMITTED", version: mine.version });
    expect(committed).toMatchObject({ stage: "COMMITTED", version: mine.version + 1, data: { stage: "COMMITTED" } });
    await expect(changeStage(w.actors.user, o.id, { stage: "PROSPECT", version: mine.version })).rejects.toBeInstanceOf(StaleVersionError);

    expect(await paths(changeStage(w.actors.user, o.id, { stage: "LAUNCHED" }))).toEqual(["closeDate"]);
    expect(await paths(changeStage(w.actors.user, o.id, { stage: "LAUNCHED", closeDate: inDays(2) }))).toEqual(["closeDate"]);
    expect(await paths(changeStage(w.actors.user, o.id, { stage: "CLOSED_LOST", closeDate: inDays(-1) }))).toEqual(["closedLostReason"]);
    expect(await paths(changeStage(w.actors.user, o.id, { stage: "LAUNCHED", closeDate: inDays(-1), providerAccountId: "123" }))).toEqual([
      "providerAccountId",
    ]);
    const lost = await changeStage(w.actors.user, o.id, {
      stage: "CLOSED_LOST",
      closeDate: inDays(-1),
      closedLostReason: "Price",
      providerAccountId: "123456789012",
    });
    expect(lost).toMatchObject({
      stage: "CLOSED_LOST",
      closeDate: inDays(-1),
      closedLostReason: "Price",
      data: { providerAccountId: "123456789012" },
    });
    expect(lost.can).toMatchObject({ edit: false, changeStage: false, addNextStep: false, availableStages: [] });
    await expect(changeStage(w.actors.user, o.id, { stage: "COMMITTED" })).rejects.toThrow(
      "The deal is closed; its stage can no longer change",
    );
    const closed = await updateOpportunity(w.actors.user, o.id, { version: lost.version, customer: { city: "Bonn" } }).catch((e) => e);
    expect(closed).toBeInstanceOf(InvalidTransitionError);
    expect((closed as InvalidTransitionError).errors).toEqual([{ path: "customer.city", message: LOCKED }]);
    const last = (await history(o.id)).at(-1)!;
    expect(last.action).toBe("stage_changed");
    expect(last.changes).toEqual([
      { field: "stage", from: "COMMITTED", to: "CLOSED_LOST" },
      { field: "closeDate", from: null, to: inDays(-1) },
      { field: "closedLostReason", from: null, to: "Price" },
      { field: "providerAccountId", from: null, to: "123456789012" },
    ]);
  });
});

describe("addNextStep", () => {
  it("adds 1–255 characters to approved, open opportunities; newest first; latest on the list", async () => {
    const w = await createWorld();
    const o = await opportunityIn(w, "APPROVED");
    const draft = await opportunityIn(w, "DRAFT");
    await expect(addNextStep(w.actors.user, draft.id, { text: "Call" })).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(addNextStep(w.actors.validator, o.id, { text: "Call" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await paths(addNextStep(w.actors.user, o.id, { text: "x".repeat(256) }))).toEqual(["text"]);
    expect(await paths(addNextStep(w.actors.user, o.id, { text: "   " }))).toEqual(["text"]);
    await addNextStep(w.actors.user, o.id, { text: "Schedule the architecture review" });
    const second = await addNextStep(w.actors.lead, o.id, { text: "y".repeat(255) });
    expect(second.nextSteps.map((s) => s.text)).toEqual(["y".repeat(255), "Schedule the architecture review"]);
    expect(second.nextSteps[0].author.id).toBe(w.users.lead.id);
    expect(second.latestNextStep).toBe("y".repeat(255));
    expect(second.version).toBe(o.version + 2);
    const last = (await history(o.id)).at(-1)!;
    expect(last).toMatchObject({ action: "next_step_added" });
    expect(last.changes).toEqual([{ field: "nextStep", from: "Schedule the architecture review", to: "y".repeat(255) }]);
  });
});

describe("cloneOpportunity", () => {
  it("clones a non-draft (rejected included) into a new draft owned by the actor", async () => {
    const w = await createWorld();
    const rejected = await opportunityIn(w, "REJECTED", w.actors.user2);
    await db().opportunity.update({
      where: { id: rejected.id },
      data: { data: { ...rejected.data, project: { ...rejected.data.project, targetCloseDate: inDays(-5) } } as object },
    });
    const clone = await cloneOpportunity(w.actors.manager, rejected.id);
    expect(clone).toMatchObject({ status: "DRAFT", version: 1, owner: { id: w.users.manager.id }, customerName: rejected.customerName });
    expect(clone.id).not.toBe(rejected.id);
    expect(clone.data.partnerCrmId).toBeUndefined();
    expect(clone.data.project?.targetCloseDate).toBeUndefined();
    expect(clone.data.customerContact).toEqual(rejected.data.customerContact);
    expect(clone.reviewComments).toEqual([]);
    const rows = await history(clone.id);
    expect(rows[0]).toMatchObject({ action: "cloned" });
    expect(rows[0].changes).toEqual(expect.arrayContaining([{ field: "clonedFrom", from: null, to: rejected.reference }]));
    expect((await history(rejected.id)).at(-1)).toMatchObject({ action: "clone_created" });

    await expect(cloneOpportunity(w.actors.user, clone.id)).rejects.toBeInstanceOf(NotFoundError); // Uma cannot see Mia's draft
    await expect(cloneOpportunity(w.actors.manager, clone.id)).rejects.toBeInstanceOf(InvalidTransitionError);
    await expect(cloneOpportunity(w.actors.validator, rejected.id)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
