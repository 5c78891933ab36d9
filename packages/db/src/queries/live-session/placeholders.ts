import { sql } from "drizzle-orm";

/** The session's id in a statement built once (`reusable`). */
export const ofAppointment = () => sql.placeholder("appointmentId");
