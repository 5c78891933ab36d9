import { uuid } from "drizzle-orm/pg-core";

import { children } from "./children";
import { clinics } from "./clinic";

/** Every record of a chart belongs to a clinic and a child, and goes with them. */
export const ofChild = () => ({
  clinicId: uuid()
    .notNull()
    .references(() => clinics.id, { onDelete: "cascade" }),
  childId: uuid()
    .notNull()
    .references(() => children.id, { onDelete: "cascade" }),
});
