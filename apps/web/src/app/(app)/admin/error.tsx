"use client";

import { PageError, type PageErrorProps } from "~/lib/page-error.client";

export default function AdminError(props: PageErrorProps) {
  return <PageError {...props} home={{ href: "/admin", label: "Back to the overview" }} />;
}
