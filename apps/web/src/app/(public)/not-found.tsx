import { NotFoundMessage } from "~/lib/not-found-message";

/** A public page that answered 404: inside the public layout's `main`. */
export default function NotFound() {
  return <NotFoundMessage />;
}
