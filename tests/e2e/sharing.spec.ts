/**
 * Sharing an ACE opportunity with a connected partner (domain.md §2.9) and a collaboration
 * channel (§2.8), through the real UI with several personas of the demo data:
 * Acme ↔ Bolt and Acme ↔ Partner 01 are ACTIVE connections; lead@bolt.example and
 * lead@partner01.example are their ALLIANCE_LEADs.
 */
import { expect as baseExpect, test } from "./fixtures";
import { actorByEmail, personas, toast, useAppDatabase } from "./journey";
import { createOpportunity, reviewOpportunity, setProviderTeam } from "@/lib/data/opportunities";

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

useAppDatabase();

const actor = actorByEmail;

let counter = 0;
const stamp = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

/** An APPROVED opportunity of Acme at QUALIFIED, created by the alliance lead. */
async function approved(label: string) {
  const s = stamp();
  const customer = `${label} ${s} Foods`;
  const title = `${label} ${s} supply chain`;
  const detail = await createOpportunity(
    await actor("lead@acme.example"),
    {
      customer: {
        companyName: customer,
        websiteUrl: "https://customer.example",
        industry: "Retail",
        countryCode: "DE",
        postalCode: "10115",
        city: "Berlin",
        streetAddress: "Geheimweg 7",
      },
      project: {
        title,
        customerBusinessProblem: "Warehouses cannot forecast demand and throw away fresh goods.",
        customerUseCase: "Database",
        deliveryModels: ["SaaS or PaaS"],
        expectedMonthlyRevenue: { amount: "43210.00", currency: "USD" },
        targetCloseDate: `${new Date().getUTCFullYear() + 1}-06-30`,
        salesActivities: ["Conducted POC / Demo"],
        competitor: "No Competition",
      },
      opportunityType: "NET_NEW_BUSINESS",
      stage: "QUALIFIED",
      coSellWithProvider: "NO",
      marketing: { source: "NONE" },
    },
    { submit: true },
  );
  await reviewOpportunity(await actor("validator@nimbus.example"), detail.id, { decision: "APPROVE" });
  return { id: detail.id, reference: detail.reference, customer, title };
}

const as = personas();

