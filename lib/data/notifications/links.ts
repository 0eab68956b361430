import { env } from "@/lib/env";

/** The portal's absolute base URL for links in emails (APP_URL, else http://localhost:PORT). */
export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
}

/** A portal path (`/opportunities/…`) as an absolute URL. */
export const absoluteUrl = (path: string): string => `${appUrl()}${path}`;

/** Only in-portal paths are stored as links: `/x…`, never `//host` or `https://…`. */
export function isPortalPath(link: string): boolean {
  return /^\/(?!\/)[^\s\\]*$/.test(link) && link.length <= 500;
}

export const NOTIFICATION_SETTINGS_PATH = "/settings/notifications";
