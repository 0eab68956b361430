import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseEnv } from "./env";

/** The issues parseEnv reports for a set of variables, as `NAME: message`. */
function issuesOf(record: Record<string, string | undefined>): string[] {
  try {
    parseEnv(record);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidEnvError);
    return (e as InvalidEnvError).issues.map((i) => `${i.name}: ${i.message}`);
  }
  throw new Error("parseEnv accepted the settings");
}

describe("parseEnv: valid settings", () => {
  it("fills the defaults from an empty environment", () => {
    const e = parseEnv({});
    expect(e).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      LOGIN_MAX_FAILURES: 10,
      LOGIN_WINDOW_SECONDS: 900,
      TRUST_PROXY: false,
      MAIL_FROM: "Co-sell portal <no-reply@cosell.example>",
    });
    expect(e.SMTP_HOST).toBeUndefined();
    expect(e.DATABASE_URL).toBeUndefined();
  });

  it("accepts a complete SMTP configuration and a proxy", () => {
    const e = parseEnv({
      SMTP_HOST: "smtp.example.com",
      SMTP_PORT: "2525",
      SMTP_USER: "mailer",
      SMTP_PASSWORD: "s3cret",
      SMTP_SECURE: "No",
      MAIL_FROM: "Nimbus Co-sell <cosell@nimbus.example>",
      TRUST_PROXY: "true",
    });
    expect(e).toMatchObject({
      SMTP_HOST: "smtp.example.com",
      SMTP_PORT: 2525,
      SMTP_USER: "mailer",
      SMTP_PASSWORD: "s3cret",
      SMTP_SECURE: false,
      MAIL_FROM: "Nimbus Co-sell <cosell@nimbus.example>",
      TRUST_PROXY: true,
    });
  });

  it("treats blank optional settings as unset (an env file's `SMTP_HOST=`)", () => {
    const e = parseEnv({ SMTP_HOST: "", SMTP_PORT: " ", TRUST_PROXY: "", MAIL_FROM: "" });
    expect(e.SMTP_HOST).toBeUndefined();
    expect(e.SMTP_PORT).toBeUndefined();
    expect(e.TRUST_PROXY).toBe(false);
    expect(e.MAIL_FROM).toBe("Co-sell portal <no-reply@cosell.example>");
  });

  it.each([
    ["1", true],
    ["yes", true],
    ["ON", true],
    ["0", false],
    ["off", false],
  ])("reads TRUST_PROXY=%s as %s", (value, expected) => {
    expect(parseEnv({ TRUST_PROXY: value }).TRUST_PROXY).toBe(expected);
  });
});

describe("parseEnv: malformed settings name the variable and what is wrong", () => {
  const smtp = { SMTP_HOST: "smtp.example.com" };

  it.each(["abc", "0", "65536", "25.5", "-1"])("SMTP_PORT=%s", (port) => {
    expect(issuesOf({ ...smtp, SMTP_PORT: port })).toEqual(["SMTP_PORT: must be a port number (1-65535)"]);
  });

  it("SMTP_USER without SMTP_PASSWORD, and the reverse", () => {
    expect(issuesOf({ ...smtp, SMTP_USER: "mailer" })).toEqual(["SMTP_PASSWORD: is required when SMTP_USER is set"]);
    expect(issuesOf({ ...smtp, SMTP_PASSWORD: "s3cret" })).toEqual(["SMTP_USER: is required when SMTP_PASSWORD is set"]);
  });

  it("SMTP settings without SMTP_HOST", () => {
    expect(issuesOf({ SMTP_PORT: "587", SMTP_SECURE: "true" })).toEqual(["SMTP_HOST: is required when SMTP_PORT, SMTP_SECURE are set"]);
  });

  it.each(["smtp://mail.example.com", "mail.example.com:587", "mail example.com"])("SMTP_HOST=%s", (host) => {
    expect(issuesOf({ SMTP_HOST: host })).toEqual(["SMTP_HOST: must be a host name or IP address, without scheme or port"]);
  });

  it.each(["no-reply", "Nimbus <no-reply>", "a@b", "<x@y.example"])("MAIL_FROM=%s", (from) => {
    expect(issuesOf({ MAIL_FROM: from })).toEqual(["MAIL_FROM: must be an email address or `Name <address@example.com>`"]);
  });

  it.each(["maybe", "2", "truee"])("TRUST_PROXY=%s", (value) => {
    expect(issuesOf({ TRUST_PROXY: value })).toEqual(["TRUST_PROXY: must be true or false"]);
  });

  it("SMTP_SECURE=sometimes", () => {
    expect(issuesOf({ ...smtp, SMTP_SECURE: "sometimes" })).toEqual(["SMTP_SECURE: must be true or false"]);
  });

  it("lists every malformed variable in one message, without a stack in the text", () => {
    let error: unknown;
    try {
      parseEnv({ SMTP_HOST: "smtp.example.com", SMTP_PORT: "abc", MAIL_FROM: "nobody", DATABASE_URL: "mysql://x" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidEnvError);
    expect((error as Error).message).toBe(
      [
        "Invalid environment configuration:",
        "  DATABASE_URL: must be a postgresql:// connection URL",
        "  SMTP_PORT: must be a port number (1-65535)",
        "  MAIL_FROM: must be an email address or `Name <address@example.com>`",
      ].join("\n"),
    );
  });
});
