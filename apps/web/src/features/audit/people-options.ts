import type { ChildSummary } from "~/features/children/types";
import type { GuardianAccount, StaffMember } from "~/features/clinic/types";
import { ROLE_LABELS } from "~/features/identity/labels";

/** Everyone the audit trail can be filtered by, "Name (Role)", in alphabetical order. */
export function auditPeopleOptions(staff: StaffMember[], guardians: GuardianAccount[]) {
  return [
    ...staff.map((person) => ({
      id: person.userId,
      label: `${person.name} (${ROLE_LABELS[person.role]})`,
    })),
    ...guardians.map((person) => ({
      id: person.userId,
      label: `${person.name} (${ROLE_LABELS.guardian})`,
    })),
  ].sort((a, b) => a.label.localeCompare(b.label));
}

/** The clinic's children the trail can be filtered by, "First Last", in alphabetical order. */
export function auditChildOptions(clinicChildren: ChildSummary[]) {
  return clinicChildren
    .map((child) => ({ id: child.id, label: `${child.firstName} ${child.lastName}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
