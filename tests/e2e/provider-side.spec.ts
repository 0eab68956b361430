/**
 * The provider side of an opportunity (domain.md §2.7, §2.1 provider team) end to end: the
 * demo seller edits the provider stage, close date and closed-lost reason and renames a
 * member of the provider team on a seeded approved opportunity whose team lists them; a
 * stale provider version is refused with a toast and the fresh values; the partner's lead
 * sees the new values read-only, without any edit control.
 */
import { expect as baseExpect, test } from "./fixtures";
import { actorByEmail, personas, toast, useAppDatabase } from "./journey";
import { updateProviderFields } from "@/lib/data/opportunities";
import { db } from "@/lib/db";

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const SELLER = "seller@nimbus.example";

useAppDatabase();

const as = personas();


test("the seller edits the provider details and team; a stale version is refused; the partner lead reads them", async ({ browser }) => {
  // A seeded approved opportunity of Acme whose provider team lists the demo seller and someone else.
  const opp = await db().opportunity.findFirstOrThrow({
    where: {
      status: "APPROVED",
      organization: { name: "Acme Consulting" },
      AND: [{ providerTeam: { some: { email: SELLER } } }, { providerTeam: { some: { email: { not: SELLER } } } }],
    },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      providerTeam: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { email: true, name: true } },
    },
  });
  const otherIndex = opp.providerTeam.findIndex((m) => m.email !== SELLER);
  const n = otherIndex + 1;
  const stamp = Date.now().toString(36).toUpperCase();
  const stage = `Evaluating ${stamp}`;
  const reason = `Budget moved to next year ${stamp}`;
  const newName = `Paula Success ${stamp}`;

  // ---- The seller: provider details -----------------------------------------------------
  const seller = await as(browser, SELLER);
  await seller.goto(`/opportunities/${opp.id}?tab=details`);
  await seller.getByRole("button", { name: "Edit provider details" }).click();
  let dialog = seller.getByRole("dialog", { name: "Edit provider details" });
  await dialog.getByLabel("Provider stage").fill(stage);
  await dialog.getByLabel("Provider close date").fill("2031-03-31");
  await dialog.getByLabel("Provider closed-lost reason").fill(reason);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(toast(seller, "Provider details saved.")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(seller.getByText(stage)).toBeVisible();
  await expect(seller.getByText(reason)).toBeVisible();

  // A longer reason than 255 characters cannot be typed (the limit is the server's too).
  await seller.getByRole("button", { name: "Edit provider details" }).click();
  dialog = seller.getByRole("dialog", { name: "Edit provider details" });
  await dialog.getByLabel("Provider closed-lost reason").fill("x".repeat(300));
  await expect(dialog.getByLabel("Provider closed-lost reason")).toHaveValue("x".repeat(255));
  // Meanwhile the provider admin changes the details: this dialog's version is stale now.
  const admin = await actorByEmail("admin@nimbus.example");
  const fresh = await db().opportunity.findUniqueOrThrow({ where: { id: opp.id }, select: { providerVersion: true } });
  await updateProviderFields(admin, opp.id, { providerStage: `On-hold ${stamp}`, version: fresh.providerVersion });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(toast(seller, "Someone else changed the provider details meanwhile")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(seller.getByText(`On-hold ${stamp}`)).toBeVisible();
  await expect(seller.getByText(reason)).toBeVisible(); // the stale edit wrote nothing

  // ---- The seller: provider team ----------------------------------------------------------
  await seller.getByRole("link", { name: "Contacts", exact: true }).click();
  await seller.getByRole("button", { name: "Edit provider team" }).click();
  dialog = seller.getByRole("dialog", { name: "Provider team" });
  await dialog.getByRole("textbox", { name: `Name of member ${n}`, exact: true }).fill("");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("Required")).toBeVisible(); // a per-field error; nothing saved
  await dialog.getByRole("textbox", { name: `Name of member ${n}`, exact: true }).fill(newName);
  await dialog.getByRole("combobox", { name: `Role of member ${n}`, exact: true }).selectOption("ISM");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(toast(seller, "Provider team saved.")).toBeVisible();
  await expect(dialog).toBeHidden();
  const sellerTeam = seller.getByRole("table", { name: "Provider team" });
  await expect(sellerTeam.getByRole("row", { name: new RegExp(newName) })).toContainText("ISV success manager");

  // ---- The partner lead: read-only -------------------------------------------------------
  const lead = await as(browser, "lead@acme.example");
  await lead.goto(`/opportunities/${opp.id}?tab=details`);
  await expect(lead.getByText(`On-hold ${stamp}`)).toBeVisible();
  await expect(lead.getByText(reason)).toBeVisible();
  await expect(lead.getByRole("button", { name: "Edit provider details" })).toHaveCount(0);
  await lead.getByRole("link", { name: "Contacts", exact: true }).click();
  const leadTeam = lead.getByRole("table", { name: "Provider team" });
  await expect(leadTeam.getByRole("row", { name: new RegExp(newName) })).toContainText("ISV success manager");
  await expect(lead.getByRole("button", { name: "Edit provider team" })).toHaveCount(0);
});
