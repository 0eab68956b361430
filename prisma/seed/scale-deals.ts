/**
 * The co-sell half of `npm run db:seed -- --scale N` (demo-data.md: "adds N opportunities and
 * N referrals spread over many organisations"): N outbound co-sell deals over the generated
 * "Scale Partner" organisations of `scale.ts`, written set-based with
 * `INSERT … SELECT generate_series(…)` in batches, like the opportunities.
 */
import type { Db } from "@/lib/db";

export type ScaleDealsOptions = {
  deals: number;
  /** The generated organisations (`seedScale`'s count); deals go round-robin over them. */
  orgs: number;
  batch?: number;
  log?: (line: string) => void;
};

export async function seedScaleDeals(db: Db, opts: ScaleDealsOptions): Promise<{ inserted: number; ms: number }> {
  const started = Date.now();
  const n = Math.max(0, Math.floor(opts.deals));
  const orgs = Math.max(1, Math.floor(opts.orgs));
  const batch = Math.max(1000, Math.floor(opts.batch ?? 50_000));
  let inserted = 0;
  for (let from = 0; from < n; from += batch) {
    const to = Math.min(n, from + batch) - 1;
    inserted += await db.$executeRaw`
      WITH g AS (
        SELECT i, i % ${orgs}::int AS k, (hashtext('deal' || i) & 2147483647) AS h
        FROM generate_series(${from}::int, ${to}::int) AS i
      ), r AS (
        SELECT g.*,
               (ARRAY['CREATED','ACCEPTED','QUALIFIED','DEVELOPED','PROPOSED','NEGOTIATED','WON','LOST','CREATED','QUALIFIED'])[1 + h % 10] AS status,
               (ARRAY['PARTNER_LED','CO_SELL','PRIVATE','CO_SELL'])[1 + (h / 10) % 4] AS deal_type,
               (ARRAY['Globex','Initech','Umbrella','Stark','Wayne','Hooli','Cyberdyne','Soylent','Tyrell','Nakatomi'])[1 + (h / 40) % 10] || ' ' ||
               (ARRAY['Retail','Health','Logistics','Media','Energy','Bank','Foods','Systems'])[1 + (h / 400) % 8] || ' ' || (i % 9973) AS customer,
               (current_date + (((h / 3200) % 300) - 30))::date AS close_date,
               ((1 + (h / 96000) % 500) * 100000)::bigint AS value,
               now() - make_interval(secs => (h % (300 * 86400))) AS updated
        FROM g
      )
      INSERT INTO "Deal" (
        "id", "organizationId", "direction", "dealType", "program", "status", "name", "location",
        "estimatedValueMinor", "currency", "estimatedCloseDate", "notes", "customerName", "customerCountryCode",
        "customerCity", "visibleToProvider", "coSellRequestState", "wonAt", "closedAt", "lostReason",
        "createdById", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, md5('scale-org-' || k)::uuid::text, 'OUTBOUND'::"DealDirection", deal_type::"DealType",
             'SERVICES_CO_SELL'::"DealProgram", status::"DealStatus", customer || ' co-sell', 'US',
             value, 'USD', close_date, 'Generated for performance work.', customer, 'US', 'New York',
             deal_type = 'CO_SELL', CASE WHEN deal_type = 'CO_SELL' THEN 'JOINED'::"CoSellRequestState" END,
             CASE WHEN status = 'WON' THEN updated END,
             CASE WHEN status IN ('WON', 'LOST') THEN updated END,
             CASE WHEN status = 'LOST' THEN 'PRICE'::"DealLostReason" END,
             md5('scale-user-' || k || '-0')::uuid::text, updated - interval '20 days', updated
      FROM r`;
    opts.log?.(`co-sell deals: ${inserted.toLocaleString("en")} / ${n.toLocaleString("en")}`);
  }
  await db.$executeRawUnsafe(`ANALYZE "Deal"`);
  return { inserted, ms: Date.now() - started };
}
