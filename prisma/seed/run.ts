import type { Db } from "@/lib/db";
import { seedPeople } from "./people";
import { seedOpportunities } from "./opportunities";
import { seedReferrals } from "./referrals";
import { seedProviderReferrals } from "./provider-referrals";
import { seedSharing } from "./sharing";

export class NonDemoDatabaseError extends Error {}

/**
 * Loads the demo data of shared/spec/demo-data.md. Idempotent: existing demo rows are kept
 * as they are. Refuses a database holding organisations that the seed did not create,
 * unless forced.
 */
export async function seedDemo(db: Db, opts: { force?: boolean } = {}) {
  const foreign = await db.organization.count({ where: { isDemo: false } });
  if (foreign > 0 && !opts.force)
    throw new NonDemoDatabaseError(
      `This database holds ${foreign} organisation(s) that are not demo data; not seeding. Use --force to seed anyway.`,
    );
  await seedPeople(db);
  await seedOpportunities(db);
  await seedReferrals(db);
  await seedProviderReferrals(db);
  await seedSharing(db);
}
