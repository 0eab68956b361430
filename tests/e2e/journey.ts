/**
 * For journeys that set up their data through the services (the same code the pages call)
 * and drive several personas at once: the app-under-test's database, actors by email, one
 * signed-in browser context per persona, and the toasts.
 */
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { loadActor } from "@/lib/data/actors";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { setEnv } from "@/lib/env";
import { findTestServer, withDatabase } from "@/tests/integration/server";
import { expect, signIn, test } from "./fixtures";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Points this test process at the database of the app under test (as scripts/e2e-server.ts picks it). */
export function useAppDatabase() {
  test.beforeAll(async () => {
    if (process.env.E2E_DATABASE_URL) {
      setEnv("DATABASE_URL", process.env.E2E_DATABASE_URL);
      return;
    }
    const server = await findTestServer();
    setEnv(
      "DATABASE_URL",
      server.kind === "postgres"
        ? withDatabase(server.adminUrl, `cosell_e2e_${PORT}`)
        : `postgresql://postgres:postgres@127.0.0.1:${PORT + 51230}/postgres?sslmode=disable`,
    );
    setEnv("DATABASE_POOL_MAX", "2");
  });
  test.afterAll(async () => {
    await db().$disconnect();
  });
}

const actors = new Map<string, Actor>();
/** The demo persona with that email, as the services see them. */
export async function actorByEmail(email: string): Promise<Actor> {
  const cached = actors.get(email);
  if (cached) return cached;
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const found = await loadActor(user.id);
  if (!found) throw new Error(`${email} is not an active demo user`);
  actors.set(email, found);
  return found;
}

/** `as(browser, email)`: a separate signed-in browser context per persona, closed after each test. */
export function personas(): (browser: Browser, email: string) => Promise<Page> {
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  return async (browser, email) => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email);
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible({ timeout: 30_000 });
    return page;
  };
}

/** The toast showing `text`. */
export const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text });
