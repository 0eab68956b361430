/**
 * `npm run db:seed [-- --force]`: applies migrations, then loads the demo data into the
 * configured database (DATABASE_URL) or the embedded one. Never runs in production by itself.
 */
import { parseArgs } from "node:util";
import { connect } from "@/lib/db";
import { env } from "@/lib/env";
import { resolveDatabase } from "@/lib/db/resolve";
import { runMigrations } from "@/lib/db/migrate";
import { NonDemoDatabaseError, seedDemo } from "./run";
import { seedScale } from "./scale";
import { seedScaleDeals } from "./scale-deals";

const { values } = parseArgs({ options: { force: { type: "boolean", default: false }, scale: { type: "string" } } });
if (env().NODE_ENV === "production" && !values.force) {
  console.error("Refusing to seed demo data with NODE_ENV=production (use --force if you really mean it).");
  process.exit(2);
}
const database = await resolveDatabase();
console.log(`Database: ${database.description}`);
const db = connect(database.url);
try {
  await runMigrations(database.url);
  await seedDemo(db, { force: values.force });
  if (values.scale !== undefined) {
    const n = Number(values.scale.replace(/[_,]/g, ""));
    if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--scale needs a positive whole number, got ${values.scale}`);
    const result = await seedScale(db, { opportunities: n, log: (line) => console.log(`  ${line}`) });
    console.log(`Scale data: ${result.inserted} opportunities over ${result.orgIds.length} organisations in ${(result.ms / 1000).toFixed(1)} s.`);
    const deals = await seedScaleDeals(db, { deals: n, orgs: result.orgIds.length, log: (line) => console.log(`  ${line}`) });
    console.log(`Scale data: ${deals.inserted} co-sell deals in ${(deals.ms / 1000).toFixed(1)} s.`);
  }
  console.log("Demo data is in place. Sign in as lead@acme.example / demo-password.");
} catch (e) {
  if (e instanceof NonDemoDatabaseError) {
    console.error(e.message);
    process.exitCode = 2;
  } else throw e;
} finally {
  await db.$disconnect();
  await database.stop();
}