test("Acme shares an approved opportunity with Bolt and Partner 01; both leads accept and see the shared fields and each other", async ({
  browser,
}) => {
  const opp = await approved("Share");
  const text = "Bolt and Partner 01 know this customer's warehouses. Join us?";

  const lead = await as(browser, "lead@acme.example");
  await lead.goto(`/opportunities/${opp.id}`);
  const collaborators = lead.locator("[aria-labelledby=collaborators-title]");
  await expect(collaborators.getByText("Not shared with any partner yet.")).toBeVisible();
  await collaborators.getByRole("button", { name: "Share" }).click();

  const dialog = lead.getByRole("dialog", { name: "Share with partners" });
  await expect(dialog).toBeVisible();
  // Only connected partners are offered: Cirrus (pending connection) is not.
  await expect(dialog.getByRole("checkbox", { name: "Cirrus Labs" })).toHaveCount(0);
  // Submitting empty shows the field errors, nothing is sent.
  await dialog.getByRole("button", { name: "Share" }).click();
  await expect(dialog.getByText("Choose at least one partner.")).toBeVisible();
  // Two partner organisations in one invitation round.
  await dialog.getByRole("checkbox", { name: "Bolt Analytics" }).click();
  await dialog.getByRole("checkbox", { name: "Partner 01" }).click();
  const message = dialog.getByRole("textbox", { name: "Message" });
  await message.fill(text);
  await expect(dialog.getByText(`${text.length} / 255`)).toBeVisible();
  await expect(dialog.getByRole("checkbox", { name: /^Project/ })).toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: /^Revenue/ })).not.toBeChecked();
  await dialog.getByRole("button", { name: "Share" }).click();
  await expect(toast(lead, "2 invitations sent")).toBeVisible();
  await expect(dialog).toBeHidden();
  const invited = collaborators.getByRole("list", { name: "Invited partner organisations" }).getByRole("listitem");
  await expect(invited).toHaveCount(2);
  for (const name of ["Bolt Analytics", "Partner 01"]) {
    const item = invited.filter({ hasText: name });
    await expect(item).toContainText("Pending");
    await expect(item.getByRole("button", { name: `Withdraw the invitation to ${name}` })).toBeVisible();
  }

  // Each partner's alliance lead accepts under Multi-partner opportunities → Invitations.
  const accept = async (email: string) => {
    const page = await as(browser, email);
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Multi-partner opportunities" }).click();
    await expect(page.getByRole("heading", { name: "Multi-partner opportunities" })).toBeVisible();
    const invitation = page.getByRole("list", { name: "Share invitations" }).getByRole("listitem").filter({ hasText: opp.reference });
    await expect(invitation).toContainText(text);
    // Before acceptance, nothing of the opportunity but its reference.
    await expect(invitation).not.toContainText(opp.customer);
    await invitation.getByRole("button", { name: `Accept the invitation to ${opp.reference} from Acme Consulting` }).click();
    await expect(toast(page, `${opp.reference} is now shared with you`)).toBeVisible();
    await expect(invitation).toContainText("Accepted");
    return page;
  };
  const bolt = await accept("lead@bolt.example");
  const partner = await accept("lead@partner01.example");

  // Partner 01 opens it from "Shared with us" and sees the shared fields, read-only.
  await partner.getByRole("link", { name: "Shared with us" }).click();
  const table = partner.getByRole("table", { name: "Opportunities shared with your organisation" });
  const row = table.getByRole("row").filter({ hasText: opp.reference });
  await expect(row).toContainText(opp.title);
  await row.getByRole("link", { name: opp.reference }).click();
  await expect(partner).toHaveURL(new RegExp(`/shared/${opp.id}$`));
  await expect(partner.getByText("Read-only: Acme Consulting shares these fields with your organisation.")).toBeVisible();
  await expect(partner.getByText(opp.customer)).toBeVisible();
  await expect(partner.getByText("Warehouses cannot forecast demand and throw away fresh goods.")).toBeVisible();
  // Bolt's lead opens it directly.
  await bolt.goto(`/shared/${opp.id}`);
  // The collaborators: the owner and both accepted partners, each seeing the other.
  for (const page of [partner, bolt]) {
    await expect(page.getByText("Read-only: Acme Consulting shares these fields with your organisation.")).toBeVisible();
    const list = page.getByRole("list", { name: "Collaborators" }).getByRole("listitem");
    await expect(list).toHaveCount(3);
    await expect(list.filter({ hasText: "Acme Consulting" })).toContainText("Owner");
    await expect(list.filter({ hasText: "Bolt Analytics" })).toContainText("Partner");
    await expect(list.filter({ hasText: "Partner 01" })).toContainText("Partner");
  }
  await expect(bolt.getByText(opp.customer)).toBeVisible();
  // Not shared: the street address and the revenue; and nothing to edit.
  for (const page of [partner, bolt]) {
    await expect(page.getByText("Geheimweg 7")).toHaveCount(0);
    await expect(page.getByText(/43,210/)).toHaveCount(0);
    await expect(page.getByRole("button", { name: /edit|share|submit/i })).toHaveCount(0);
  }
  // The full opportunity stays out of reach.
  // (Streaming with a loading state can send 200 before the not-found page, as in opportunities.spec.)
  const response = await partner.goto(`/opportunities/${opp.id}`);
  await expect(partner.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect([404, 200]).toContain(response?.status());
  await expect(partner.getByText(opp.customer)).toHaveCount(0);

  // The sender sees both acceptances.
  await lead.reload();
  await expect(invited).toHaveCount(2);
  for (const name of ["Bolt Analytics", "Partner 01"]) await expect(invited.filter({ hasText: name })).toContainText("Accepted");
  await expect(invited.getByRole("button", { name: /Withdraw/ })).toHaveCount(0);
});

