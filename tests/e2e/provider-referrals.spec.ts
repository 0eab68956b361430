/**
 * Provider referrals end to end (domain.md §3, §6): the seller refers a deal through the
 * form; Acme's alliance lead sees it with the seeded ones (never the overdue one), accepts two
 * at once with the checkboxes and rejects one with a reason; the seller sees the outcome and
 * is notified. Before acceptance, the raw HTML and React payload of the pending view and of a
 * referral's page hold none of the hidden fields. Runs on the shared seeded database: the seller's deal carries a unique name.
 */
import { expect, test } from "./fixtures";

const stamp = Date.now().toString(36).toUpperCase();
const CUSTOMER = `Fabrikam Foods ${stamp} GmbH`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test.describe.configure({ mode: "serial" });

test("a provider seller refers a deal to Acme", async ({ page, loginAs }) => {
  await loginAs("seller@nimbus.example");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Sent referrals" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sent referrals" })).toBeVisible();
  await page.getByRole("link", { name: "Refer a deal" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Refer a deal" })).toBeVisible();

  // Submitting the empty form shows the server's errors at the fields.
  await page.getByRole("button", { name: "Send referral" }).click();
  await expect(page.getByText("Please correct the highlighted fields")).toBeVisible();
  await expect(page.getByLabel("Company name")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Partner organisation").selectOption({ label: "Acme Consulting" });
  await page.getByLabel("Company name").fill(CUSTOMER);
  await page.getByLabel("Website").fill("https://fabrikam-foods.example");
  await page.getByLabel("Industry").selectOption("Consumer Goods");
  await page.getByLabel("Country").selectOption("DE");
  await page.getByLabel("Postal code").fill("10115");
  await page.getByLabel("City").fill("Berlin");
  await page.getByLabel("Street address").fill("Chausseestraße 10");
  await page.getByLabel("Project title").fill("Demand planning for fresh goods");
  await page.getByLabel("Customer business problem").fill("Fresh goods are over-ordered every week; a fifth of the stock is written off.");
  await page.getByLabel("Use case").selectOption("AI Machine Learning and Analytics");
  await page.getByRole("checkbox", { name: "SaaS or PaaS" }).click();
  await page.getByLabel("Expected monthly revenue").fill("15000.00");
  await page.getByLabel("Currency", { exact: true }).selectOption("EUR");
  await page.getByLabel("Target close date").fill(inDays(90));
  await page.getByRole("checkbox", { name: "Conducted POC / Demo" }).click();
  await page.getByRole("checkbox", { name: "Co-Sell - Deal Support" }).click();
  await page.getByLabel("Next step").fill("Kick-off with the customer's planning team");
  await page.getByRole("button", { name: "Send referral" }).click();

  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^PR-\\d+ · ${CUSTOMER}$`) })).toBeVisible();
  await expect(page.getByText("Pending acceptance", { exact: true })).toBeVisible();
});

/**
 * Values of fields outside the pre-acceptance allow-list (lib/domain/provider-referral/
 * pre-acceptance.ts) of referrals pending for Acme: street address, city, state, DUNS,
 * provider account id, the customer contact, the competitor. ASCII only, and none of them
 * can appear on the page for another reason (Acme's time zone is Europe/Berlin, so no
 * "Berlin" here).
 */
const HIDDEN = [
  // Seeded "Rheinwerk Maschinenbau GmbH" (expires within the day; stays pending all along).
  "Rheinuferstra",
  "314159003",
  "310000000101",
  "j.becker@rheinwerk.example",
  "+49 221 555 0142",
  "Head of Plant IT",
  "Microsoft Azure",
  // Seeded "Elbtal Logistik GmbH" and "Wayne Retail Group".
  "Ostra-Allee",
  "Dresden",
  "k.vogel@elbtal-logistik.example",
  "310000000105",
  "233 S Wacker Dr",
  "Illinois",
  "dana.reyes@wayne-retail.example",
  // Seeded overdue "Hansa Versicherung AG": nothing of it at all.
  "hansa-versicherung",
  "Am Wall 140",
  // The referral the seller sent above (street address, primary need from the provider).
  "Chausseestra",
  "Co-Sell - Deal Support",
];

const leaks = (html: string) => HIDDEN.filter((value) => html.includes(value));

test("before acceptance the hidden fields never reach the browser, not even in the page's data", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.goto("/provider-referrals");
  const cards = page.getByTestId("pending-referral");
  const rheinwerk = cards.filter({ hasText: "Rheinwerk Maschinenbau GmbH" });
  await expect(rheinwerk).toHaveCount(1);
  await expect(cards.filter({ hasText: CUSTOMER })).toHaveCount(1);
  // The pre-acceptance fields are there (so the checks below look at a page that has data) …
  await expect(rheinwerk).toContainText("Predictive maintenance for press lines");
  // … and nothing else: neither in the rendered DOM nor in the HTML and React payload the server sent.
  expect(leaks(await page.content())).toEqual([]);
  const listResponse = await page.request.get("/provider-referrals");
  expect(listResponse.status()).toBe(200);
  const listHtml = await listResponse.text();
  expect(listHtml).toContain("Rheinwerk Maschinenbau GmbH");
  expect(leaks(listHtml)).toEqual([]);

  // One referral's own page.
  const href = await rheinwerk.getByRole("link", { name: /^PR-\d+ · Rheinwerk Maschinenbau GmbH$/ }).getAttribute("href");
  expect(href).toMatch(/^\/provider-referrals\/[0-9a-f-]{36}$/);
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1, name: /^PR-\d+ · Rheinwerk Maschinenbau GmbH$/ })).toBeVisible();
  await expect(page.getByText("Predictive maintenance for press lines").first()).toBeVisible();
  expect(leaks(await page.content())).toEqual([]);
  const detailResponse = await page.request.get(href!);
  expect(detailResponse.status()).toBe(200);
  const detailHtml = await detailResponse.text();
  expect(detailHtml).toContain("Rheinwerk Maschinenbau GmbH");
  expect(leaks(detailHtml)).toEqual([]);
});

test("Acme's alliance lead accepts two referrals at once and rejects one with a reason", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await expect(page.getByRole("button", { name: /^Notifications, \d+ unread$/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Provider referrals" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pending acceptance" })).toBeVisible();

  const cards = page.getByTestId("pending-referral");
  const card = (name: string) => cards.filter({ hasText: name });
  await expect(card(CUSTOMER)).toHaveCount(1);
  await expect(card("Elbtal Logistik GmbH")).toHaveCount(1);
  await expect(card("Wayne Retail Group")).toHaveCount(1);
  // The seeded overdue referral is never offered, whether or not the sweep ran.
  await expect(card("Hansa Versicherung AG")).toHaveCount(0);
  // Before accepting only the pre-acceptance fields reach the page: no street address.
  await expect(page.getByText("Chausseestraße")).toHaveCount(0);
  await expect(card(CUSTOMER)).toContainText("€15,000.00");

  for (const name of [CUSTOMER, "Elbtal Logistik GmbH"]) await card(name).getByRole("checkbox").click();
  await expect(page.getByText("2 referrals selected")).toBeVisible();
  await page.getByRole("button", { name: "Accept selected" }).click();
  await expect(page.getByText("2 referrals accepted: they are now approved opportunities.")).toBeVisible();
  await expect(card(CUSTOMER)).toHaveCount(0);
  await expect(card("Elbtal Logistik GmbH")).toHaveCount(0);

  const wayne = card("Wayne Retail Group");
  await wayne.getByRole("button", { name: /^Reject PR-\d+$/ }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Reason").selectOption("OTHER");
  await dialog.getByRole("button", { name: "Reject referral" }).click();
  await expect(dialog.getByText("Explain why you reject the referral")).toBeVisible();
  await dialog.getByLabel("Comment").fill("We have no retail practice in the US this year.");
  await dialog.getByRole("button", { name: "Reject referral" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Referral rejected. The provider seller is told why.")).toBeVisible();
  await expect(card("Wayne Retail Group")).toHaveCount(0);

  // The accepted referral is now an approved opportunity of Acme, owned by the lead.
  await page.goto(`/opportunities?q=${encodeURIComponent(CUSTOMER)}`);
  await expect(page.getByText(CUSTOMER).first()).toBeVisible();
});

test("the seller sees each referral's outcome and is notified", async ({ page, loginAs }) => {
  await loginAs("seller@nimbus.example");
  await page.goto("/provider-referrals");
  const row = (name: string) => page.getByRole("row").filter({ hasText: name });
  await expect(row(CUSTOMER)).toContainText("Accepted");
  await expect(row("Elbtal Logistik GmbH")).toContainText("Accepted");
  await expect(row("Wayne Retail Group")).toContainText("Rejected");
  await expect(row("Wayne Retail Group")).toContainText("We have no retail practice in the US this year.");
  await expect(row("Hansa Versicherung AG")).toContainText("Expired");

  await page.getByRole("button", { name: /^Notifications, \d+ unread$/ }).click();
  const panel = page.getByRole("dialog", { name: "Notifications" });
  await expect(panel.getByText(new RegExp(`Acme Consulting accepted your referral PR-\\d+: ${CUSTOMER}`))).toBeVisible();
  await expect(panel.getByText(/Acme Consulting rejected your referral PR-\d+: Wayne Retail Group/)).toBeVisible();
});
