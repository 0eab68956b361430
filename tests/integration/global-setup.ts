import type { TestProject } from "vitest/node";
import { adminQuery, findTestServer, templateDbName, withDatabase } from "./server";
import { runMigrations } from "@/lib/db/migrate";

/** Once per run: on a PostgreSQL server, a migrated template database that each test file copies. */
export default async function setup(project: TestProject) {
  const found = await findTestServer();
  const TEMPLATE_DB = templateDbName();
  const server = found.kind === "postgres" ? { ...found, templateDb: TEMPLATE_DB } : found;
  project.provide("testServer", server);
  if (server.kind === "pglite") {
    console.log("Integration tests: no PostgreSQL server found, using embedded PGlite databases.");
    return;
  }
  console.log(`Integration tests: PostgreSQL at ${new URL(server.adminUrl).host}`);
  await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
  await adminQuery(server.adminUrl, `CREATE DATABASE "${TEMPLATE_DB}"`);
  await runMigrations(withDatabase(server.adminUrl, TEMPLATE_DB));
  return async () => {
    await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testServer: import("./server").TestServer;
  }
}
