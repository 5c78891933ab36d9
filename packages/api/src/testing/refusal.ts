import type { ServiceDeps } from "../context";
import { formatForClient, testMeta } from "./test-context";

/** How a call was refused, as the client reads it: the code, the field it names, the words. */
export async function refusalOf(call: Promise<unknown>, deps: ServiceDeps) {
  const error = await call.then(
    () => null,
    (cause: unknown) => cause,
  );
  if (error === null) throw new Error("the call was not refused");
  const wire = formatForClient(error, { ...deps, meta: testMeta(), session: null });
  return {
    code: wire.data.code,
    field: wire.data.field,
    message: wire.message,
    fieldErrors: wire.data.fieldErrors,
  };
}
