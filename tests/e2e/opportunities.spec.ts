/**
 * ACE opportunities end to end: the validator's review loop, next steps and stage changes,
 * clone, bulk transfer and the cross-user 404. The suite shares one database with the other
 * specs (one worker), so every test that changes state creates its own opportunities first,
 * straight through the services (the same code the pages call), named with a unique stamp.
 */
import { expect as baseExpect, test } from "./fixtures";
import { actorByEmail, personas, toast, useAppDatabase } from "./journey";
import { addNextStep, createOpportunity, reviewOpportunity, transferOpportunity } from "@/lib/data/opportunities";
import { todayInTimeZone } from "@/lib/domain/opportunity";
import { ValidationError } from "@/lib/errors";

// Multi-persona journeys with several server round trips each: generous limits, so that a
// busy CI machine does not turn slowness into failures.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

// ---- The database of the app under test (scripts/e2e-server.ts picks it the same way) ----


useAppDatabase();

const actor = actorByEmail;

let counter = 0;
/** A unique, readable stamp for this run's objects. */
const stamp = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

function body(customer: string, title: string, extra: Record<string, unknown> = {}) {
  return {
    customer: {
      companyName: customer,
      websiteUrl: "https://customer.example",
      industry: "Retail",
      countryCode: "DE",
      postalCode: "10115",
      city: "Berlin",
      streetAddress: "Invalidenstrasse 1",
    },
    project: {
      title,
      customerBusinessProblem: "Stores cannot see sales by hour and lose stock to spoilage.",
      customerUseCase: "Database",
      deliveryModels: ["SaaS or PaaS"],
      expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" },
      targetCloseDate: `${new Date().getUTCFullYear() + 1}-06-30`,
      salesActivities: ["Conducted POC / Demo"],
      competitor: "No Competition",
    },
    opportunityType: "NET_NEW_BUSINESS",
    stage: "QUALIFIED",
    coSellWithProvider: "NO",
    marketing: { source: "NONE" },
    ...extra,
  };
}

type Created = { id: string; reference: string; customer: string; title: string };

/** A submitted opportunity created by `email` (optionally approved by the validator). */
async function submitted(email: string, opts: { approve?: boolean; label?: string } = {}): Promise<Created> {
  const s = stamp();
  const customer = `${opts.label ?? "E2E"} ${s} Retail`;
  const title = `${opts.label ?? "E2E"} ${s} analytics`;
  const detail = await createOpportunity(await actor(email), body(customer, title), { submit: true });
  if (opts.approve) await reviewOpportunity(await actor("validator@nimbus.example"), detail.id, { decision: "APPROVE" });
  return { id: detail.id, reference: detail.reference, customer, title };
}

const as = personas();


// ---- Journeys ---------------------------------------------------------------------------

