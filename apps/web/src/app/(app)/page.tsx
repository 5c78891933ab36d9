import { redirect } from "next/navigation";

import { HOME_BY_ROLE, requireAuth } from "~/server/auth-session";

export default async function HomePage() {
  const auth = await requireAuth();
  redirect(HOME_BY_ROLE[auth.actor.role]);
}
