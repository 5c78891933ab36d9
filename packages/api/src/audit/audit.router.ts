import { adminProcedure, createRouter } from "../trpc/init";
import { AuditEventPage, ListAuditEventsInput } from "./audit.contracts";
import { listAuditEvents } from "./list-audit-events";

export const auditRouter = createRouter({
  list: adminProcedure
    .input(ListAuditEventsInput)
    .output(AuditEventPage)
    .query(({ ctx, input }) => listAuditEvents(ctx, input)),
});
