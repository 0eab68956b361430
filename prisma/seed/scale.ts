/**
 * `npm run db:seed -- --scale N`: set-based generation of a large pipeline for performance
 * work. Generated partner organisations ("Scale Partner 0001", ...; flagged `isDemo`) with
 * five ACE users each, and N opportunities spread over them, written by
 * `INSERT … SELECT generate_series(…)` in batches (no row goes through JavaScript), so a
 * million rows take minutes. Bodies are valid normalised opportunities (the shape
 * `submissionSchema` produces), with the denormalised columns filled in.
 *
 * Organisations and users have stable ids (md5 of their key) and are inserted once; every
 * run adds N more opportunities. `focusOrgRows` puts that many of them into organisation 0
 * (a "big partner" for list benchmarks); the rest are spread round-robin over the others.
 */
import type { Db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "./ids";

export type ScaleOptions = {
  /** Opportunities to add. */
  opportunities: number;
  /** Generated organisations (default: one per 2,000 opportunities, 10–1,000). */
  orgs?: number;
  /** Of `opportunities`, how many go to organisation 0 (default: an even share). */
  focusOrgRows?: number;
  /** Rows per INSERT statement (default 50,000). */
  batch?: number;
  log?: (line: string) => void;
};

export type ScaleResult = {
  orgIds: string[];
  /** Organisation 0 and its users by role. */
  focusOrg: { id: string; leadId: string; managerId: string; userIds: string[] };
  inserted: number;
  ms: number;
};

/** Stable ids, the same in SQL (`md5(key)::uuid::text`) and here. */
export const scaleOrgKey = (k: number) => `scale-org-${k}`;
export const scaleUserKey = (k: number, j: number) => `scale-user-${k}-${j}`;
const USERS_PER_ORG = 5; // 0 lead, 1 manager, 2–4 ACE users

async function md5Uuids(db: Db, keys: string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT md5(k)::uuid::text AS id FROM unnest(${keys}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`;
  return rows.map((r) => r.id);
}

export async function seedScale(db: Db, opts: ScaleOptions): Promise<ScaleResult> {
  const started = Date.now();
  const log = opts.log ?? (() => {});
  const n = Math.max(0, Math.floor(opts.opportunities));
  const orgs = Math.max(1, Math.floor(opts.orgs ?? Math.min(1000, Math.max(10, Math.ceil(n / 2000)))));
  const focus = Math.min(n, Math.max(0, Math.floor(opts.focusOrgRows ?? Math.ceil(n / orgs))));
  const batch = Math.max(1000, Math.floor(opts.batch ?? 50_000));
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.$executeRaw`
    INSERT INTO "Organization" ("id", "kind", "name", "timeZone", "locations", "isDemo", "updatedAt")
    SELECT md5('scale-org-' || k)::uuid::text, 'PARTNER', 'Scale Partner ' || lpad(k::text, 4, '0'),
           (ARRAY['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'])[1 + k % 4], ARRAY['US'], true, now()
    FROM generate_series(0, ${orgs - 1}::int) AS k
    ON CONFLICT ("id") DO NOTHING`;
  await db.$executeRaw`
    INSERT INTO "User" ("id", "organizationId", "email", "name", "passwordHash", "aceRole", "updatedAt")
    SELECT md5('scale-user-' || k || '-' || j)::uuid::text, md5('scale-org-' || k)::uuid::text,
           (ARRAY['lead', 'manager', 'user1', 'user2', 'user3'])[j + 1] || '@scale-' || lpad(k::text, 4, '0') || '.example',
           (ARRAY['Lee', 'Max', 'Uli', 'Ute', 'Udo'])[j + 1] || ' ' || (ARRAY['Lead', 'Manager', 'User', 'User', 'User'])[j + 1] || ' ' || k,
           ${passwordHash},
           ((ARRAY['ALLIANCE_LEAD', 'ACE_MANAGER', 'ACE_USER', 'ACE_USER', 'ACE_USER'])[j + 1])::"AceRole", now()
    FROM generate_series(0, ${orgs - 1}::int) AS k, generate_series(0, ${USERS_PER_ORG - 1}::int) AS j
    ON CONFLICT DO NOTHING`;
  log(`organisations: ${orgs} (5 ACE users each)`);

  // Which organisation row i belongs to: the first `focus` rows to org 0, the rest round-robin
  // over orgs 1..K-1 (or over all when there is only one).
  let inserted = 0;
  for (let from = 0; from < n; from += batch) {
    const to = Math.min(n, from + batch) - 1;
    inserted += await db.$executeRaw`
      WITH g AS (
        SELECT i,
               CASE WHEN i < ${focus}::int OR ${orgs}::int = 1 THEN 0 ELSE 1 + (i - ${focus}::int) % (${orgs}::int - 1) END AS k,
               (ARRAY['DRAFT','DRAFT','SUBMITTED','SUBMITTED','IN_REVIEW','ACTION_REQUIRED','APPROVED','APPROVED','APPROVED','APPROVED',
                      'APPROVED','APPROVED','APPROVED','APPROVED','APPROVED','APPROVED','REJECTED','SUBMITTED','ACTION_REQUIRED','DRAFT'])[1 + i % 20] AS status,
               (hashtext(i::text) & 2147483647) AS h
        FROM generate_series(${from}::int, ${to}::int) AS i
      ), r AS (
        SELECT g.*,
               CASE WHEN status = 'APPROVED'
                    THEN (ARRAY['PROSPECT','QUALIFIED','TECHNICAL_VALIDATION','BUSINESS_VALIDATION','COMMITTED','LAUNCHED','CLOSED_LOST'])[1 + (h / 7) % 7]
                    ELSE (ARRAY['PROSPECT','QUALIFIED','TECHNICAL_VALIDATION','BUSINESS_VALIDATION','COMMITTED'])[1 + (h / 7) % 5] END AS stage,
               md5('scale-user-' || k || '-' || (h % 5))::uuid::text AS owner,
               (ARRAY['Globex','Initech','Umbrella','Stark','Wayne','Hooli','Cyberdyne','Soylent','Tyrell','Nakatomi','Oscorp','Vandelay',
                      'Northwind','Contoso','Gringotts','Pied Piper'])[1 + h % 16] || ' ' ||
               (ARRAY['Retail','Health','Logistics','Media','Energy','Bank','Foods','Systems','Labs','Group'])[1 + (h / 16) % 10] || ' ' || (i % 9973) AS customer,
               (ARRAY['Data lake modernisation','SAP migration','Contact centre replacement','Demand forecasting','Backup and DR',
                      'Container platform','Database migration','Observability rollout','Security programme','IoT telemetry'])[1 + (h / 160) % 10] AS title,
               (current_date + (((h / 1600) % 400) - 60))::date AS close_date,
               ((1 + (h / 640000) % 900) * 10000)::bigint AS revenue,
               now() - make_interval(secs => (h % (365 * 86400))) AS updated
        FROM g
      )
      INSERT INTO "Opportunity" (
        "id", "organizationId", "status", "stage", "origin", "ownerId", "createdById", "customerName", "title", "countryCode",
        "targetCloseDate", "expectedMonthlyRevenueMinor", "currency", "data", "firstSubmittedAt", "submittedAt", "closeDate",
        "closedLostReason", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, md5('scale-org-' || k)::uuid::text, status::"ReviewStatus", stage::"SalesStage",
             (CASE WHEN i % 10 = 3 THEN 'BULK_IMPORT' ELSE 'PARTNER_CREATED' END)::"OpportunityOrigin", owner, owner, customer, title, 'US',
             close_date, revenue, 'USD',
             jsonb_build_object(
               'customer', jsonb_build_object('companyName', customer, 'websiteUrl', 'https://c' || (i % 9973) || '.example',
                 'industry', 'Retail', 'countryCode', 'US', 'postalCode', lpad(((h % 89999) + 10000)::text, 5, '0'),
                 'stateOrRegion', 'NY', 'city', 'New York', 'streetAddress', (1 + h % 999) || ' Broadway'),
               'project', jsonb_build_object('title', title,
                 'customerBusinessProblem', 'The customer needs to modernise ' || lower(title) || ' before the next peak season.',
                 'customerUseCase', 'Database', 'deliveryModels', jsonb_build_array('Professional Services'),
                 'expectedMonthlyRevenue', jsonb_build_object('amountMinor', revenue, 'currency', 'USD'),
                 'targetCloseDate', to_char(close_date, 'YYYY-MM-DD'),
                 'salesActivities', jsonb_build_array('Initialized discussions with customer'), 'competitor', 'No Competition'),
               'opportunityType', 'NET_NEW_BUSINESS', 'stage', stage, 'coSellWithProvider', 'NO',
               'marketing', jsonb_build_object('source', 'NONE'), 'ownerId', owner),
             CASE WHEN status = 'DRAFT' THEN NULL ELSE updated - interval '10 days' END,
             CASE WHEN status = 'DRAFT' THEN NULL ELSE updated - interval '10 days' END,
             CASE WHEN stage IN ('LAUNCHED', 'CLOSED_LOST') THEN (updated - interval '1 day')::date END,
             CASE WHEN stage = 'CLOSED_LOST' THEN 'Price' END,
             updated - interval '20 days', updated
      FROM r`;
    log(`opportunities: ${inserted.toLocaleString("en")} / ${n.toLocaleString("en")}`);
  }
  await db.$executeRawUnsafe(`ANALYZE "Opportunity"`);

  const orgIds = await md5Uuids(db, Array.from({ length: orgs }, (_, k) => scaleOrgKey(k)));
  const [leadId, managerId, ...userIds] = await md5Uuids(db, Array.from({ length: USERS_PER_ORG }, (_, j) => scaleUserKey(0, j)));
  return { orgIds, focusOrg: { id: orgIds[0], leadId, managerId, userIds }, inserted, ms: Date.now() - started };
}
