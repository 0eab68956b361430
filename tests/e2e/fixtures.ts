import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

export const PASSWORD = "demo-password";

/** Signs in through the real sign-in form. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Session cookies per persona, made by the first real sign-in of the run (see e2e-server). */
const SESSION_DIR = path.resolve(`.data/e2e-sessions-${process.env.E2E_PORT ?? "3100"}`);
const sessionFile = (email: string) => path.join(SESSION_DIR, `${email.replace(/[^a-z0-9@.]/gi, "_")}.json`);

/**
 * `loginAs(email)`: a page signed in as that demo persona. The first call per persona signs
 * in through the form; later calls reuse its session cookie, which keeps the suite fast.
 */
export const test = base.extend<{ loginAs: (email: string) => Promise<Page> }>({
  loginAs: async ({ page }, use) => {
    await use(async (email: string) => {
      const file = sessionFile(email);
      // Whoever was signed in before is signed out first (the sign-in page sends them home).
      await page.context().clearCookies();
      if (fs.existsSync(file)) {
        await page.context().addCookies(JSON.parse(fs.readFileSync(file, "utf8")));
        await page.goto("/");
      } else {
        await signIn(page, email);
      }
      await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
      if (!fs.existsSync(file)) {
        fs.mkdirSync(SESSION_DIR, { recursive: true });
        fs.writeFileSync(file, JSON.stringify(await page.context().cookies()));
      }
      return page;
    });
  },
});

export { expect };
