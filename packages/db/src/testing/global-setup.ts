import type { TestProject } from "vitest/node";

import { startTestServer } from ".";

import "./provided-context";

/** Vitest global setup: one server and template per run; each test file clones its own database. */
export default async function setup(project: TestProject) {
  // TEST_DATABASE_URL points at a server to use (CI: the machine's PostgreSQL 15); otherwise an embedded one starts.
  const server = await startTestServer(process.env.TEST_DATABASE_URL || undefined);
  project.provide("testServer", { adminUrl: server.adminUrl, template: server.template });
  return server.teardown;
}
