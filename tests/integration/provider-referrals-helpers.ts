/**
 * Shared by the provider-referrals*, notifications* and jobs* tests: a world with Acme's
 * alliance lead and a named-recipient candidate, a valid referral body, a local SMTP server.
 */
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { freePort } from "@/lib/db/embedded";
import { createUser, createWorld, actorOf } from "../factories";

/** `YYYY-MM-DD`, `days` from `from`. */
export const dayIn = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** A complete referral: the opportunity fields (hidden ones filled in) plus the envelope. */
export function referralBody(partnerOrganizationId: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    partnerOrganizationId,
    customer: {
      companyName: "Globex Retail GmbH",
      websiteUrl: "https://globex.example",
      industry: "Retail",
      countryCode: "DE",
      postalCode: "10115",
      stateOrRegion: "Berlin",
      city: "Berlin-Mitte",
      streetAddress: "Invalidenstrasse 1",
      duns: "123456789",
    },
    project: {
      title: "Store analytics platform",
      customerBusinessProblem: "Stores cannot see sales by hour and lose stock to spoilage.",
      customerUseCase: "Database",
      deliveryModels: ["SaaS or PaaS"],
      expectedMonthlyRevenue: { amount: "12500.00", currency: "USD" },
      targetCloseDate: dayIn(120),
      salesActivities: ["Conducted POC / Demo"],
      competitor: "No Competition",
      additionalComments: "SECRET-COMMENT",
    },
    opportunityType: "NET_NEW_BUSINESS",
    stage: "QUALIFIED",
    coSellWithProvider: "YES",
    primaryNeedsFromProvider: ["Co-Sell - Architectural Validation"],
    marketing: { source: "NONE" },
    providerAccountId: "123456789012",
    customerContact: { firstName: "Greta", lastName: "Gruber", email: "greta@globex.example", phone: "+49 30 1234567", title: "CTO" },
    nextStep: "Intro call with the CTO next week",
    leadSource: "Provider seller",
    providerTeam: [{ role: "PDM", name: "Pat Partnerdev", email: "pdm@nimbus.example" }],
    ...over,
  };
}

export async function referralWorld() {
  const world = await createWorld();
  const inactive = await createUser(world.acme.id, { aceRole: "ACE_USER", status: "INACTIVE", name: "Ian Inactive" });
  return { ...world, inactive, actorOf };
}
export type ReferralWorld = Awaited<ReturnType<typeof referralWorld>>;

export type ReceivedMail = { from: string; to: string[]; raw: string };

/** A local SMTP server (no TLS, no auth) that keeps what it receives. */
export async function startSmtpServer(opts: Partial<SMTPServerOptions> = {}) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
    ...opts,
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until `check` returns a truthy value (polling), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 20_000, stepMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error("timed out waiting for a condition");
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
