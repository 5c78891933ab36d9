/** drizzle wraps driver errors: the SQLSTATE sits on the postgres.js error in `cause`, as `code`. */
function codeMatching(error: unknown, pattern: RegExp): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && pattern.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

const sqlState = (error: unknown) => codeMatching(error, /^[0-9A-Z]{5}$/);

export const isUniqueViolation = (error: unknown) => sqlState(error) === "23505";
export const isExclusionViolation = (error: unknown) => sqlState(error) === "23P01";

/**
 * The server cannot be reached or went away: refused or dropped connections (postgres.js's own
 * codes and the socket's), a shutdown or restart (57P01–57P03), a connection exception (class 08).
 * Worth a "try again in a moment", unlike a failed query.
 */
export const isDatabaseUnavailable = (error: unknown) =>
  codeMatching(
    error,
    /^(CONNECTION_(CLOSED|ENDED|DESTROYED)|CONNECT_TIMEOUT|E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT|HOSTUNREACH|NETUNREACH|AI_AGAIN)|57P0[123]|08[0-9A-Z]{3})$/,
  ) !== undefined;
