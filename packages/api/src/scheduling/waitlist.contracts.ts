import { JoinGroupInput, JoinGroupResult } from "./group.contracts";

/** Joining the waitlist asks for a group's place exactly as joining it does, and answers the same way. */
export const JoinWaitlistInput = JoinGroupInput;
export type JoinWaitlistInput = JoinGroupInput;

export const JoinWaitlistResult = JoinGroupResult;
export type JoinWaitlistResult = JoinGroupResult;
