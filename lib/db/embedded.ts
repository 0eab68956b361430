import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { batchExtendedQueries } from "./pglite-socket-batching";

/**
 * Embedded PostgreSQL: PGlite (PostgreSQL compiled to WebAssembly) served on a local TCP port,
 * so Prisma, pg and every script talk to it like to any PostgreSQL server.
 */
export type EmbeddedPostgres = { url: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(opts: { dataDir?: string; port: number }): Promise<EmbeddedPostgres> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer, PGLiteSocketHandler } = await import("@electric-sql/pglite-socket");
  batchExtendedQueries(PGLiteSocketHandler);
  if (opts.dataDir) fs.mkdirSync(path.dirname(path.resolve(opts.dataDir)), { recursive: true });
  // pg_trgm: the opportunity list's free-text indexes (migration 20261124142012_opportunity_list_indexes).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const pglite = await PGlite.create(opts.dataDir ? path.resolve(opts.dataDir) : undefined, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: opts.port, maxConnections: 32 });
  await server.start();
  const address = await server.getServerConn();
  const port = Number(String(address).split(":").pop()) || opts.port;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

/** True when something accepts TCP connections on host:port. */
export function isListening(port: number, host = "127.0.0.1", timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Describes a connection URL without its password, for logs. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}
