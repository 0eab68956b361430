import { createHash } from "node:crypto";

/** A stable UUID for a demo object, so that seeding twice updates instead of duplicating. */
export function demoId(key: string): string {
  const h = createHash("sha1").update(`cosell-demo:${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const DEMO_PASSWORD = "demo-password";
