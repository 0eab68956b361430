import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma 6.19 with the JavaScript engine and the pg driver adapter: works offline.
// The CLI reads `env("DATABASE_URL")` from the schema before it knows the engine; a
// placeholder keeps `prisma generate` / `migrate diff` working on a machine without one.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  schema: "prisma/schema.prisma",
});
