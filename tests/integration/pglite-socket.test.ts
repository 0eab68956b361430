/**
 * Embedded PGlite serves every connection from one PostgreSQL session; the connection
 * handler patch (lib/db/pglite-socket-batching.ts) keeps each connection's extended-query
 * messages together. Concurrent interactive transactions and parameterised queries from
 * two clients must all succeed with the right rows (unpatched: `portal "" does not exist`).
 * Always runs on its own in-memory PGlite, whatever server the other tests use.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect, type Db } from "@/lib/db";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";

describe("embedded PGlite with several connections", () => {
  let embedded: EmbeddedPostgres;
  let a: Db;
  let b: Db;
  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ port: 0 });
    a = connect(embedded.url);
    b = connect(embedded.url);
    await a.$executeRawUnsafe(`CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL, version int NOT NULL)`);
    await a.$executeRawUnsafe(`INSERT INTO counters SELECT g, 0, 1 FROM generate_series(1, 20) g`);
  });
  afterAll(async () => {
    await a?.$disconnect();
    await b?.$disconnect();
    await embedded?.stop();
  });

  it("runs racing transactions and queries from two clients without mixing them up", async () => {
    const work = Array.from({ length: 40 }, (_, i) => {
      const client = i % 2 ? a : b;
      const id = (i % 20) + 1;
      return client.$transaction(async (tx) => {
        const [row] = await tx.$queryRaw<{ n: number; version: number }[]>`SELECT n, version FROM counters WHERE id = ${id}`;
        const updated = await tx.$executeRaw`UPDATE counters SET n = ${row!.n + 1}, version = version + 1 WHERE id = ${id} AND version = ${row!.version}`;
        return updated;
      });
    });
    const reads = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? b : a).$queryRaw<{ id: number }[]>`SELECT id FROM counters WHERE id = ${(i % 20) + 1}`.then((rows) => rows[0]?.id === (i % 20) + 1),
    );
    const results = await Promise.allSettled([...work, ...reads]);
    const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    expect(results.slice(40).every((r) => r.status === "fulfilled" && r.value === true)).toBe(true);
    const [{ total }] = await a.$queryRaw<{ total: number }[]>`SELECT sum(n)::int AS total FROM counters`;
    const applied = results.slice(0, 40).reduce((sum, r) => sum + (r.status === "fulfilled" ? Number(r.value) : 0), 0);
    expect(total).toBe(applied);
  });
});
