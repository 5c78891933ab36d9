import postgres from "postgres";

import { PROGRAM_CHANNEL, type ProgramChange } from "./queries/home-program";

const isProgramChange = (value: unknown): value is ProgramChange =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as ProgramChange).programId === "string" &&
  typeof (value as ProgramChange).childId === "string" &&
  typeof (value as ProgramChange).revisionId === "string";

/**
 * Listens on its own connection for committed program changes from every process sharing the
 * database (postgres.js reconnects and listens again after a drop).
 */
export async function listenForProgramChanges(
  url: string,
  onChange: (change: ProgramChange) => void,
) {
  const connection = postgres(url, { max: 1, onnotice: () => undefined });
  await connection.listen(PROGRAM_CHANNEL, (payload) => {
    const change: unknown = JSON.parse(payload);
    if (isProgramChange(change)) onChange(change);
  });
  return { stop: () => connection.end({ timeout: 5 }) };
}
