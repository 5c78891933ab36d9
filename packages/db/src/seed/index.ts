import { eq, inArray, sql } from "drizzle-orm";

import { Activity } from "@carryover/domain/home-program";
import { DEFAULT_SESSION_TYPES, localDateOf } from "@carryover/domain/scheduling";

import type { Db, Tx } from "../client";
import { hashPassword } from "../password";
import { insertChild, setChildTherapists, upsertGuardianLink } from "../queries/children";
import { insertMembership, setLicenceStates } from "../queries/clinic";
import { insertActivityTemplates } from "../queries/home-program";
import { insertUser } from "../queries/identity";
import {
  activityTemplates,
  availabilityRules,
  children,
  clinics,
  homePrograms,
  sessionTypes,
  users,
} from "../schema";
import { ACTIVITY_TEMPLATES } from "./activity-templates";
import { seedDemoBilling } from "./billing";
import { seedDemoFees } from "./billing-fees";
import { seedDemoSecondaryClaims } from "./billing-secondary";
import { seedDemoSelfPay } from "./billing-self-pay";
import { seedDemoClinicalRecords } from "./clinical-records";
import { DEMO_CLINICS, DEMO_PASSWORD, type DemoClinic } from "./demo-data";
import { DEMO_PROGRAMS, seedDemoPrograms } from "./home-programs";
import { seedDemoForms } from "./forms";
import { seedDemoMessages } from "./messages";

export { DEMO_ACCOUNTS, DEMO_CLINICS, DEMO_PASSWORD } from "./demo-data";
export { ensureDemoVideoSessions } from "./video-sessions";

const templateRows = (clinicId: string) =>
  ACTIVITY_TEMPLATES.map((template) => {
    const activity = Activity.parse(template);
    return {
      clinicId,
      kind: activity.structure.kind,
      title: activity.content.title,
      content: activity.content,
      structure: activity.structure,
    };
  });

/**
 * A demo clinic made before home programs existed gets its library and its children's programs,
 * so an older demo database shows them too; anything already there is left as it is.
 */
async function addHomeProgramsTo(tx: Tx, clinicId: string, demo: DemoClinic, today: string) {
  const [templates] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(activityTemplates)
    .where(eq(activityTemplates.clinicId, clinicId));
  if ((templates?.n ?? 0) > 0) return false;
  await insertActivityTemplates(tx, templateRows(clinicId));
  const kids = await tx
    .select({ id: children.id, firstName: children.firstName, program: homePrograms.id })
    .from(children)
    .leftJoin(homePrograms, eq(homePrograms.childId, children.id))
    .where(eq(children.clinicId, clinicId));
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        demo.people.map((p) => p.email),
      ),
    );
  const programs = (DEMO_PROGRAMS[demo.name] ?? []).filter((p) =>
    kids.some((k) => k.firstName === p.child && !k.program),
  );
  await seedDemoPrograms(tx, {
    clinicId,
    programs,
    today,
    childIdOf: (firstName) => {
      const id = kids.find((k) => k.firstName === firstName)?.id;
      if (!id) throw new Error(`demo programs name an unknown child: ${firstName}`);
      return id;
    },
    userIdOf: (email) => {
      const id = people.find((p) => p.email === email)?.id;
      if (!id) throw new Error(`demo programs name an unknown person: ${email}`);
      return id;
    },
  });
  return true;
}

/** The clinic as its billing seed needs it: the state comes from the last line of its address. */
function billingClinic(id: string, demo: DemoClinic) {
  const [street = "", place = ""] = demo.address.split("\n");
  const [, city = "", state = "IL", zip = ""] = /^(.*),\s*([A-Z]{2})\s+(\d{5})/.exec(place) ?? [];
  return {
    id,
    name: demo.name,
    timeZone: demo.timeZone,
    phone: demo.phone,
    address: { line1: street.replace(/,.*$/, ""), city, state, zip },
    state,
    outOfNetwork: demo.children
      .filter((child) => child.outOfNetwork)
      .map((child) => `${child.firstName} ${child.lastName}`),
  };
}

/**
 * Creates the demo clinics once; a clinic that already exists by name keeps what it has, and gets
 * the home-program demo and the demo charts if it was made before they existed.
 */
