import type { NextRequest } from "next/server";

import { handlers } from "~/server/auth";
import { refuseForeignRequest } from "~/server/refuse-foreign-request";

export const { GET } = handlers;

/** next-auth's own form posts (sign-out) from our own origin only, on top of its CSRF token. */
export const POST = (req: NextRequest) => refuseForeignRequest(req) ?? handlers.POST(req);