test("validator requests action with a comment, the lead sees it, edits and resubmits, the validator approves", async ({ browser }) => {
  const opp = await submitted("lead@acme.example", { label: "Review" });
  const comment = `Please confirm the revenue with the account team (${opp.reference}).`;

  const validator = await as(browser, "validator@nimbus.example");
  await validator.goto(`/review?q=${encodeURIComponent(opp.customer)}`);
  await validator.getByRole("link", { name: new RegExp(opp.title) }).click();
  await expect(validator).toHaveURL(new RegExp(`/review/${opp.id}$`));
  await expect(validator.getByRole("heading", { level: 1, name: opp.title })).toBeVisible();

  await validator.getByRole("button", { name: "Start review" }).click();
  await expect(toast(validator, `Review of ${opp.reference} started`)).toBeVisible();
  await expect(validator.locator('[data-status="IN_REVIEW"]').first()).toBeVisible();

  // The comment is required to request action.
  await validator.getByRole("button", { name: "Request action" }).click();
  await expect(validator.getByText("Enter a comment for the partner")).toBeVisible();
  await validator.getByLabel("Comment for the partner").fill(comment);
  await validator.getByRole("button", { name: "Request action" }).click();
  await expect(toast(validator, `Action requested on ${opp.reference}`)).toBeVisible();
  await expect(validator).toHaveURL(/\/review$/);

  const lead = await as(browser, "lead@acme.example");
  await lead.goto(`/opportunities/${opp.id}`);
  const callout = lead.getByTestId("review-callout");
  await expect(callout).toContainText("Action required by the provider's validation team");
  await expect(callout).toContainText(comment);
  await expect(callout).toContainText("Vera Validator");

  // The lead corrects the opportunity: in ACTION_REQUIRED only the fields a validator may
  // ask to correct are editable (§2.2); the project title is shown locked.
  await lead.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(lead).toHaveURL(new RegExp(`/opportunities/${opp.id}/edit$`));
  await expect(lead.getByRole("heading", { level: 1, name: `Edit ${opp.reference}` })).toBeVisible();
  await expect(lead.getByText("The provider asked for corrections")).toBeVisible();
  await lead.getByRole("button", { name: "Next", exact: true }).click();
  await expect(lead.getByRole("heading", { level: 2, name: "Project", exact: true })).toBeVisible();
  await expect(lead.locator('[data-readonly-field="project.title"]')).toContainText(opp.title);
  await expect(lead.getByRole("textbox", { name: "Project title" })).toHaveCount(0);
  const problem = `Stores see sales only the next morning and lose fresh stock to spoilage (${opp.reference}).`;
  await lead.getByLabel("Customer business problem").fill(problem);
  await lead.getByRole("button", { name: "Save changes" }).click();
  await expect(toast(lead, `Opportunity ${opp.reference} saved`)).toBeVisible();
  await expect(lead).toHaveURL(new RegExp(`/opportunities/${opp.id}$`));
  await expect(lead.getByText(problem)).toBeVisible();
  // Still waiting for the resubmission; the edit is in the history, before → after.
  await expect(lead.getByTestId("review-callout")).toContainText(comment);
  await lead.getByRole("link", { name: "History" }).click();
  const latest = lead.getByRole("list", { name: "History, newest first" }).getByRole("listitem").first();
  await expect(latest).toContainText("Edited");
  await expect(latest.getByRole("row", { name: /Customer business problem/ })).toContainText(problem);
  await lead.goto(`/opportunities/${opp.id}`);

  await lead.getByRole("button", { name: "Resubmit" }).click();
  const confirm = lead.getByRole("alertdialog");
  await expect(confirm).toContainText(`Resubmit ${opp.reference}?`);
  await confirm.getByRole("button", { name: "Resubmit" }).click();
  await expect(toast(lead, "Resubmitted for review")).toBeVisible();
  await expect(lead.locator('[data-status="SUBMITTED"]').first()).toBeVisible();
  await expect(lead.getByTestId("review-callout")).toHaveCount(0);

  await validator.goto(`/review/${opp.id}`);
  await validator.getByRole("button", { name: "Approve" }).click();
  await expect(toast(validator, `${opp.reference} approved`)).toBeVisible();
  await expect(validator).toHaveURL(/\/review$/);

  await lead.reload();
  await expect(lead.locator('[data-status="APPROVED"]').first()).toBeVisible();
  await lead.getByRole("link", { name: "History" }).click();
  await expect(lead.getByRole("list", { name: "Review decisions, newest first" })).toContainText(comment);
});

