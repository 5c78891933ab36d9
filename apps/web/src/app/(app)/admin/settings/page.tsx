import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { ClinicSettingsForm } from "~/features/clinic/clinic-settings-form.client";
import { SchedulingSettings } from "~/features/scheduling/session-type-settings/scheduling-settings.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Clinic settings" };

export default async function AdminSettingsPage() {
  await requireAuth(["admin"]);
  const clinic = await getQueryClient().fetchQuery(trpc.clinic.get.queryOptions());
  return (
    <>
      <PageHeader
        title="Clinic settings"
        description="These settings apply to everyone in your clinic."
      />
      <ClinicSettingsForm clinic={clinic} />
      <SchedulingSettings />
    </>
  );
}
