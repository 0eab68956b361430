import { z } from "zod";

/**
 * The one place that reads process.env (lint forbids it elsewhere). Values are validated
 * with zod on first use; a malformed setting fails with a message naming the variable.
 */

/** "true"/"false" (also 1/0, yes/no, on/off), case-insensitive; anything else is refused. */
const booleanFlag = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"], { error: "must be true or false" }))
    .transform((v) => v === "true" || v === "1" || v === "yes" || v === "on");

const EnvObject = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  /** Pool size per app instance. PGlite is a single session, so keep it small there. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Folder and port of the embedded PostgreSQL (PGlite) used when DATABASE_URL is unset. */
  PGLITE_DIR: z.string().default(".data/pglite"),
  PGLITE_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Login throttling: failures allowed per email and per client address in the window. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(15 * 60),
  /**
   * true when the portal runs behind a reverse proxy that sets X-Forwarded-For (or X-Real-IP):
   * sign-in throttling then counts failures per client address taken from those headers.
   * false (default): the headers are client-supplied and ignored; every sign-in shares one
   * address key ("direct"), and the per-email limit still applies.
   */
  TRUST_PROXY: booleanFlag().default(false),
  /** REST API: requests allowed per token per minute (api.md 429). */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Test tooling: PostgreSQL server where test databases are created, and the browser. */
  TEST_DATABASE_URL: z.string().optional(),
  CHROMIUM_PATH: z.string().optional(),
  CI: z.string().optional(),
  /** Set by Next (`phase-production-build` while `next build` runs). */
  NEXT_PHASE: z.string().optional(),
  /**
   * Background jobs (pg-boss): the timer sweep every minute and email delivery. On by default
   * in the server (`instrumentation.ts`); `npm run worker` runs them alone. Off in tests.
   */
  JOBS_ENABLED: booleanFlag().optional(),
  /** Absolute base URL of the portal, for links in emails. Default http://localhost:PORT. */
  APP_URL: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL, e.g. https://cosell.example.com" }).optional(),
  /**
   * Outgoing email (domain.md §6). Without SMTP_HOST, emails are kept in the database and
   * shown at /dev/mailbox. SMTP_PORT defaults to 465 when SMTP_SECURE, else 587.
   */
  SMTP_HOST: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/, "must be a host name or IP address, without scheme or port")
    .optional(),
  SMTP_PORT: z.coerce
    .number({ error: "must be a port number (1-65535)" })
    .int("must be a port number (1-65535)")
    .min(1, "must be a port number (1-65535)")
    .max(65535, "must be a port number (1-65535)")
    .optional(),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  SMTP_SECURE: booleanFlag().optional(),
  /** Sender of every email: `address@example.com` or `Name <address@example.com>`. */
  MAIL_FROM: z
    .string()
    .trim()
    .regex(
      /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/,
      "must be an email address or `Name <address@example.com>`",
    )
    .default("Co-sell portal <no-reply@cosell.example>"),
});

/** Settings that only make sense together. */
const EnvSchema = EnvObject.superRefine((e, ctx) => {
  const smtpOnly = (["SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_SECURE"] as const).filter((k) => e[k] !== undefined);
  if (!e.SMTP_HOST && smtpOnly.length > 0)
    ctx.addIssue({
      code: "custom",
      path: ["SMTP_HOST"],
      message: `is required when ${smtpOnly.join(", ")} ${smtpOnly.length > 1 ? "are" : "is"} set`,
    });
  if (e.SMTP_USER && !e.SMTP_PASSWORD)
    ctx.addIssue({ code: "custom", path: ["SMTP_PASSWORD"], message: "is required when SMTP_USER is set" });
  if (e.SMTP_PASSWORD && !e.SMTP_USER)
    ctx.addIssue({ code: "custom", path: ["SMTP_USER"], message: "is required when SMTP_PASSWORD is set" });
});

export type Env = z.infer<typeof EnvSchema>;

const BLANK_MEANS_UNSET = [
  "JOBS_ENABLED",
  "TRUST_PROXY",
  "APP_URL",
  "SMTP_HOST",
  "SMTP_PORT",
  "SMTP_USER",
  "SMTP_PASSWORD",
  "SMTP_SECURE",
  "MAIL_FROM",
] as const;

/** A malformed setting: the message names each variable and what is wrong (no stack needed). */
export class InvalidEnvError extends Error {
  constructor(readonly issues: { name: string; message: string }[]) {
    super(`Invalid environment configuration:\n${issues.map((i) => `  ${i.name}: ${i.message}`).join("\n")}`);
    this.name = "InvalidEnvError";
  }
}

/** Validates a set of variables (pure: `env()` passes `process.env`). Throws InvalidEnvError. */
export function parseEnv(record: Record<string, string | undefined>): Env {
  const source: Record<string, string | undefined> = { ...record };
  // `SMTP_HOST=` in an env file means "not set", not "set to nothing".
  for (const key of BLANK_MEANS_UNSET) if (source[key]?.trim() === "") delete source[key];
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) throw new InvalidEnvError(parsed.error.issues.map((i) => ({ name: i.path.join("."), message: i.message })));
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  if (!cached) cached = parseEnv(process.env);
  return cached;
}

/** For scripts that set variables (e.g. the embedded database URL) before the app reads them. */
export function setEnv(name: keyof Env, value: string) {
  (process.env as Record<string, string>)[name] = value;
  cached = undefined;
}
