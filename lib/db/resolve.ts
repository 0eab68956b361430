import { env, setEnv } from "@/lib/env";
import { describeUrl, isListening, startEmbeddedPostgres } from "./embedded";

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
    return {
      url: e.DATABASE_URL,
      description: `PostgreSQL at ${describeUrl(e.DATABASE_URL)} (DATABASE_URL)`,
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
