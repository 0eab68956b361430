import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "rate-limiter-flexible"],
  experimental: {
    // The bulk import takes files up to MAX_IMPORT_BYTES (20 MB, lib/import/parse-csv.ts); the
    // multipart body around such a file is a little larger, so the limit leaves 1 MB of room and
    // the action itself refuses anything over 20 MB with the clear message.
    serverActions: { bodySizeLimit: "21mb" },
  },
};

export default withNextIntl(nextConfig);
