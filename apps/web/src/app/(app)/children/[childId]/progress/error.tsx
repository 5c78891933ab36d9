"use client";

import { PageError, type PageErrorProps } from "~/lib/page-error.client";

export default function ProgressError(props: PageErrorProps) {
  return (
    <PageError
      {...props}
      home={{ href: "/", label: "Back to the start page" }}
      reassurance="Nothing that was logged was lost."
    />
  );
}
