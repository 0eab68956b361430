import pg from "pg";
import { env, setEnv } from "@/lib/env";
import { describeUrl, isListening, startEmbeddedPostgres } from "./embedded";

/** A database the start command cannot use; its message says what to do (no stack trace needed). */
export class DatabaseUnavailableError extends Error {}

/**
 * Makes sure DATABASE_URL's database exists: a fresh PostgreSQL server has no `cosell`
 * database yet, so it is created (as `createdb` would) through the server's `postgres`
 * database. Any other failure becomes one clear sentence.
 */
export async function ensureDatabase(url: string): Promise<"exists" | "created"> {
  const where = describeUrl(url);
  const tryConnect = async (connectionString: string) => {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
    await client.connect();
    return client;
  };
  try {
    const client = await tryConnect(url);
    await client.end();
    return "exists";
  } catch (e) {
    const error = e as { code?: string; message?: string };
    if (error.code !== "3D000") {
      throw new DatabaseUnavailableError(
        `Cannot reach the PostgreSQL database at ${where}: ${error.message ?? String(e)}. Check DATABASE_URL and that the server is running.`,
      );
    }
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  target.pathname = "/postgres";
  try {
    const admin = await tryConnect(target.toString());
    try {
      await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    } finally {
      await admin.end();
    }
    return "created";
  } catch (e) {
    const error = e as { code?: string; message?: string };
    if (error.code === "42P04") return "exists"; // created meanwhile by another starting instance
    throw new DatabaseUnavailableError(
      `The database "${name}" does not exist at ${where} and could not be created: ${error.message ?? String(e)}. Create it (createdb ${name}) or point DATABASE_URL to an existing one.`,
    );
  }
}

export type ResolvedDatabase = {
  url: string;
  /** What the console says about the database in use. */
  description: string;
  stop: () => Promise<void>;
};

/**
 * The database a command works on: DATABASE_URL when set; otherwise the embedded PGlite
 * database in PGLITE_DIR — reached through the running portal when it already serves it
 * (one process may own the data folder), else started here. Sets DATABASE_URL for the
 * rest of the process.
 */
export async function resolveDatabase(): Promise<ResolvedDatabase> {
  const e = env();
  if (e.DATABASE_URL) {
    const created = (await ensureDatabase(e.DATABASE_URL)) === "created";
    return {
      url: e.DATABASE_URL,
      description: `PostgreSQL at ${describeUrl(e.DATABASE_URL)} (DATABASE_URL)${created ? ", database created" : ""}`,
      stop: async () => {},
    };
  }
  const port = e.PGLITE_PORT;
  if (await isListening(port)) {
    const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
    setEnv("DATABASE_URL", url);
    return {
      url,
      description: `embedded PostgreSQL (PGlite) served by the running portal on 127.0.0.1:${port}`,
      stop: async () => {},
    };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: e.PGLITE_DIR, port });
  setEnv("DATABASE_URL", embedded.url);
  return {
    url: embedded.url,
    description: `embedded PostgreSQL (PGlite), data in ${e.PGLITE_DIR}, on 127.0.0.1:${port} — set DATABASE_URL to use a PostgreSQL server`,
    stop: embedded.stop,
  };
}
