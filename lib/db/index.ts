export { db, connect, type Db } from "./client";
export { Prisma } from "@/lib/generated/prisma/client";
export type * from "@/lib/generated/prisma/client";
