import { redirect } from "next/navigation";

import { HOME_BY_ROLE, requireSession } from "~/server/session";

export default async function HomePage() {
  const session = await requireSession();
  redirect(HOME_BY_ROLE[session.actor.role]);
}
