/**
 * Co-sell deals end to end (domain.md §4, §5): a private outbound deal upgraded to co-sell,
 * joined by the provider seller, moved through stages and won, with the registration panel;
 * inbound deals sent by the seller, accepted and declined by Acme; and a solution assessment
 * whose "Mark won" stays disabled until the last stage. Runs on the shared seeded database,
 * so every deal here carries a unique name.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const stamp = Date.now().toString(36).toUpperCase();
const PRIVATE_DEAL = `E2E private ${stamp}`;
const INBOUND_ACCEPT = `E2E inbound accept ${stamp}`;
const INBOUND_DECLINE = `E2E inbound decline ${stamp}`;
const ASSESSMENT = `E2E assessment ${stamp}`;
/** Each attempt (CI retries) makes its own P2P deal: an invitation is never sent twice to one deal. */
const p2pDealName = (retry: number) => `E2E P2P ${stamp} ${retry}`;

test.describe.configure({ mode: "serial" });

const next = (page: Page) => page.getByTestId("wizard-next").click();
const heading = (page: Page, name: string) => page.getByRole("heading", { level: 1, name });

/** Step 1: pick a customer from the directory's Managed tab. */
async function pickCustomer(page: Page, name: string) {
  await page.getByLabel("Customer name").fill(name);
  await page.getByTestId("customer-results").getByLabel(new RegExp(name)).check();
  await next(page);
}

/** Step 3: the deal details. */
async function fillDetails(page: Page, name: string, amount: string) {
  await page.getByLabel("Deal name").fill(name);
  await page.getByLabel("Location").selectOption("US");
  await page.getByLabel("Estimated value").fill(amount);
  await page.getByRole("textbox", { name: "Notes", exact: true }).fill("Created by the end-to-end suite.");
  await next(page);
}

async function pickSolution(page: Page, tab: string | null, name: string) {
  if (tab) await page.getByRole("tab", { name: tab }).click();
  await page.getByLabel("Search solutions").fill(name);
  const results = page.getByTestId("solution-results");
  const box = results.getByRole("checkbox", { name });
  if (await box.count()) await box.check();
  else await results.getByLabel(new RegExp(name)).check();
}

/** Acme's lead creates an open private outbound deal (Initech, US, Acme Insights) and lands on its page. */
async function createPrivateDeal(page: Page, dealName: string) {
  await page.goto("/referrals/new");
  await expect(heading(page, "New co-sell deal")).toBeVisible();
  await pickCustomer(page, "Initech Inc");
  await next(page); // contact is optional
  await fillDetails(page, dealName, "40000");
  await next(page); // marketplace intent
  // The creator is on the team (offered from recent members); make sure the phone is filled.
  await expect(page.getByTestId("team-row")).toHaveCount(1);
  await page.getByTestId("team-row").first().getByLabel("Phone").fill("+49 30 5550 1001");
  await next(page);
  await pickSolution(page, null, "Acme Insights");
  await next(page);
  await page.getByTestId("help-question").getByLabel("None").check();
  await page.getByTestId("visible-question").getByLabel("No").check();
  await next(page);
  await page.getByTestId("wizard-create").click();
  await expect(heading(page, dealName)).toBeVisible();
  await expect(page.getByTestId("deal-status").first()).toContainText("Created");
}

/** The accept dialog: the accepting user joins the team with a phone number (prefilled when known). */
async function acceptInDialog(page: Page, phone: string, rename?: string) {
  await page.getByTestId("accept-deal").click();
  const dialog = page.getByRole("dialog");
  if (rename) await dialog.getByLabel("Deal name").fill(rename);
  await dialog.getByLabel("Your phone number").fill(phone);
  await dialog.getByRole("button", { name: "Accept" }).click();
  await expect(dialog).toBeHidden();
}

async function sellerSends(page: Page, dealName: string) {
  await page.goto("/referrals/new");
  await expect(heading(page, "Send a referral")).toBeVisible();
  await pickCustomer(page, "Stark Logistics");
  await next(page); // no customer contact
  await page.getByLabel("Send to").selectOption({ label: "Acme Consulting (US, DE)" });
  await fillDetails(page, dealName, "30000");
  await next(page); // marketplace intent: Undecided
  await page.getByRole("button", { name: "Add member" }).click();
  await page.getByTestId("team-row").getByLabel("Name").fill("Sam Seller");
  await page.getByTestId("team-row").getByLabel("Email").fill("seller@nimbus.example");
  await page.getByTestId("team-row").getByLabel("Phone").fill("+1 206 555 0100");
  await next(page);
  await pickSolution(page, "Provider solution", "Nimbus Data Warehouse");
  await next(page);
  await page.getByLabel("Partner-led").check();
  await next(page);
  await page.getByTestId("wizard-create").click();
  await expect(heading(page, dealName)).toBeVisible();
  await expect(page.getByTestId("deal-status").first()).toContainText("Received");
}

