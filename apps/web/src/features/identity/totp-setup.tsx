import type { TotpEnrolment } from "@carryover/api/contracts/two-factor";

/** The key in groups of four, as apps that take it typed by hand show it. */
export const groupedKey = (secret: string) => secret.replace(/(.{4})/g, "$1 ").trim();

/** The QR code an authenticator app scans, and the same key to type in when scanning is not possible. */
export function TotpSetup({ enrolment }: { enrolment: Pick<TotpEnrolment, "secret" | "qr"> }) {
  const { size, path } = enrolment.qr;
  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      <svg
        role="img"
        aria-label="QR code to scan with your authenticator app"
        viewBox={`-4 -4 ${size + 8} ${size + 8}`}
        shapeRendering="crispEdges"
        className="size-48 shrink-0 self-center rounded-md border border-stone-200 bg-white"
      >
        <path d={path} fill="#1c1917" />
      </svg>
      <div className="flex flex-col gap-3 text-sm text-stone-700">
        <p>
          Open your authenticator app (such as Google Authenticator, Microsoft Authenticator or
          1Password), add an account, and scan this code.
        </p>
        {/* A text area, not an input: the whole key stays in view, wrapped, on a narrow phone. */}
        <label htmlFor="totp-setup-key" className="font-medium text-stone-900">
          Can&apos;t scan? Enter this setup key
        </label>
        <textarea
          id="totp-setup-key"
          readOnly
          rows={2}
          value={groupedKey(enrolment.secret)}
          onFocus={(e) => e.currentTarget.select()}
          className="-mt-2 resize-none rounded-md border border-stone-300 bg-stone-50 px-3 py-2 font-mono text-base tracking-wide text-stone-900 focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1 focus-visible:outline-hidden"
        />
      </div>
    </div>
  );
}