test("the lead adds a next step (255 characters at most) and launches the deal", async ({ browser }) => {
  const opp = await submitted("lead@acme.example", { approve: true, label: "Launch" });
  const lead = await as(browser, "lead@acme.example");
  await lead.goto(`/opportunities/${opp.id}?tab=next-steps`);

  const text = `Workshop ${opp.reference} `.padEnd(256, "x");
  const field = lead.getByRole("textbox", { name: "Next step" });
  await field.fill(text);
  // The field takes 255 characters at most; the counter says so.
  expect((await field.inputValue()).length).toBeLessThanOrEqual(255);
  await field.fill(text.slice(0, 255));
  await expect(lead.getByText("255/255")).toBeVisible();
  await lead.getByRole("button", { name: "Add next step" }).click();
  await expect(toast(lead, "Next step added")).toBeVisible();
  await expect(lead.getByRole("list", { name: "Next steps, newest first" })).toContainText(text.slice(0, 255));
  await expect(field).toHaveValue("");

  // The server refuses 256 characters whatever the browser does.
  await expect(addNextStep(await actor("lead@acme.example"), opp.id, { text })).rejects.toBeInstanceOf(ValidationError);

  await lead.getByRole("button", { name: "Change stage" }).click();
  const dialog = lead.getByRole("dialog", { name: "Change the sales stage" });
  await dialog.getByLabel("New stage").selectOption({ label: "Launched" });
  const tomorrow = new Date(Date.now() + 36 * 3600 * 1000);
  await dialog.getByLabel("Actual close date").fill(todayInTimeZone("Europe/Berlin", tomorrow));
  await dialog.getByLabel("Customer's provider account ID").fill("1234");
  await dialog.getByRole("button", { name: "Change stage" }).click();
  await expect(dialog.getByText("The close date cannot be in the future")).toBeVisible();
  await expect(dialog.getByText("Enter the 12-digit account ID")).toBeVisible();

  await dialog.getByLabel("Actual close date").fill(todayInTimeZone("Europe/Berlin"));
  await dialog.getByLabel("Customer's provider account ID").fill("123456789012");
  await dialog.getByRole("button", { name: "Change stage" }).click();
  await expect(toast(lead, "Stage changed to Launched")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(lead.locator('[data-stage="LAUNCHED"]').first()).toBeVisible();
  // Terminal: read-only from now on.
  await expect(lead.getByRole("button", { name: "Change stage" })).toHaveCount(0);
  await expect(lead.getByRole("link", { name: "Edit" })).toHaveCount(0);
});

test("cloning an opportunity opens the new draft", async ({ browser }) => {
  const opp = await submitted("lead@acme.example", { approve: true, label: "Clone" });
  const lead = await as(browser, "lead@acme.example");
  await lead.goto(`/opportunities/${opp.id}`);
  await lead.getByRole("button", { name: "Clone" }).click();
  await lead.getByRole("alertdialog").getByRole("button", { name: "Clone" }).click();
  await expect(toast(lead, /Draft O-\d+ created/)).toBeVisible();
  await expect(lead).not.toHaveURL(new RegExp(opp.id));
  await expect(lead).toHaveURL(/\/opportunities\/[\w-]+$/);
  await expect(lead.getByRole("heading", { level: 1, name: opp.title })).toBeVisible();
  await expect(lead.locator('[data-status="DRAFT"]').first()).toBeVisible();
  await expect(lead.getByRole("button", { name: "Delete draft" })).toBeVisible();
});

test("bulk transfer from the list moves both rows; a refused row changes nothing", async ({ browser }) => {
  const label = `Bulk${stamp()}`;
  const a = await submitted("lead@acme.example", { label });
  const b = await submitted("lead@acme.example", { label });
  const lead = await as(browser, "lead@acme.example");
  await lead.goto(`/opportunities?q=${encodeURIComponent(label)}`);
  const table = lead.getByRole("table", { name: "ACE opportunities" });
  await expect(table.getByRole("row")).toHaveCount(3);

  // "Export all matching" keeps the filters; the route answers CSV.
  const exportLink = lead.getByRole("link", { name: "Export all matching (CSV)" });
  await expect(exportLink).toHaveAttribute("href", new RegExp(`q=${label}`));
  const csv = await lead.request.get((await exportLink.getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(a.customer);

  await table.getByRole("checkbox", { name: `Select ${a.reference} ${a.customer}` }).check();
  await table.getByRole("checkbox", { name: `Select ${b.reference} ${b.customer}` }).check();
  const bar = lead.getByRole("region", { name: "Actions for selected opportunities" });
  await expect(bar).toContainText("2 selected");
  await bar.getByRole("button", { name: "Transfer" }).click();
  const dialog = lead.getByRole("dialog", { name: "Transfer 2 opportunities" });
  await dialog.getByLabel("New owner").selectOption({ label: "Tom Team · Alliance team (team@acme.example)" });
  await dialog.getByRole("button", { name: "Transfer" }).click();
  await expect(toast(lead, "2 opportunities transferred to Tom Team")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole("row").filter({ hasText: "Tom Team" })).toHaveCount(2);

  // One refused row refuses the whole transfer. Uma (ACE user) sees what she created and
  // what she owns; while her dialog is open, the lead hands one she owns to Mia, so Uma no
  // longer sees it and that row is refused as not found — and her own row stays hers.
  const refuseLabel = `Refuse${stamp()}`;
  const own = await submitted("user@acme.example", { label: refuseLabel });
  const handed = await submitted("lead@acme.example", { label: refuseLabel });
  const leadActor = await actor("lead@acme.example");
  await transferOpportunity(leadActor, handed.id, { assigneeId: (await actor("user@acme.example")).userId });
  const user = await as(browser, "user@acme.example");
  await user.goto(`/opportunities?q=${encodeURIComponent(refuseLabel)}`);
  const userTable = user.getByRole("table", { name: "ACE opportunities" });
  await expect(userTable.getByRole("row")).toHaveCount(3);
  await userTable.getByRole("checkbox", { name: "Select all opportunities on this page" }).check();
  await user.getByRole("region", { name: "Actions for selected opportunities" }).getByRole("button", { name: "Transfer" }).click();
  const userDialog = user.getByRole("dialog", { name: "Transfer 2 opportunities" });
  await userDialog.getByLabel("New owner").selectOption({ label: "Ugo User · ACE user (user2@acme.example)" });
  await transferOpportunity(leadActor, handed.id, { assigneeId: (await actor("manager@acme.example")).userId });
  await userDialog.getByRole("button", { name: "Transfer" }).click();
  const refused = userDialog.getByRole("alert").filter({ hasText: "Nothing was transferred" });
  await expect(refused).toBeVisible();
  const refusedList = refused.getByRole("list", { name: "Refused opportunities" });
  await expect(refusedList.getByRole("listitem")).toHaveCount(1);
  await expect(refusedList).toContainText(`${handed.reference} · ${handed.customer}: Opportunity not found`);
  await expect(refusedList).not.toContainText(own.reference);
  await userDialog.getByRole("button", { name: "Cancel" }).click();
  await user.reload();
  await expect(userTable.getByRole("row")).toHaveCount(2);
  await expect(userTable.getByRole("row").filter({ hasText: own.customer })).toContainText("Uma User");
  await expect(userTable.getByRole("row").filter({ hasText: "Ugo User" })).toHaveCount(0);
});

test("an ACE user opening a teammate's opportunity gets the 404 page", async ({ browser }) => {
  const opp = await submitted("lead@acme.example", { label: "Private" });
  const user = await as(browser, "user@acme.example");
  // A real 404 status: [id]/layout.tsx answers before the detail's loading boundary streams.
  const response = await user.goto(`/opportunities/${opp.id}`);
  expect(response?.status()).toBe(404);
  await expect(user.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(user.getByText(opp.title)).toHaveCount(0);
  expect((await user.goto(`/opportunities/${opp.id}/edit`))?.status()).toBe(404);
  // The validator's review screen answers the same for a draft (never submitted, so not theirs to see).
  const s = stamp();
  const draft = await createOpportunity(await actor("lead@acme.example"), body(`Draft ${s} Retail`, `Draft ${s} analytics`), { submit: false });
  const validator = await as(browser, "validator@nimbus.example");
  expect((await validator.goto(`/review/${draft.id}`))?.status()).toBe(404);
  await expect(validator.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // The list does not show it either.
  await user.goto(`/opportunities?q=${encodeURIComponent(opp.customer)}`);
  await expect(user.getByRole("heading", { name: "No opportunities match these filters" })).toBeVisible();
});

test("the list filters by review status through the URL, and validators get the queue instead", async ({ page, loginAs }) => {
  const opp = await submitted("lead@acme.example", { label: "Filter" });
  await reviewOpportunity(await actor("validator@nimbus.example"), opp.id, { decision: "ACTION_REQUIRED", comment: "Add the street address." });
  await loginAs("lead@acme.example");
  await page.goto("/opportunities");
  await page.getByLabel("Review status").selectOption({ label: "Action required" });
  await expect(page).toHaveURL(/status=ACTION_REQUIRED/);
  await page.getByLabel("Search").fill(opp.customer);
  await expect(page).toHaveURL(/q=/);
  const row = page.getByRole("row").filter({ hasText: opp.customer });
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-status="ACTION_REQUIRED"]')).toBeVisible();
  await expect(page.getByRole("region", { name: "Pipeline by stage" })).toBeVisible();
});
