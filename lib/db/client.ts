import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

function createClient(url: string) {
  const adapter = new PrismaPg({ connectionString: url, max: env().DATABASE_POOL_MAX });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { __cosellDb?: PrismaClient };

/** The app's Prisma client (one per process; survives dev hot reloads). */
export function db(): PrismaClient {
  if (!globalForDb.__cosellDb) {
    const url = env().DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides one.");
    globalForDb.__cosellDb = createClient(url);
  }
  return globalForDb.__cosellDb;
}

/** A client on an explicit URL (scripts, tests). The caller disconnects it. */
export function connect(url: string): PrismaClient {
  return createClient(url);
}
