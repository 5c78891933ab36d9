import { createServiceDeps, type ServiceDeps } from "@carryover/api";

import { appUrl, clamAvConfig, env, paymentsConfig, storageConfig, videoConfig } from "~/env";

let deps: ServiceDeps | undefined;

/** One database pool and mail port per server process, created on first use (never at build time). */
export function serviceDeps(): ServiceDeps {
  if (deps) return deps;
  const { DATABASE_URL, SMTP_URL, MAIL_FROM, AUTH_SECRET } = env();
  if (!DATABASE_URL || !AUTH_SECRET)
    throw new Error(
      "DATABASE_URL or AUTH_SECRET is not set: start Carryover with `npm start`, which provides them.",
    );
  deps = createServiceDeps({
    databaseUrl: DATABASE_URL,
    smtpUrl: SMTP_URL,
    mailFrom: MAIL_FROM,
    appUrl: appUrl(),
    authSecret: AUTH_SECRET,
    video: videoConfig(),
    payments: paymentsConfig(),
    storage: storageConfig(),
    clamAv: clamAvConfig(),
  });
  return deps;
}
