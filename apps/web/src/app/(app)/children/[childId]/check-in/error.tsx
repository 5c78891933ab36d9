"use client";

import { PageError, type PageErrorProps } from "~/lib/page-error.client";

export default function CheckInError(props: PageErrorProps) {
  return (
    <PageError
      {...props}
      phone
      home={{ href: "/", label: "Back to the start page" }}
      reassurance="No ratings were sent unless you saw a thank-you."
    />
  );
}
