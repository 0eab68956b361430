import { expect, test } from "./fixtures";

/** The home page's "waiting for you" tiles lead to the lists that show those items. */

test("the alliance lead's tiles count the work waiting and open the filtered list", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  const tiles = page.getByRole("list", { name: "Your work at a glance" });
  await expect(tiles).toBeVisible();
  const actionRequired = page.getByTestId("tile-actionRequired");
  await expect(actionRequired).toContainText("Action required");
  const count = Number((await actionRequired.locator(".text-3xl").innerText()).replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  await actionRequired.click();
  await expect(page).toHaveURL(/\/opportunities\?status=ACTION_REQUIRED/);
  await expect(page.getByRole("heading", { level: 1, name: "ACE opportunities" })).toBeVisible();
  // Every row of the filtered list is one of them.
  const rows = page.getByRole("table").first().locator("tbody tr");
  await expect(rows.first()).toContainText("Action required");
  expect(await rows.count()).toBe(Math.min(count, 25));
});

test("a validator's only tile is the review queue", async ({ page, loginAs }) => {
  await loginAs("validator@nimbus.example");
  await expect(page.getByTestId("tile-reviewQueue")).toBeVisible();
  await expect(page.getByRole("list", { name: "Your work at a glance" }).getByRole("listitem")).toHaveCount(1);
  await page.getByTestId("tile-reviewQueue").click();
  await expect(page).toHaveURL(/\/review$/);
});
