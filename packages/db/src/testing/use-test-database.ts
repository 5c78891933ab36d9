import { afterAll, inject } from "vitest";

import { createTestDatabase, type TestDatabase } from ".";

import "./provided-context";

/** Call at the top of an integration test file: a fresh database for the file, dropped afterwards. */
export async function useTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject("testServer"));
  afterAll(database.drop);
  return database;
}