export async function seedDemo(
  db: Db,
  now = new Date(),
): Promise<{ created: string[]; updated: string[] }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const created: string[] = [];
  const updated: string[] = [];
  for (const demo of DEMO_CLINICS) {
    const today = localDateOf(now, demo.timeZone);
    await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: clinics.id })
        .from(clinics)
        .where(eq(clinics.name, demo.name));
      if (existing) {
        const programs = await addHomeProgramsTo(tx, existing.id, demo, today);
        const charts = await seedDemoClinicalRecords(
          tx,
          { id: existing.id, name: demo.name, timeZone: demo.timeZone },
          now,
        );
        const billing = await seedDemoBilling(tx, billingClinic(existing.id, demo), now);
        const secondary = await seedDemoSecondaryClaims(tx, billingClinic(existing.id, demo), now);
        const fees = await seedDemoFees(tx, billingClinic(existing.id, demo), now);
        const selfPay = await seedDemoSelfPay(tx, billingClinic(existing.id, demo), now);
        const messages = await seedDemoMessages(tx, { id: existing.id }, now);
        const forms = await seedDemoForms(tx, { id: existing.id }, now);
        if (programs || charts || billing || secondary || fees || selfPay || messages || forms)
          updated.push(demo.name);
        return;
      }
      const [clinic] = await tx
        .insert(clinics)
        // The demo's accounts stay password-only, so a new user can walk in.
        .values({
          name: demo.name,
          timeZone: demo.timeZone,
          phone: demo.phone,
          address: demo.address,
          settings: { staffTwoFactorRequired: false },
        })
        .returning({ id: clinics.id });
      if (!clinic) throw new Error("insert returned no row");
      await tx
        .insert(sessionTypes)
        .values(DEFAULT_SESSION_TYPES.map((t) => ({ ...t, clinicId: clinic.id })));
      await insertActivityTemplates(tx, templateRows(clinic.id));
      const userIds = new Map<string, string>();
      for (const person of demo.people) {
        const userId = await insertUser(tx, {
          email: person.email,
          name: person.name,
          passwordHash,
        });
        const membershipId = await insertMembership(tx, {
          userId,
          clinicId: clinic.id,
          role: person.role,
        });
        if (person.licenceStates) await setLicenceStates(tx, membershipId, person.licenceStates);
        if (person.hours?.length) {
          await tx
            .insert(availabilityRules)
            .values(person.hours.map((h) => ({ ...h, therapistId: userId, clinicId: clinic.id })));
        }
        userIds.set(person.email, userId);
      }
      const idOf = (email: string) => {
        const id = userIds.get(email);
        if (!id) throw new Error(`demo data names an unknown person: ${email}`);
        return id;
      };
      const childIds = new Map<string, string>();
      for (const child of demo.children) {
        const primary = idOf(child.primaryTherapist);
        const childId = await insertChild(tx, {
          clinicId: clinic.id,
          firstName: child.firstName,
          lastName: child.lastName,
          dateOfBirth: child.dateOfBirth,
          primaryTherapistId: primary,
        });
        await setChildTherapists(tx, childId, primary, (child.otherTherapists ?? []).map(idOf));
        for (const guardian of child.guardians) {
          await upsertGuardianLink(tx, {
            childId,
            guardianId: idOf(guardian.email),
            relationship: guardian.relationship,
            canEditProgram: guardian.canEditProgram ?? false,
          });
        }
        childIds.set(child.firstName, childId);
      }
      await seedDemoPrograms(tx, {
        clinicId: clinic.id,
        programs: DEMO_PROGRAMS[demo.name] ?? [],
        today,
        childIdOf: (firstName) => {
          const id = childIds.get(firstName);
          if (!id) throw new Error(`demo programs name an unknown child: ${firstName}`);
          return id;
        },
        userIdOf: idOf,
      });
      await seedDemoClinicalRecords(
        tx,
        { id: clinic.id, name: demo.name, timeZone: demo.timeZone },
        now,
      );
      await seedDemoBilling(tx, billingClinic(clinic.id, demo), now);
      await seedDemoSecondaryClaims(tx, billingClinic(clinic.id, demo), now);
      await seedDemoFees(tx, billingClinic(clinic.id, demo), now);
      await seedDemoSelfPay(tx, billingClinic(clinic.id, demo), now);
      await seedDemoMessages(tx, { id: clinic.id }, now);
      await seedDemoForms(tx, { id: clinic.id }, now);
      created.push(demo.name);
    });
  }
  return { created, updated };
}
