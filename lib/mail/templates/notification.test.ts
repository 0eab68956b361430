import { describe, expect, it } from "vitest";
import { emailLocale } from "./messages";
import { renderNotificationEmail, subjectLine } from "./notification";

const input = {
  recipientName: "Lena Lead",
  title: "Action required: O-12 · Globex <Retail>",
  body: 'The validator asks for changes.\n\nValidator\'s comment: "fix the <b>address</b>" & resubmit',
  url: "https://portal.example/opportunities/abc?x=1&y=2",
  settingsUrl: "https://portal.example/settings/notifications",
};

describe("renderNotificationEmail", () => {
  it("plain text carries greeting, title, body, the link and the settings link", () => {
    const { subject, text } = renderNotificationEmail(input);
    expect(subject).toBe("Action required: O-12 · Globex <Retail>");
    expect(text).toContain("Hello Lena Lead,");
    expect(text).toContain('Validator\'s comment: "fix the <b>address</b>" & resubmit');
    expect(text).toContain("Open it in the portal: https://portal.example/opportunities/abc?x=1&y=2");
    expect(text).toContain("https://portal.example/settings/notifications");
  });

  it("HTML escapes every value (no markup from titles, bodies or names gets through)", () => {
    const { html } = renderNotificationEmail({ ...input, recipientName: "<script>x</script>" });
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>address</b>");
    expect(html).toContain("&lt;b&gt;address&lt;/b&gt;");
    expect(html).toContain("Globex &lt;Retail&gt;");
    expect(html).toContain('href="https://portal.example/opportunities/abc?x=1&amp;y=2"');
    expect(html).toContain("changes.</p>"); // blank lines split paragraphs
  });

  it("without a link there is no button", () => {
    const { text, html } = renderNotificationEmail({ ...input, url: null });
    expect(text).not.toContain("Open it in the portal");
    expect(html).not.toContain("Open in the portal");
  });

  it.each([
    ["en", "en"],
    ["de-DE", "en"], // no German catalogue yet: English text
    ["xx-unknown", "en"], // not a locale at all
    [undefined, "en"],
  ])("locale %s: the fixed wording comes from the %s catalogue; text and HTML both carry the link and the mute hint", (locale, lang) => {
    const { subject, text, html } = renderNotificationEmail({ ...input, locale });
    expect(subject).toBe("Action required: O-12 · Globex <Retail>");
    expect(text).toContain("Hello Lena Lead,");
    expect(text).toContain(`Open it in the portal: ${input.url}`);
    expect(text).toContain(`Choose which emails you get: ${input.settingsUrl}`);
    expect(text).toContain("because of your notification settings in the Co-sell portal.");
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain('href="https://portal.example/opportunities/abc?x=1&amp;y=2"');
    expect(html).toContain(">Open in the portal</a>");
    expect(html).toContain(`<a href="${input.settingsUrl}" style="color:#4f46e5">Choose which emails you get</a>`);
    // No message key leaks when a translation is missing.
    expect(text + html).not.toMatch(/notifications\.email\./);
  });

  it("greets without a name", () => {
    expect(renderNotificationEmail({ ...input, recipientName: "  ", locale: "en" }).text.startsWith("Hello there,\n")).toBe(true);
  });

  it("subjects are one line of at most 200 characters", () => {
    expect(subjectLine("a\r\nBcc: evil@example.com")).toBe("a Bcc: evil@example.com");
    expect(subjectLine("x".repeat(300))).toHaveLength(200);
    expect(subjectLine("   ")).toBe("Co-sell portal");
  });
});

describe("emailLocale", () => {
  it("keeps a valid tag for formats and picks the catalogue by language, else English", () => {
    expect(emailLocale("en")).toEqual({ locale: "en", language: "en" });
    expect(emailLocale("de-DE")).toEqual({ locale: "de-DE", language: "en" });
    expect(emailLocale("xx-unknown")).toEqual({ locale: "en", language: "en" });
    expect(emailLocale("not a locale!")).toEqual({ locale: "en", language: "en" });
    expect(emailLocale("constructor")).toEqual({ locale: "en", language: "en" });
    expect(emailLocale(null)).toEqual({ locale: "en", language: "en" });
  });
});
