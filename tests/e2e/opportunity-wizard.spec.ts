import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The create wizard (domain.md §2.4) as a partner alliance lead uses it. */

const nextYear = new Date().getFullYear() + 1;
const OPPORTUNITY_URL = /\/opportunities\/[0-9a-f-]{36}$/;
/** Saving ends on the opportunity's page (its first render may take a while on a cold server). */
const SAVED = { timeout: 30_000 };

const step = (page: Page) => page.getByRole("navigation", { name: "Steps" }).locator('[aria-current="step"]');
const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true }).click();

test("a partner sees field errors on Next and saves a draft", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.goto("/opportunities/new");
  await expect(page.getByRole("heading", { name: "New opportunity", level: 1 })).toBeVisible();
  await expect(step(page)).toContainText("Customer");

  // Next on an empty step: every required field of the step says so, the first one has focus.
  await next(page);
  const company = page.getByLabel("Company name");
  await expect(company).toHaveAttribute("aria-invalid", "true");
  await expect(company).toBeFocused();
  await expect(page.getByLabel("Website")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Street address")).toHaveAttribute("aria-invalid", "true");
  await expect(step(page)).toContainText("Customer");

  // A malformed value gets its own message; fixing a field clears its error.
  await company.fill("Initech Draft GmbH");
  await expect(company).not.toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Website").fill("not a website");
  await page.getByLabel("Country").selectOption("US");
  await expect(page.getByLabel(/State or region/)).toHaveAttribute("required", "");
  await next(page);
  await expect(page.getByText("Enter a valid URL")).toBeVisible();
  await expect(page.getByLabel("Website")).toBeFocused();

  // Save draft from step 1: incomplete is fine, malformed is not.
  await page.getByLabel("Website").fill("initech.example");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(OPPORTUNITY_URL, SAVED);
  await expect(page.getByText(/Draft O-\d+ saved/)).toBeVisible();
});