test("a private deal is upgraded to co-sell, joined by the seller, moved through stages and won", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Co-sell deals" }).click();
  await expect(heading(page, "Co-sell deals")).toBeVisible();
  await page.getByRole("link", { name: "New deal" }).click();
  await expect(heading(page, "New co-sell deal")).toBeVisible();

  // A step checks its own fields before going on.
  await next(page);
  await expect(page.getByText("Choose a customer from the list")).toBeVisible();
  await pickCustomer(page, "Initech Inc");
  await next(page); // contact is optional
  await next(page);
  await expect(page.getByText("Enter a name").first()).toBeVisible();
  await fillDetails(page, PRIVATE_DEAL, "40000");
  await next(page); // marketplace intent
  await expect(page.getByTestId("team-row")).toHaveCount(1); // the creator, offered from recent members
  await next(page);
  await next(page);
  await expect(page.getByText("Add at least one solution for IP co-sell")).toBeVisible();
  await pickSolution(page, null, "Acme Insights");
  await next(page);
  await page.getByTestId("help-question").getByLabel("None").check();
  await page.getByTestId("visible-question").getByLabel("No").check();
  await expect(page.getByText("This makes a Private deal")).toBeVisible();
  await next(page);
  await page.getByTestId("wizard-create").click();

  await expect(heading(page, PRIVATE_DEAL)).toBeVisible();
  await expect(page.getByTestId("provider-card")).toContainText("Private: provider sellers do not see this deal.");
  const dealUrl = page.url();

  // Upgrade: ask the provider for help (one way).
  await page.getByTestId("ask-provider-help").click();
  await page.getByLabel("Help wanted").fill("Architecture review");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByTestId("provider-card")).toContainText("Help requested");
  await expect(page.getByText("Co-sell", { exact: true }).first()).toBeVisible();

  // The provider seller joins from the queue.
  await loginAs("seller@nimbus.example");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Co-sell requests" }).click();
  const row = page.getByTestId("cosell-row").filter({ hasText: PRIVATE_DEAL });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: `Join ${PRIVATE_DEAL}` }).click();
  await expect(page.getByTestId("cosell-row").filter({ hasText: PRIVATE_DEAL })).toHaveCount(0);
  await page.goto(dealUrl);
  await expect(page.getByTestId("provider-card")).toContainText("Provider joined");
  await expect(page.getByTestId("provider-card")).toContainText("Sam Seller");

  // Stages, then won.
  await loginAs("lead@acme.example");
  await page.goto(dealUrl);
  await page.getByLabel("Stage", { exact: true }).selectOption("QUALIFIED");
  await page.getByTestId("mark-stage").click();
  await expect(page.getByTestId("deal-status").first()).toContainText("Qualified");
  await page.getByLabel("Stage", { exact: true }).selectOption("PROPOSED");
  await page.getByTestId("mark-stage").click();
  await expect(page.getByTestId("deal-status").first()).toContainText("Proposed");
  await page.getByTestId("mark-won").click();
  await expect(page.getByTestId("deal-status").first()).toContainText("Won");
  await expect(page.getByText("The deal is closed: nothing can change anymore.")).toBeVisible();

  // The registration panel lists each rule: won and joined pass; 72 hours have not passed.
  const panel = page.getByTestId("registration-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId("rule-STATUS_WON")).toHaveAttribute("data-passed", "true");
  await expect(panel.getByTestId("rule-DEAL_TYPE")).toHaveAttribute("data-passed", "true");
  await expect(panel.getByTestId("rule-MANAGED_CUSTOMER")).toHaveAttribute("data-passed", "true");
  await expect(panel.getByTestId("rule-MIN_VALUE")).toHaveAttribute("data-passed", "true");
  await expect(panel.getByTestId("rule-WON_AFTER_72H")).toHaveAttribute("data-passed", "false");
  await expect(panel.getByTestId("register-deal")).toHaveCount(0);

  // History lists every step.
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("history")).toContainText("Marked won");
  await expect(page.getByTestId("history")).toContainText("Provider seller joined");
  await expect(page.getByTestId("history")).toContainText("Sale type upgraded");
});

