import { createDb } from "@carryover/db";

import type { ServiceDeps } from "./context";
import { createOutboxMail, createSmtpMail } from "./ports/mail";

export type DepsConfig = {
  databaseUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  appUrl: string;
};

/** What services need in a running server: a pooled database, a mail port, the clock. */
export function createServiceDeps(config: DepsConfig): ServiceDeps {
  return {
    db: createDb(config.databaseUrl),
    mail: config.smtpUrl ? createSmtpMail(config.smtpUrl, config.mailFrom) : createOutboxMail(),
    now: () => new Date(),
    appUrl: config.appUrl,
  };
}