test("a partner creates and submits a complete opportunity", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.goto("/opportunities/new");

  // Step 1: conditional fields appear with the industry and the country.
  await page.getByLabel("Company name").fill("Initech Public Sector");
  await page.getByLabel("Website").fill("https://initech.example");
  await page.getByRole("combobox", { name: "Industry", exact: true }).selectOption("Other");
  await expect(page.getByLabel("Other industry")).toBeVisible();
  await page.getByRole("combobox", { name: "Industry", exact: true }).selectOption("Government");
  await expect(page.getByLabel("Other industry")).toBeHidden();
  const security = page.getByRole("radiogroup", { name: /classified national security/ });
  await expect(security).toBeVisible();
  await page.getByLabel("Country").selectOption("US");
  await page.getByLabel("Postal code").fill("94105");
  await page.getByLabel("City").fill("San Francisco");
  await page.getByLabel("Street address").fill("1 Market Street");
  await next(page);
  // The state is required in the US, and the security question for governments.
  await expect(page.getByLabel(/State or region/)).toHaveAttribute("aria-invalid", "true");
  await expect(security).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/State or region/).fill("CA");
  await security.getByRole("radio", { name: "No" }).check();
  await next(page);

  // Step 2
  await expect(step(page)).toContainText("Project");
  await page.getByLabel("Project title").fill("Permit processing modernisation");
  await page.getByLabel("Customer business problem").fill("Permit requests take weeks because documents are scanned and routed by hand.");
  await page.getByLabel("Customer use case").selectOption("Migration/Database Migration");
  await page.getByRole("checkbox", { name: "Professional Services" }).check();
  await page.getByLabel("Expected monthly revenue").fill("8000");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByLabel("Target close date").fill(`${nextYear}-05-31`);
  await page.getByRole("radio", { name: "Net new business" }).check();
  await expect(page.getByText("The provider recommends submitting once the deal is at least Qualified")).toBeVisible();
  await page.getByLabel("Sales stage").selectOption("QUALIFIED");
  await page.getByRole("checkbox", { name: "Conducted POC / Demo" }).check();
  const coSell = page.getByRole("radiogroup", { name: "Co-sell with the provider?" });
  await coSell.getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("radiogroup", { name: /marketing activity generate/ }).getByRole("radio", { name: "Marketing activity" }).check();
  await next(page);
  // Needs from the provider (co-sell YES) and MDF (marketing activity) are now required.
  await expect(page.getByText("Choose at least one need when co-selling with the provider")).toBeVisible();
  await expect(page.getByRole("radiogroup", { name: /marketing development funds/ })).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("checkbox", { name: "Co-Sell - Technical Consultation" }).check();
  await page.getByRole("radiogroup", { name: /marketing development funds/ }).getByRole("radio", { name: "No" }).check();
  await expect(page.getByRole("group", { name: "Marketing use cases" })).toBeHidden();
  await page.getByRole("checkbox", { name: "Email" }).check();
  await next(page);

  // Step 3: a competitor "*Other" needs its names.
  await expect(step(page)).toContainText("Additional details");
  await page.getByRole("combobox", { name: "Competitor", exact: true }).selectOption("*Other");
  await next(page);
  await expect(page.getByLabel("Other competitor names")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Other competitor names").fill("Local integrator");
  await next(page);

  // Step 4 is optional.
  await expect(step(page)).toContainText("Customer contact");
  await page.getByLabel("First name").fill("Priya");
  await next(page);
  await expect(page.getByLabel("Last name")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Last name").fill("Patel");
  await page.getByRole("textbox", { name: "Email", exact: true }).fill("priya@initech.example");
  await page.getByRole("textbox", { name: "Phone", exact: true }).fill("+1 415 555 0100");
  await next(page);

  // Step 5: everything listed, with Edit buttons back to each step.
  await expect(step(page)).toContainText("Review");
  await expect(page.getByText("Ready to submit")).toBeVisible();
  const customer = page.getByRole("region", { name: /Customer$/ });
  await expect(customer.getByText("Initech Public Sector")).toBeVisible();
  await expect(customer.getByText("United States")).toBeVisible();
  await expect(page.getByText("€8,000.00")).toBeVisible();
  await page.getByRole("button", { name: "Edit Project" }).click();
  await expect(step(page)).toContainText("Project");
  await expect(page.getByLabel("Project title")).toHaveValue("Permit processing modernisation");
  await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Review/ }).click();

  await page.getByRole("button", { name: "Save and submit" }).click();
  await expect(page).toHaveURL(OPPORTUNITY_URL, SAVED);
  await expect(page.getByText(/Opportunity O-\d+ submitted for review/)).toBeVisible();
});

test("server-side refusals land at their field and nothing typed is lost", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  // A partner CRM ID can only be used once in the organisation: the second draft is refused by the server.
  const crmId = `E2E-DUP-${Date.now()}`;
  for (const attempt of [1, 2]) {
    await page.goto("/opportunities/new");
    await page.getByLabel("Company name").fill(`Duplicate CRM ${attempt}`);
    await page.getByLabel("Website").fill("dup.example");
    await page.getByRole("combobox", { name: "Industry", exact: true }).selectOption("Retail");
    await page.getByLabel("Country").selectOption("DE");
    await page.getByLabel("Postal code").fill("10115");
    await page.getByLabel("City").fill("Berlin");
    await page.getByLabel("Street address").fill("Invalidenstrasse 1");
    await next(page);
    await page.getByLabel("Partner CRM ID").fill(crmId);
    await page.getByRole("button", { name: "Save draft" }).click();
    if (attempt === 1) await expect(page).toHaveURL(OPPORTUNITY_URL, SAVED);
  }
  await expect(page.getByLabel("Partner CRM ID")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Another opportunity of your organisation already has this partner CRM ID")).toBeVisible();
  await expect(page.getByLabel("Partner CRM ID")).toHaveValue(crmId);
  await page.getByRole("navigation", { name: "Steps" }).getByRole("button", { name: /Customer/ }).click();
  await expect(page.getByLabel("Company name")).toHaveValue("Duplicate CRM 2");
});
