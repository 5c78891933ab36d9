"use client";

import { PageError, type PageErrorProps } from "~/lib/page-error.client";

export default function TherapistError(props: PageErrorProps) {
  return <PageError {...props} home={{ href: "/therapist", label: "Back to your caseload" }} />;
}
