export { describeAuditEvent, isDescribedAction, type AuditFacts } from "./sentence";
export { csvCell, safeFileName, toCsv } from "./csv";
