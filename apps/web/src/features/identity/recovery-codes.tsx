import { Alert } from "@carryover/ui";

/** Shown once, right after setting up the app: nobody, not even the clinic, can show them again. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="flex flex-col gap-3">
      <Alert tone="warning">
        Save these recovery codes somewhere safe, such as a password manager or a printed page. If
        you lose your phone, each code lets you sign in once. You won't see them again.
      </Alert>
      <ol
        aria-label="Recovery codes"
        className="grid grid-cols-1 gap-x-6 gap-y-1 rounded-md bg-stone-50 p-4 font-mono text-base sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
    </div>
  );
}
