import { expect, signIn, test } from "./fixtures";

/**
 * Each demo persona that can sign in (demo-data.md; prisma/seed/people.ts) and exactly the
 * navigation entries their role allows (components/shell/nav-items.ts, messages/en/nav.json).
 * The ten Partner NN leads share one role: the first and the last stand for them.
 */
const LEAD = [
  "Dashboard",
  "ACE opportunities",
  "Multi-partner opportunities",
  "Provider referrals",
  "Co-sell deals",
  "Team",
  "Partner connections",
  "Settings",
];
const ACE_USER_AND_REFERRAL_USER = [
  "Dashboard",
  "ACE opportunities",
  "Multi-partner opportunities",
  "Provider referrals",
  "Co-sell deals",
  "Settings",
];
const PERSONAS: [string, string[]][] = [
  ["lead@acme.example", LEAD],
  [
    "team@acme.example",
    ["Dashboard", "ACE opportunities", "Multi-partner opportunities", "Provider referrals", "Partner connections", "Settings"],
  ],
  [
    "manager@acme.example",
    [
      "Dashboard",
      "ACE opportunities",
      "Multi-partner opportunities",
      "Provider referrals",
      "Co-sell deals",
      "Partner connections",
      "Settings",
    ],
  ],
  ["user@acme.example", ACE_USER_AND_REFERRAL_USER],
  ["user2@acme.example", ACE_USER_AND_REFERRAL_USER],
  ["noace@acme.example", ["Dashboard", "Co-sell deals", "Settings"]],
  ["lead@bolt.example", LEAD],
  ["user@bolt.example", ACE_USER_AND_REFERRAL_USER],
  ["lead@cirrus.example", LEAD],
  ["lead@partner01.example", LEAD],
  ["lead@partner10.example", LEAD],
  ["validator@nimbus.example", ["Dashboard", "Review queue", "Settings"]],
  ["seller@nimbus.example", ["Dashboard", "ACE opportunities", "Sent referrals", "Co-sell deals", "Co-sell requests", "Settings"]],
  ["admin@nimbus.example", ["Dashboard", "Organisations", "Exchange rates", "Deal registrations", "Settings"]],
];

for (const [email, expected] of PERSONAS) {
  test(`${email} signs in and sees the navigation of their role`, async ({ page, loginAs }) => {
    await loginAs(email);
    const nav = page.getByRole("navigation", { name: "Main navigation" });
    for (const label of expected) await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
    // Nothing beyond what the role allows.
    const links = await nav.getByRole("link").allInnerTexts();
    expect(
      links
        .map((l) => l.trim())
        .filter(Boolean)
        .sort(),
    ).toEqual([...expected].sort());
  });
}

test("a wrong password is refused without revealing whether the email exists", async ({ page }) => {
  await signIn(page, "lead@acme.example", "wrong-password");
  const alert = page.getByRole("alert").filter({ hasText: "The email or password is not correct." });
  await expect(alert).toBeVisible();
  await signIn(page, "nobody@acme.example", "wrong-password");
  await expect(alert).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("an inactive user is refused with the right message", async ({ page }) => {
  await signIn(page, "inactive@acme.example");
  await expect(page.getByRole("alert").filter({ hasText: "This account has been deactivated" })).toBeVisible();
});

test("malformed sign-in input gets per-field messages", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Enter your password")).toBeVisible();
});

test("a partner opening an admin URL gets not-found", async ({ page, loginAs }) => {
  await loginAs("lead@acme.example");
  const response = await page.goto("/admin/organizations");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("an unknown route is a friendly 404 and signing out returns to sign-in", async ({ page, loginAs }) => {
  await loginAs("manager@acme.example");
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("button", { name: /Account menu for Mia Manager/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("the health check reports the app and the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", app: "ok", database: "ok" });
});