test("a collaboration channel: requested by the lead, recorded by the provider account manager, joined by the invitee", async ({
  browser,
}) => {
  const opp = await approved("Channel");
  await setProviderTeam(await actor("admin@nimbus.example"), opp.id, [
    { role: "ACCOUNT_MANAGER", name: "Sam Seller", email: "seller@nimbus.example" },
  ]);
  const channelName = `deal-${opp.reference.toLowerCase()}`;
  const channelUrl = `https://chat.nimbus.example/channels/${opp.reference.toLowerCase()}`;

  const lead = await as(browser, "lead@acme.example");
  await lead.goto(`/opportunities/${opp.id}`);
  const card = lead.locator("[aria-labelledby=channel-title]");
  await expect(card.getByText("No collaboration channel yet.")).toBeVisible();
  // Opted-out or inactive colleagues are not offered.
  await expect(card.getByRole("checkbox", { name: "Ian Inactive" })).toHaveCount(0);
  await card.getByRole("button", { name: "Request channel" }).click();
  await expect(card.getByText("Choose at least one person.")).toBeVisible();
  await card.getByRole("checkbox", { name: "Mia Manager" }).click();
  await card.getByRole("checkbox", { name: "Lena Lead" }).click();
  await card.getByRole("button", { name: "Request channel" }).click();
  await expect(toast(lead, "Collaboration channel requested")).toBeVisible();
  await expect(card.getByText("Requested", { exact: true })).toBeVisible();
  await expect(card.getByRole("list", { name: "Invitees" }).getByRole("listitem")).toHaveCount(2);
  await expect(card.getByRole("button", { name: "Request channel" })).toHaveCount(0);

  // Sam Seller, the provider account manager, records the created channel.
  const seller = await as(browser, "seller@nimbus.example");
  await seller.goto(`/opportunities/${opp.id}`);
  const sellerCard = seller.locator("[aria-labelledby=channel-title]");
  await sellerCard.getByRole("textbox", { name: "Channel name" }).fill(channelName);
  await sellerCard.getByRole("textbox", { name: "Link" }).fill("not a link");
  await sellerCard.getByRole("button", { name: "Record created channel" }).click();
  await expect(sellerCard.getByText("Enter a full link starting with https://")).toBeVisible();
  await sellerCard.getByRole("textbox", { name: "Link" }).fill(channelUrl);
  await sellerCard.getByRole("button", { name: "Record created channel" }).click();
  await expect(toast(seller, "Channel recorded")).toBeVisible();
  await expect(sellerCard.getByText("Created", { exact: true })).toBeVisible();

  // Mia Manager sees name and link among her channels, and joins.
  const manager = await as(browser, "manager@acme.example");
  await manager.goto("/shared?tab=channels");
  const mine = manager
    .getByRole("list", { name: "Collaboration channels you are invited to" })
    .getByRole("listitem")
    .filter({ hasText: opp.reference });
  const link = mine.getByRole("link", { name: `Open ${channelName}` });
  await expect(link).toHaveAttribute("href", channelUrl);
  await mine.getByRole("button", { name: `Join the channel of ${opp.reference}` }).click();
  await expect(toast(manager, "You joined the channel")).toBeVisible();
  await expect(mine).toContainText("Joined");

  // On the opportunity too: name, link, invitee statuses; Leave.
  await manager.goto(`/opportunities/${opp.id}`);
  const managerCard = manager.locator("[aria-labelledby=channel-title]");
  await expect(managerCard.getByRole("link", { name: `Open ${channelName}` })).toHaveAttribute("href", channelUrl);
  await expect(managerCard.getByRole("list", { name: "Invitees" }).getByRole("listitem").filter({ hasText: "Mia Manager" })).toContainText(
    "Joined",
  );
  await managerCard.getByRole("button", { name: `Leave the channel of ${opp.reference}` }).click();
  await expect(toast(manager, "You left the channel")).toBeVisible();
  await expect(managerCard.getByRole("list", { name: "Invitees" }).getByRole("listitem").filter({ hasText: "Mia Manager" })).toContainText(
    "Left",
  );
});
