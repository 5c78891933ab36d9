import { pgEnum } from "drizzle-orm/pg-core";

import { GUARDIAN_RELATIONSHIPS, ROLES } from "@carryover/domain/people";

export const roleEnum = pgEnum("role", ROLES);
export const guardianRelationshipEnum = pgEnum("guardian_relationship", GUARDIAN_RELATIONSHIPS);
