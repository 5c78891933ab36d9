import { createServiceDeps, type ServiceDeps } from "@carryover/api";

import { appUrl, env, videoConfig } from "~/env";

let deps: ServiceDeps | undefined;

/** One database pool and mail port per server process, created on first use (never at build time). */
export function serviceDeps(): ServiceDeps {
  if (deps) return deps;
  const { DATABASE_URL, SMTP_URL, MAIL_FROM } = env();
  if (!DATABASE_URL)
    throw new Error(
      "DATABASE_URL is not set: start Carryover with `npm start`, which provides it.",
    );
  deps = createServiceDeps({
    databaseUrl: DATABASE_URL,
    smtpUrl: SMTP_URL,
    mailFrom: MAIL_FROM,
    appUrl: appUrl(),
    video: videoConfig(),
  });
  return deps;
}
