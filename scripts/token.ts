/**
 * `npm run -s token -- create <email> [--name <name>]`: prints a new personal access token
 * (only the token, one line) for an active user of the configured database (DATABASE_URL,
 * else the embedded PGlite database). Unknown or inactive email: a message on stderr, exit 2.
 */
import { parseArgs } from "node:util";
import { resolveDatabase } from "@/lib/db/resolve";

const USAGE = "usage: npm run -s token -- create <email> [--name <token name>]";

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { name: { type: "string" } } });
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
}
const [command, email, ...rest] = parsed.positionals;
if (command !== "create" || !email || rest.length) fail(USAGE);

const database = await resolveDatabase();
let exitCode = 0;
try {
  const { createApiTokenForEmail } = await import("@/lib/data/tokens");
  const { NotFoundError, ValidationError } = await import("@/lib/errors");
  try {
    const created = await createApiTokenForEmail(email, parsed.values.name ?? `Command line ${new Date().toISOString().slice(0, 10)}`);
    process.stdout.write(`${created.token}\n`);
  } catch (e) {
    if (e instanceof NotFoundError) {
      process.stderr.write(`No active user with the email ${email} in ${database.description}.\n`);
      exitCode = 2;
    } else if (e instanceof ValidationError) {
      process.stderr.write(`${e.errors.map((x) => `${x.path}: ${x.message}`).join("\n")}\n`);
      exitCode = 2;
    } else {
      const message = e instanceof Error ? e.message.split("\n").filter(Boolean).pop() : String(e);
      process.stderr.write(`Could not create a token: ${message}\n(Is the database migrated? Run \`npm run db:migrate\`.)\n`);
      exitCode = 1;
    }
  } finally {
    const { db } = await import("@/lib/db");
    await db().$disconnect();
  }
} finally {
  await database.stop();
}
process.exit(exitCode);