test("the provider seller sends two inbound deals; Acme accepts one and declines the other", async ({ page, loginAs }) => {
  await loginAs("seller@nimbus.example");
  await sellerSends(page, INBOUND_ACCEPT);
  await sellerSends(page, INBOUND_DECLINE);

  await loginAs("lead@acme.example");
  await page.goto("/referrals?tab=inbound");
  await page.getByRole("link", { name: INBOUND_ACCEPT }).click();
  await expect(page.getByText("Received from Nimbus Cloud")).toBeVisible();
  await acceptInDialog(page, "+49 30 5550 1001", `${INBOUND_ACCEPT} (ours)`);
  await expect(heading(page, `${INBOUND_ACCEPT} (ours)`)).toBeVisible();
  await expect(page.getByTestId("deal-status").first()).toContainText("Accepted");
  await expect(page.getByTestId("team-list")).toContainText("Lena Lead");

  await page.goto("/referrals?tab=inbound");
  await page.getByRole("link", { name: INBOUND_DECLINE }).click();
  await page.getByTestId("decline-deal").click();
  const decline = page.getByRole("dialog");
  await decline.getByRole("button", { name: "Decline" }).click();
  await expect(decline.getByText("Choose a reason", { exact: true })).toBeVisible();
  await decline.getByLabel("Reason").selectOption("NO_CAPACITY");
  await decline.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByText("Declined: No capacity")).toBeVisible();

  // The closed tab lists the declined one; the inbound tab no longer does.
  await page.goto("/referrals?tab=closed");
  await expect(page.getByRole("link", { name: INBOUND_DECLINE })).toBeVisible();
  await page.goto("/referrals?tab=inbound");
  await expect(page.getByRole("link", { name: INBOUND_DECLINE })).toHaveCount(0);
});

test("a solution assessment's Won stays disabled until the last stage is marked", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.goto("/referrals/new");
  await pickCustomer(page, "Initech Inc");
  // Step 2 is required for assessments, but the kind is chosen in step 3: go on, then back.
  await next(page);
  await page.getByLabel("Solution assessment").check();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByText("A solution assessment needs the customer contact")).toBeVisible();
  await page.getByLabel("Contact name").fill("Kai Kim");
  await page.getByLabel("Contact phone").fill("+1 512 555 0142");
  await page.getByLabel("Contact email").fill("kai.kim@initech.example");
  await page.getByLabel("Notes for the assessment specialist").fill("CTO; mornings are best.");
  await page.getByTestId("contact-consent").click();
  await next(page);
  await fillDetails(page, ASSESSMENT, "25000");
  await next(page); // marketplace intent
  // The team row starts with the creator; every member needs a phone number.
  await page.getByTestId("team-row").first().getByLabel("Phone").fill("+1 512 555 0100");
  await next(page); // team
  await pickSolution(page, null, "Data estate assessment");
  await page.getByLabel("Assessment location").selectOption("US");
  await next(page);
  await page.getByTestId("wizard-create").click();
  await expect(heading(page, ASSESSMENT)).toBeVisible();

  const won = page.getByTestId("mark-won");
  for (const stage of ["Secure customer LOE", "Collect data", "Prepare report", "Present to customer"]) {
    await expect(won).toBeDisabled();
    await page.getByTestId("mark-next-stage").click();
    await expect(page.getByTestId("deal-status").first()).toContainText(stage);
  }
  await expect(page.getByTestId("mark-next-stage")).toHaveCount(0);
  await expect(won).toBeEnabled();
  await won.click();
  await expect(page.getByTestId("deal-status").first()).toContainText("Won");
});

test("a partner invites another partner (P2P); the invited partner accepts the inbound deal", async ({ page, loginAs }, testInfo) => {
  const DEAL = p2pDealName(testInfo.retry);
  await loginAs("lead@acme.example");
  await createPrivateDeal(page, DEAL);
  const dealUrl = page.url();
  await page.getByTestId("invite-partners").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Partner", exact: true }).selectOption({ label: "Bolt Analytics" });
  await dialog.getByLabel("Why you invite them").fill("Bolt brings the streaming ingestion for the lake.");
  await dialog.getByRole("checkbox", { name: "Proof of concept" }).check();
  await pickSolution(page, "Provider solution", "Nimbus Data Warehouse");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toBeHidden();
  const partners = page.getByTestId("partners-card");
  await expect(partners).toContainText("Bolt Analytics");
  await expect(partners).toContainText("Received");

  // Bolt's alliance lead finds it among the inbound deals and accepts it.
  await loginAs("lead@bolt.example");
  await page.goto("/referrals?tab=inbound");
  await page.getByRole("link", { name: DEAL }).click();
  await expect(heading(page, DEAL)).toBeVisible();
  await expect(page.getByText("Received from Acme Consulting")).toBeVisible();
  await acceptInDialog(page, "+1 212 555 0201");
  await expect(page.getByTestId("deal-status").first()).toContainText("Accepted");

  // Acme sees the invitation accepted.
  await loginAs("lead@acme.example");
  await page.goto(dealUrl);
  await expect(page.getByTestId("partners-card")).toContainText("Accepted");
});
