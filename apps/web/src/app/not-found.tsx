import { NotFoundMessage } from "~/lib/not-found-message";

/** An address no route matches: only the root layout wraps it, so this is its one `main`. */
export default function NotFound() {
  return (
    <main id="main" className="flex min-h-screen flex-col justify-center p-6">
      <NotFoundMessage />
    </main>
  );
}
