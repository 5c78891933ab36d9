export * from "./accounts";
export * from "./invitations";
export * from "./passkeys";
export * from "./sign-in-steps";
export * from "./two-factor";
