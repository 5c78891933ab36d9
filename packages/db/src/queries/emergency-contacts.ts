import { eq } from "drizzle-orm";

import type { Queryable } from "../client";
import { childEmergencyContacts, users } from "../schema";

export async function findEmergencyContact(q: Queryable, childId: string) {
  const [row] = await q
    .select({
      name: childEmergencyContacts.name,
      relationship: childEmergencyContacts.relationship,
      phone: childEmergencyContacts.phone,
      updatedAt: childEmergencyContacts.updatedAt,
      updatedByName: users.name,
    })
    .from(childEmergencyContacts)
    .leftJoin(users, eq(users.id, childEmergencyContacts.updatedById))
    .where(eq(childEmergencyContacts.childId, childId));
  return row ?? null;
}

export async function saveEmergencyContact(
  q: Queryable,
  contact: {
    childId: string;
    name: string;
    relationship: string;
    phone: string;
    updatedById: string;
    at: Date;
  },
) {
  const values = {
    name: contact.name,
    relationship: contact.relationship,
    phone: contact.phone,
    updatedById: contact.updatedById,
    updatedAt: contact.at,
  };
  await q
    .insert(childEmergencyContacts)
    .values({ childId: contact.childId, ...values })
    .onConflictDoUpdate({ target: childEmergencyContacts.childId, set: values });
}
