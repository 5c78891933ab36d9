import postgres from "postgres";

import { PROGRAM_CHANNEL, type ProgramChange } from "./queries/home-program";
import { MESSAGE_CHANNEL, type MessageChange } from "./queries/messaging";

const hasStrings = <T>(value: unknown, keys: readonly (keyof T & string)[]): value is T =>
  typeof value === "object" &&
  value !== null &&
  keys.every((key) => typeof (value as Record<string, unknown>)[key] === "string");

/**
 * Listens on its own connection for what is committed on a channel by every process sharing the
 * database (postgres.js reconnects and listens again after a drop); payloads of another shape are
 * dropped.
 */
async function listenOn<T>(
  url: string,
  channel: string,
  keys: readonly (keyof T & string)[],
  onChange: (change: T) => void,
) {
  const connection = postgres(url, { max: 1, onnotice: () => undefined });
  await connection.listen(channel, (payload) => {
    const change: unknown = JSON.parse(payload);
    if (hasStrings<T>(change, keys)) onChange(change);
  });
  return { stop: () => connection.end({ timeout: 5 }) };
}

/** Committed program changes: a program, its child and its new revision. */
export const listenForProgramChanges = (url: string, onChange: (change: ProgramChange) => void) =>
  listenOn<ProgramChange>(url, PROGRAM_CHANNEL, ["programId", "childId", "revisionId"], onChange);

/** Committed messages: the message, its conversation, child and clinic. */
export const listenForMessages = (url: string, onChange: (change: MessageChange) => void) =>
  listenOn<MessageChange>(
    url,
    MESSAGE_CHANNEL,
    ["messageId", "conversationId", "childId", "clinicId"],
    onChange,
  );
