import { Email } from "@carryover/domain/identity";

/** What is wrong with the address an invitation should go to, in words; undefined when it will do. */
export function checkInvitationEmail(email: string): string | undefined {
  if (!email.trim()) return "Enter the email address the invitation should go to.";
  if (!Email.safeParse(email).success) return "Enter an email address like name@example.com.";
  return undefined;
}
