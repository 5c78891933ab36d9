export { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";
export { DatabaseUnreachableError, migrateDatabase } from "./migrate";
export { maskDatabaseUrl } from "./mask-url";
