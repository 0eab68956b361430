/** `npm run db:migrate`: applies pending migrations to the configured (or embedded) database. */
import { resolveDatabase } from "@/lib/db/resolve";
import { runMigrations } from "@/lib/db/migrate";

const database = await resolveDatabase();
console.log(`Database: ${database.description}`);
try {
  const { applied } = await runMigrations(database.url, { log: (l) => console.log(`  ${l}`) });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} finally {
  await database.stop();
}
