import Link from "next/link";

import { textLinkClasses } from "@carryover/ui";

/** The way back to the billing home from a billing page. */
export function BackToBilling() {
  return (
    <p>
      <Link href="/admin/billing" className={textLinkClasses}>
        ← Billing
      </Link>
    </p>
  );
}
