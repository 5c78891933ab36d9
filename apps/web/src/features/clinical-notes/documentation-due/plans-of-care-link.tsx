import Link from "next/link";

/** From the due documentation to the status of every plan of care. */
export function PlansOfCareLink() {
  return (
    <Link
      href="/plans-of-care"
      className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2"
    >
      All plans of care
    </Link>
  );
}
