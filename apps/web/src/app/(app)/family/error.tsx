"use client";

import { PageError, type PageErrorProps } from "~/lib/page-error.client";

export default function FamilyError(props: PageErrorProps) {
  return (
    <PageError
      {...props}
      phone
      home={{ href: "/family", label: "Back to my children" }}
      reassurance="Your sessions are as you left them."
    />
  );
}
