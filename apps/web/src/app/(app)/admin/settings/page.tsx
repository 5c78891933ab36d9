import type { Metadata } from "next";

import { PageHeader } from "@carryover/ui";

import { ClinicSettingsForm } from "~/features/clinic/clinic-settings-form.client";
import { ClinicContactSection } from "~/features/clinic/settings/clinic-contact-section.client";
import { SchedulingSettings } from "~/features/scheduling/session-type-settings/scheduling-settings.client";
import { requireAuth } from "~/server/auth-session";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";

export const metadata: Metadata = { title: "Clinic settings" };

export default async function AdminSettingsPage() {
  await requireAuth(["admin"]);
  const queryClient = getQueryClient();
  const [clinic] = await Promise.all([
    queryClient.fetchQuery(trpc.clinic.get.queryOptions()),
    queryClient.prefetchQuery(trpc.clinic.contact.queryOptions()),
    queryClient.prefetchQuery(trpc.clinic.logo.queryOptions()),
  ]);
  return (
    <>
      <PageHeader
        title="Clinic settings"
        description="These settings apply to everyone in your clinic."
      />
      <ClinicSettingsForm clinic={clinic} />
      <HydrateClient>
        <div className="mt-6 max-w-3xl">
          <ClinicContactSection />
        </div>
      </HydrateClient>
      <SchedulingSettings />
    </>
  );
}
