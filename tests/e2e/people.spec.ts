import { expect, test } from "./fixtures";

/**
 * People administration: organisations and users (provider admin), the team page (alliance
 * lead / referral admin), partner connections and settings. The suite shares one seeded
 * database with the other specs, so every test creates its own data or restores what it
 * changes on the demo personas.
 */

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test.describe.serial("provider admin: organisations and their users", () => {
  const id = stamp();
  const orgName = `E2E Org ${id}`;
  const email = `erin-${id}@e2e.example`;
  let orgUrl = "";

  test("creates an organisation, with per-field errors for bad input", async ({ page, loginAs }) => {
    await loginAs("admin@nimbus.example");
    await page.goto("/admin/organizations");
    await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();

    // Bad input: a three-letter location code is refused at its field and nothing is created.
    await page.getByRole("button", { name: "New organisation" }).click();
    const dialog = page.getByRole("dialog", { name: "New organisation" });
    await dialog.getByLabel("Name").fill(orgName);
    await dialog.getByLabel("Time zone").selectOption("America/Chicago");
    await dialog.getByLabel("Program locations").fill("US, USA");
    await dialog.getByRole("button", { name: "Create organisation" }).click();
    await expect(dialog.getByText("USA: Use a two-letter country code, e.g. US")).toBeVisible();
    await expect(dialog.getByLabel("Program locations")).toHaveAttribute("aria-invalid", "true");
    // An empty list is refused too: a partner needs a location.
    await dialog.getByLabel("Program locations").fill("");
    await dialog.getByRole("button", { name: "Create organisation" }).click();
    await expect(dialog.getByText("A partner needs at least one location")).toBeVisible();

    await dialog.getByLabel("Program locations").fill("us de");
    await dialog.getByLabel("Training partner (ATP)").check();
    await dialog.getByRole("button", { name: "Create organisation" }).click();
    await expect(page).toHaveURL(/\/admin\/organizations\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
    await expect(page.getByLabel("Program locations")).toHaveValue("US, DE");
    await expect(page.getByRole("heading", { name: "No users yet" })).toBeVisible();
    orgUrl = new URL(page.url()).pathname;
  });

  test("adds a user to it, then deactivates and reactivates them", async ({ page, loginAs }) => {
    await loginAs("admin@nimbus.example");
    await page.goto(orgUrl);
    // A short password is refused at its field, then the user is created.
    await page.getByRole("button", { name: "Add user" }).click();
    const add = page.getByRole("dialog", { name: `Add a user to ${orgName}` });
    await add.getByLabel("Name").fill("Erin E2E");
    await add.getByLabel("Email").fill(email);
    await add.getByLabel("Initial password").fill("short");
    await add.getByLabel("ACE role").selectOption("ALLIANCE_LEAD");
    await add.getByLabel("Referral role").selectOption("REFERRAL_USER");
    await add.getByLabel("Location scope").selectOption("DE");
    await add.getByRole("button", { name: "Add user" }).click();
    await expect(add.getByText("At least 12 characters", { exact: true })).toBeVisible();
    await expect(add.getByLabel("Initial password")).toHaveAttribute("aria-invalid", "true");
    await add.getByLabel("Initial password").fill("a-long-initial-password");
    await add.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByText("Erin E2E added")).toBeVisible();
    const row = page.getByTestId(`user-row-${email}`);
    await expect(row).toContainText("Alliance lead");
    await expect(row).toContainText("Referral user");
    await expect(row).toContainText("DE");
    await expect(row).toContainText("Active");

    // Deactivate (with confirmation), then reactivate.
    await row.getByRole("button", { name: "Deactivate Erin E2E" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Deactivate Erin E2E?" });
    await confirm.getByRole("button", { name: "Deactivate", exact: true }).click();
    await expect(row).toContainText("Inactive");
    await row.getByRole("button", { name: "Reactivate Erin E2E" }).click();
    await page.getByRole("alertdialog", { name: "Reactivate Erin E2E?" }).getByRole("button", { name: "Reactivate", exact: true }).click();
    await expect(row.getByRole("button", { name: "Deactivate Erin E2E" })).toBeVisible();
    await expect(row).toContainText("Active");
  });

  test("edits it and finds it in the list", async ({ page, loginAs }) => {
    await loginAs("admin@nimbus.example");
    await page.goto(orgUrl);
    await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Organisation saved")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");

    await page.goto("/admin/organizations");
    await page.getByRole("searchbox", { name: "Search organisations by name" }).fill(id);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const table = page.getByRole("table", { name: "Organisations" });
    await expect(table.getByRole("row")).toHaveCount(2); // header + the match
    const orgRow = table.getByRole("row", { name: new RegExp(orgName) });
    await expect(orgRow).toContainText("Asia/Tokyo");
    await expect(orgRow).toContainText("US, DE");
    await expect(orgRow).toContainText("ATP");
    await expect(orgRow).toContainText("1");
  });
});

test("the alliance lead changes Ugo User's ACE role and changes it back", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.goto("/team");
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  const row = page.getByTestId("user-row-user2@acme.example");
  await expect(row).toContainText("ACE user");
  // Nobody deactivates themselves.
  await expect(page.getByTestId("user-row-lead@acme.example").getByRole("button", { name: /Deactivate/ })).toHaveCount(0);

  for (const [value, label] of [
    ["ACE_MANAGER", "ACE manager"],
    ["ACE_USER", "ACE user"],
  ] as const) {
    await row.getByRole("button", { name: "Edit roles of Ugo User" }).click();
    const dialog = page.getByRole("dialog", { name: "Roles of Ugo User" });
    await dialog.getByLabel("ACE role").selectOption(value);
    await dialog.getByRole("button", { name: "Save roles" }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText(label);
  }
  await expect(row).not.toContainText("ACE manager");
});

test("the referral admin changes a location scope and changes it back", async ({ page, loginAs }) => {
  // Lena Lead is also Acme's referral admin.
  await loginAs("lead@acme.example");
  await page.goto("/team");
  const row = page.getByTestId("user-row-user2@acme.example");
  await expect(row.getByRole("cell").nth(2)).toHaveText("US");
  for (const scope of ["DE", "US"]) {
    await row.getByRole("button", { name: "Edit roles of Ugo User" }).click();
    const dialog = page.getByRole("dialog", { name: "Roles of Ugo User" });
    const select = dialog.getByLabel("Location scope");
    // Only GLOBAL and Acme's own locations are offered.
    await expect(select.locator("option")).toHaveText(["Global (all locations)", "US", "DE"]);
    await select.selectOption(scope);
    await dialog.getByRole("button", { name: "Save roles" }).click();
    await expect(page.getByText("Roles of Ugo User updated").first()).toBeVisible();
    await expect(row.getByRole("cell").nth(2)).toHaveText(scope);
  }
});

test("Cirrus accepts Acme's pending connection; Acme sees it active, ends it and asks again", async ({ page, loginAs }) => {
  test.slow(); // two sign-ins
  await loginAs("lead@cirrus.example");
  await page.goto("/connections");
  const pending = page.getByRole("region", { name: /Pending/ });
  const acme = pending.getByRole("row", { name: /Acme Consulting/ });
  await expect(acme).toContainText("Wants to connect with you");
  await acme.getByRole("button", { name: "Accept the connection request from Acme Consulting" }).click();
  await expect(page.getByText("You are now connected with Acme Consulting")).toBeVisible();
  await expect(page.getByRole("region", { name: /Active/ }).getByRole("row", { name: /Acme Consulting/ })).toBeVisible();

  await page.context().clearCookies();
  await loginAs("lead@acme.example");
  await page.goto("/connections");
  const active = page.getByRole("region", { name: /Active/ });
  const cirrus = active.getByRole("row", { name: /Cirrus Labs/ });
  await expect(cirrus).toContainText("Active");

  // Restore the demo state (Acme → Cirrus pending): end the connection, then request it again.
  await cirrus.getByRole("button", { name: "End the connection with Cirrus Labs" }).click();
  await page.getByRole("alertdialog", { name: "End the connection with Cirrus Labs?" }).getByRole("button", { name: "End connection" }).click();
  await expect(page.getByRole("region", { name: /Ended/ }).getByRole("row", { name: /Cirrus Labs/ })).toBeVisible();
  await page.getByLabel("Partner", { exact: true }).selectOption({ label: "Cirrus Labs" });
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Connection requested from Cirrus Labs")).toBeVisible();
  await expect(page.getByRole("region", { name: /Pending/ }).getByRole("row", { name: /Cirrus Labs/ })).toContainText("Waiting for Cirrus Labs to accept");
});

test("the alliance team sees connections read-only", async ({ page, loginAs }) => {
  await loginAs("team@acme.example");
  await page.goto("/connections");
  await expect(page.getByText("Only your alliance lead requests, accepts and ends connections.")).toBeVisible();
  await expect(page.getByRole("region", { name: /Active/ }).getByRole("row", { name: /Bolt Analytics/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send request" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /End the connection/ })).toHaveCount(0);
});

test("a partner lead opening the administration gets the 404 page", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  await page.goto("/admin/organizations");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New organisation" })).toHaveCount(0);
});

test("a user without team rights gets the 404 page for the team", async ({ page, loginAs }) => {
  await loginAs("user@acme.example");
  await page.goto("/team");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("settings show the profile and switch the date and number format", async ({ page, loginAs }) => {
  await loginAs("user@acme.example");
  await page.goto("/settings");
  await expect(page.getByText("user@acme.example", { exact: true })).toBeVisible();
  await expect(page.getByText("Acme Consulting", { exact: true }).last()).toBeVisible();
  await expect(page.getByText("1,234,567.89")).toBeVisible();
  await page.getByLabel("Format", { exact: true }).selectOption("de-DE");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Format preference saved")).toBeVisible();
  await expect(page.getByText(/1\.234\.567,89/)).toBeVisible();
  await page.getByLabel("Format", { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/1,234,567\.89/)).toBeVisible();
});
