import { NotFoundMessage } from "~/lib/not-found-message";

/** A signed-in page that answered 404 (another family's child, say): inside the shell's `main`. */
export default function NotFound() {
  return <NotFoundMessage />;
}
