import { telHref } from "@carryover/domain/clinic";

/** How to reach the clinic, at the foot of the family's home: its phone as a link a phone can dial. */
export function ClinicContactFooter({
  contact,
}: {
  contact: { name: string; phone: string | null; address: string | null };
}) {
  if (!contact.phone && !contact.address) return null;
  return (
    <footer
      aria-label={`Contact ${contact.name}`}
      className="rounded-xl border border-stone-200 bg-stone-50 p-4 text-stone-800"
    >
      <p className="font-semibold text-stone-900">{contact.name}</p>
      {contact.phone ? (
        <p>
          Call{" "}
          <a
            href={telHref(contact.phone)}
            className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-4"
          >
            {contact.phone}
          </a>
        </p>
      ) : null}
      {contact.address ? (
        <address className="whitespace-pre-line not-italic">{contact.address}</address>
      ) : null}
    </footer>
  );
}
