export { createDb, type CreateDbOptions, type Db, type Queryable, type Tx } from "./client";
export { maskDatabaseUrl } from "./server/mask-url";
export { isDatabaseUnavailable, isExclusionViolation, isUniqueViolation } from "./errors";
export { pipelined } from "./pipeline";
export { sqlExecutor, type SqlExecutor } from "./sql-executor";
export { listenForMessages, listenForProgramChanges } from "./channel-changes";
