/** A clinic's phone number as a link a phone can call. */
export function ClinicPhoneLink({ phone }: { phone: string }) {
  return (
    <a
      href={`tel:${phone.replace(/[^\d+]/g, "")}`}
      className="-my-3 inline-block py-3 font-medium text-brand-700 underline underline-offset-4"
    >
      {phone}
    </a>
  );
}
