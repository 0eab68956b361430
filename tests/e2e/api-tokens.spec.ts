/**
 * Settings → API tokens through the real UI: create a token (its secret is shown once),
 * see it listed with its last use, use it against the API, revoke it (it stops working).
 * Tom Team (team@acme.example) has tokens of no other spec.
 */
import { expect as baseExpect, test } from "./fixtures";
import { toast } from "./journey";

test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

test("creates a token shown once, lists it, uses it, revokes it", async ({ loginAs, request }) => {
  const page = await loginAs("team@acme.example");
  await page.goto("/settings/api-tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();

  const name = `E2E sync ${Date.now().toString(36)}`;
  await page.getByRole("textbox", { name: "Token name" }).fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(toast(page, `Token “${name}” created`)).toBeVisible();

  // The secret, once.
  const notice = page.getByRole("status").filter({ hasText: "Copy your new token now" });
  await expect(notice).toBeVisible();
  const secretInput = page.getByLabel(`New token “${name}”`);
  await expect(secretInput).toHaveValue(/^cs_[A-Za-z0-9_-]{43}$/);
  const secret = await secretInput.inputValue();

  // Listed by name and prefix, never used yet.
  const table = page.getByRole("table", { name: "Your API tokens" });
  const row = table.getByRole("row").filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${secret.slice(0, 10)}…`);
  await expect(row).toContainText("Never");
  await expect(row).not.toContainText(secret);

  // It works at once.
  const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: "team@acme.example" });

  // Dismissed, or after a reload, the secret is gone for good; the last use shows.
  await notice.getByRole("button", { name: "I have copied it" }).click();
  await expect(secretInput).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel(`New token “${name}”`)).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText("Never");

  // Revoke: confirm, gone from the list, refused by the API.
  await row.getByRole("button", { name: `Revoke token ${name}` }).click();
  const dialog = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
  await expect(dialog).toContainText("stops working at once");
  await dialog.getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(toast(page, `Token “${name}” revoked`)).toBeVisible();
  await expect(row).toHaveCount(0);
  const refused = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
});

test("a name is required; the error is shown at the field", async ({ loginAs }) => {
  const page = await loginAs("team@acme.example");
  await page.goto("/settings/api-tokens");
  const before = await page.getByRole("table", { name: "Your API tokens" }).getByRole("row").count();
  await page.getByRole("textbox", { name: "Token name" }).fill("   ");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Enter a name")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Copy your new token now" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Your API tokens" }).getByRole("row")).toHaveCount(before);
});
