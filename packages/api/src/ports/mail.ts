import nodemailer from "nodemailer";

import type { Queryable } from "@carryover/db";
import { insertOutboxMessage } from "@carryover/db/queries";

export type MailMessage = { to: string; subject: string; text: string; clinicId: string | null };

export interface MailPort {
  readonly kind: "smtp" | "outbox";
  /** `q` is the transaction that produced the message: the outbox writes in it, SMTP ignores it. */
  send(q: Queryable, message: MailMessage): Promise<void>;
}

export function createSmtpMail(smtpUrl: string, from: string): MailPort {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: "smtp",
    async send(_q, message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
  };
}

const maskEmail = (email: string) => email.replace(/^(.).*(@.*)$/, "$1***$2");

/**
 * Development mail (no SMTP_URL): kept in the database for admins to read (Admin → Outbox) and
 * announced on the console with its links, the recipient masked and no body text, so no names reach logs.
 */
export function createOutboxMail(
  announce: (line: string) => void = (line) => console.info(line),
): MailPort {
  return {
    kind: "outbox",
    async send(q, message) {
      await insertOutboxMessage(q, message);
      const links = message.text.match(/https?:\/\/\S+/g) ?? [];
      announce(
        [
          `[outbox] to ${maskEmail(message.to)}: ${message.subject}`,
          ...links.map((l) => `  ${l}`),
        ].join("\n"),
      );
    },
  };
}
