import { z } from "zod";

import { storableText } from "@carryover/domain/bounds";
import { Email, Password } from "@carryover/domain/identity";

const Token = storableText(100).min(20, "That reset link is incomplete");

export const RequestPasswordResetInput = z.object({ email: Email });

export const PasswordResetSent = z.object({ sent: z.literal(true) });

export const PasswordResetToken = z.object({ token: Token });

export const PasswordResetState = z.object({
  state: z.enum(["USABLE", "USED", "EXPIRED", "REVOKED"]),
});

export const CompletePasswordResetInput = z.object({ token: Token, password: Password });

export const Ok = z.object({ ok: z.literal(true) });

export type RequestPasswordResetInput = z.infer<typeof RequestPasswordResetInput>;
export type CompletePasswordResetInput = z.infer<typeof CompletePasswordResetInput>;
