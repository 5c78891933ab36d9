import Link from "next/link";

import type { FamilyNeed } from "@carryover/domain/children";

import { formatCents } from "~/lib/money";
import { dayAndTime, zoneAbbreviation } from "~/lib/time";

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** One thing the family is asked to do, in words, with where to do it. */
function describe(need: FamilyNeed, timeZone: string) {
  switch (need.kind) {
    case "form":
      return {
        tag: "To sign",
        text: `${need.title} for ${need.childName}`,
        action: "Fill in and sign",
        href: `/family/forms/${need.formId}`,
        urgent: true,
      };
    case "message":
      return {
        tag: "New message",
        text: `${need.unread} new ${plural(need.unread, "message", "messages")} about ${need.childName}`,
        action: "Read",
        href: `/family/messages/${need.childId}`,
        urgent: true,
      };
    case "practice":
      return {
        tag: "Today",
        text: `${need.childName}'s practice for today`,
        action: "Practise",
        href: `/family/today?child=${need.childId}`,
        urgent: false,
      };
    case "session":
      return {
        tag: "Next session",
        text: `${need.sessionTypeName} with ${need.therapistName}, ${dayAndTime(need.start, timeZone)} ${zoneAbbreviation(need.start, timeZone)}${need.childNames.length > 0 ? ` (${need.childNames.join(", ")})` : ""}`,
        action: "See sessions",
        href: "/family/sessions",
        urgent: false,
      };
    case "balance":
      return {
        tag: "Balance",
        text: `${formatCents(need.cents)} owed for ${need.childName}`,
        action: "See the bill",
        href: "/family/billing",
        urgent: false,
      };
  }
}

const keyOf = (need: FamilyNeed) =>
  need.kind === "form"
    ? `form-${need.formId}`
    : need.kind === "session"
      ? `session-${need.appointmentId}`
      : `${need.kind}-${need.childId}`;

/** What needs the family now, in order: each a line and one clear action. */
export function FamilyNeeds({ needs, timeZone }: { needs: FamilyNeed[]; timeZone: string }) {
  return (
    <section aria-labelledby="family-needs-title" className="flex flex-col gap-3">
      <h2 id="family-needs-title" className="text-lg font-semibold text-stone-900">
        What needs you
      </h2>
      <ol className="flex flex-col gap-2">
        {needs.map((need) => {
          const item = describe(need, timeZone);
          return (
            <li key={keyOf(need)}>
              <Link
                href={item.href}
                className={
                  item.urgent
                    ? "flex min-h-16 items-center justify-between gap-3 rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 hover:bg-amber-100 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
                    : "flex min-h-16 items-center justify-between gap-3 rounded-xl border border-stone-200 bg-white px-4 py-3 hover:bg-stone-50 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:outline-hidden"
                }
              >
                <span className="flex flex-col">
                  <span className="text-sm font-medium text-stone-600">{item.tag}</span>
                  <span className="text-base text-stone-900">{item.text}</span>
                </span>
                <span className="shrink-0 font-medium text-brand-800" aria-hidden>
                  {item.action} →
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
