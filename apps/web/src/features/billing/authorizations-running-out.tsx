import Link from "next/link";

import type { AuthorizationRunningOut } from "@carryover/api/contracts/authorization";
import { Badge, Card, rowLinkClasses } from "@carryover/ui";

import { formatCalendarDate } from "~/lib/time";
import { plural } from "~/lib/words";

/** The clinic's authorizations to renew, the soonest first: each a link to the child's coverage. */
export function AuthorizationsRunningOut({ items }: { items: AuthorizationRunningOut[] }) {
  return (
    <Card
      title="Authorizations to renew"
      description="Within 14 days of running out at the booked pace, or 3 visits or fewer left."
    >
      {items.length === 0 ? (
        <p className="text-stone-700">None — every current authorization has room.</p>
      ) : (
        <ul className="flex flex-col" aria-label="Authorizations to renew">
          {items.map((item) => {
            const unit = item.counts === "visits" ? "visit" : "unit";
            const ended = item.daysLeft < 0;
            return (
              <li key={item.id}>
                <Link
                  href={`/admin/billing/children/${item.childId}#coverage`}
                  className={rowLinkClasses}
                >
                  <span className="min-w-0">
                    <span className="block font-medium text-stone-900">
                      {item.childName} · {item.payerName}
                    </span>
                    <span className="block text-stone-700">
                      {plural(item.leftAfterBooked, unit)} left after what is booked ·{" "}
                      {item.runsOutBy === "exhausted" ? "used up" : "ends"}{" "}
                      {formatCalendarDate(item.runsOutOn)}
                    </span>
                  </span>
                  <Badge tone={ended || item.daysLeft <= 3 ? "danger" : "warning"}>
                    {item.daysLeft === 0
                      ? "Today"
                      : ended
                        ? `${plural(-item.daysLeft, "day")} ago`
                        : `In ${plural(item.daysLeft, "day")}`}
                  </Badge>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
