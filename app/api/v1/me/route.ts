import { apiHandler, ok } from "@/lib/api/handler";
import { getMe, toMe } from "@/lib/api/v1/identity";

export const dynamic = "force-dynamic";

/** GET /api/v1/me — who the token acts as. */
export const GET = apiHandler(getMe, async ({ actor }) => ok(toMe(actor)));
