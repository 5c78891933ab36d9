import { Card } from "@carryover/ui";

import { ClinicPhoneLink } from "./clinic-phone-link";

type Unusable = {
  state: "expired" | "signed" | "changed" | "unknown";
  clinic?: { name: string; phone: string | null };
};

const MESSAGES = {
  expired: {
    title: "This signing link has expired",
    body: "Signing links work for 14 days. The clinic can send you a new one.",
  },
  signed: {
    title: "This plan of care is already signed",
    body: "Nothing more is needed from you. Each signing link works once.",
  },
  changed: {
    title: "This plan of care has changed since the link was sent",
    body: "The clinic edited the plan after sending it, so this link no longer matches it. The clinic can send you a link to the current plan.",
  },
  unknown: {
    title: "This signing link isn't valid",
    body: "Check that you opened the whole link from the email. If it still doesn't work, contact the clinic that sent it.",
  },
} as const;

/** Why a physician's link can no longer be signed, and whom to call. */
export function LinkUnusable({ state, clinic }: Unusable) {
  const message = MESSAGES[state];
  return (
    <Card title={message.title} titleAs="h1">
      <p className="text-stone-700">{message.body}</p>
      {clinic ? (
        <p className="mt-4 text-stone-700">
          Questions? Contact {clinic.name}
          {clinic.phone ? (
            <>
              {" "}
              at <ClinicPhoneLink phone={clinic.phone} />
            </>
          ) : (
            "."
          )}
        </p>
      ) : null}
    </Card>
  );
}
