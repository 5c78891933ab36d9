import { createHash, randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";

import {
  EvaluationContent,
  goalSentence,
  npiWithCheckDigit,
  PEDIATRIC_OT_DIAGNOSES,
  ReportContent,
  VisitNoteContent,
  type GoalVisitStatus,
} from "@carryover/domain/clinical-notes";
import { addDays, instantAt, localDateOf, weekdayOf } from "@carryover/domain/scheduling";

import type { Tx } from "../client";
import {
  childDiagnoses,
  childReferrals,
  children,
  clinicalConsents,
  clinicalGoals,
  clinicalNotes,
  homePrograms,
  memberships,
  physicianSignatureRequests,
  plansOfCare,
  programActivities,
  users,
  type Certification,
} from "../schema";
import {
  ATTESTATION,
  DEMO_CHART_TEXTS,
  DEMO_CHARTS,
  type ChartSpec,
  type DemoChartText,
  type DemoGoal,
} from "./clinical-records-text";

/**
 * Demo charts, so every list and alert of the clinical record has something to show on the first
 * start (the states are listed with DEMO_CHARTS). Inserted directly, as the rest of the seed is.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VISIT_MINUTES = 45;
const CERTIFYING_IP = "203.0.113.7";

function pick<T>(list: readonly T[], index: number): T {
  const item = list[Math.min(index, list.length - 1)];
  if (item === undefined) throw new Error("the demo charts have an empty list");
  return item;
}
const turn = <T>(list: readonly T[], index: number) => pick(list, index % list.length);

function diagnosis(code: string) {
  const found = PEDIATRIC_OT_DIAGNOSES.find((d) => d.code === code);
  if (!found) throw new Error(`the demo charts name an unlisted diagnosis: ${code}`);
  return found;
}

/** JSON with its keys sorted, so the same plan always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function statusOf(goal: DemoGoal, visit: number): GoalVisitStatus {
  if (goal.metAtVisit !== undefined && visit >= goal.metAtVisit) return "met";
  if (goal.flat) return visit % 3 === 0 ? "progressing" : "no_change";
  return visit % 4 === 0 ? "no_change" : "progressing";
}

function commentOf(goal: DemoGoal, visit: number): string {
  if (goal.metAtVisit !== undefined && visit > goal.metAtVisit)
    return "Met earlier; kept up in session and at home.";
  return goal.metAtVisit === visit
    ? pick(goal.notes, goal.notes.length - 1)
    : turn(goal.notes, visit - 1);
}

type Goal = { id: string; goal: DemoGoal };

function visitContent(
  text: DemoChartText,
  visit: number,
  context: {
    goals: Goal[];
    guardianId: string;
    /** The counted activity, once the home program has started. */
    activityId: string | undefined;
    draft: boolean;
  },
): VisitNoteContent {
  const i = visit - 1;
  const byService = turn(text.minutes, i);
  if (Object.values(byService).reduce((sum, m) => sum + m, 0) !== VISIT_MINUTES)
    throw new Error("demo visit minutes must add up to the visit");
  const { activityId } = context;
  return VisitNoteContent.parse({
    source: "in_person",
    modality: "clinic",
    placeOfService: "11",
    minutes: { byService, unmarkedChildPresent: 0, caregiverOnly: 0 },
    subjective: turn(text.soap.subjective, i),
    objective: turn(text.soap.objective, i),
    assessment: context.draft ? "" : turn(text.soap.assessment, i),
    plan: context.draft ? "" : turn(text.soap.plan, i),
    attended: { child: true, guardianIds: [context.guardianId] },
    goalStatuses: context.draft
      ? []
      : context.goals.map(({ id, goal }) => ({
          goalId: id,
          status: statusOf(goal, visit),
          comment: commentOf(goal, visit),
        })),
    coaching: [
      {
        technique: turn(text.coaching, i),
        demonstration: i < 2 ? "not_yet" : i < 5 ? "with_cues" : "independent",
      },
    ],
    trials: activityId
      ? [
          {
            activityId,
            title: text.trials.activity,
            successes: pick(text.trials.successes, i),
            attempts: text.trials.attempts,
          },
        ]
      : [],
    commenting:
      activityId && text.commenting
        ? { descriptive: pick(text.commenting, i)[0], directive: pick(text.commenting, i)[1] }
        : null,
    programChanges: [],
    groupShared: null,
  });
}

/** The weekly visit dates, oldest first. */
function visitDates(spec: ChartSpec["visits"], today: string): string[] {
  let last = addDays(today, -spec.lastDaysAgo);
  while (!spec.weekdays.includes(weekdayOf(last))) last = addDays(last, -1);
  const skipped = spec.skipWeeks ?? [];
  const weeks = spec.count + skipped.length;
  return Array.from({ length: weeks }, (_, w) => w + 1)
    .filter((week) => !skipped.includes(week))
    .map((week) => addDays(last, -7 * (weeks - week)));
}

type Person = { id: string; email: string; name: string };

/** One chart being written: its child, its people, its words and the clinic's calendar. */
type Chart = {
  tx: Tx;
  base: { clinicId: string; childId: string };
  spec: ChartSpec;
  text: DemoChartText;
  people: { guardian: Person; evaluator: Person; therapist: Person; admin: Person };
  personOf: (email: string) => Person | undefined;
  supervisorOf: (email: string) => string | undefined;
  activityIdOf: (title: string) => string | undefined;
  programStart: string | null;
  timeZone: string;
  today: string;
  now: Date;
  at: (date: string, clock: string) => Date;
  physicianNpi: string;
};

/** Diagnoses, the referral, consents and the signed evaluation. */
async function writeIntake(chart: Chart) {
  const { tx, base, text, people } = chart;
  const evaluatedOn = addDays(chart.today, -chart.spec.evaluationDaysAgo);
  const signedAt = chart.at(evaluatedOn, "17:30");
  await tx.insert(childDiagnoses).values(
    (["treatment", "medical"] as const).map((kind, position) => ({
      ...base,
      kind,
      code: text.diagnoses[kind],
      description: diagnosis(text.diagnoses[kind]).description,
      position,
      addedById: people.evaluator.id,
      createdAt: signedAt,
    })),
  );
  await tx.insert(childReferrals).values({
    ...base,
    physicianName: text.referral.physicianName,
    physicianNpi: chart.physicianNpi,
    physicianEmail: text.referral.email,
    physicianPhone: text.referral.phone,
    physicianFax: text.referral.fax,
    referredOn: addDays(evaluatedOn, -18),
    reason: text.referral.reason,
    updatedById: people.evaluator.id,
    updatedAt: signedAt,
  });
  await tx.insert(clinicalConsents).values(
    (["caregiver_training", "telehealth"] as const).map((kind) => ({
      ...base,
      kind,
      givenByName: people.guardian.name,
      givenByGuardianId: people.guardian.id,
      givenOn: evaluatedOn,
      recordedById: people.evaluator.id,
      recordedAt: chart.at(evaluatedOn, "10:00"),
    })),
  );
  const { assessments, ...evaluation } = text.evaluation;
  const [note] = await tx
    .insert(clinicalNotes)
    .values({
      ...base,
      kind: "evaluation",
      authorId: people.evaluator.id,
      serviceOn: evaluatedOn,
      visitEndedAt: chart.at(evaluatedOn, "11:00"),
      content: EvaluationContent.parse({
        ...evaluation,
        assessments: assessments.map((a) => ({ ...a, givenOn: evaluatedOn })),
        complexity: "moderate",
      }),
      signedAt,
      signedById: people.evaluator.id,
      attestation: ATTESTATION,
      createdAt: chart.at(evaluatedOn, "11:00"),
      updatedAt: signedAt,
    })
    .returning({ id: clinicalNotes.id });
  if (!note) throw new Error("insert returned no row");
  return { evaluationId: note.id, evaluatedAt: signedAt };
}

/** The plans of care in order, each certified by link or by hand, sent and waiting, or a draft. */
async function writePlans(chart: Chart, evaluationId: string) {
  const { tx, base, text, people } = chart;
  const plans: { id: string; startOn: string }[] = [];
  for (const plan of chart.spec.plans) {
    const startOn = addDays(chart.today, -plan.startDaysAgo);
    const endOn = addDays(startOn, plan.days - 1);
    const fields = {
      startOn,
      endOn,
      frequency: plan.frequency,
      interventions: text.plan.interventions,
      modalities: ["clinic" as const],
      homeProgramSummary: text.plan.homeProgramSummary,
    };
    const goals = text.goals.flatMap(({ long, short }) => [long, ...short]).map(goalSentence);
    const documentSha256 = sha256(canonicalJson({ childId: base.childId, ...fields, goals }));
    const certifiedOn = plan.certified && addDays(startOn, plan.certified.afterDays);
    const signedAt = certifiedOn ? chart.at(certifiedOn, "19:12") : null;
    const physician = { physicianName: text.referral.physicianName };
    const certification: Certification | null = !signedAt
      ? null
      : plan.certified?.by === "link"
        ? {
            method: "link",
            ...physician,
            physicianNpi: chart.physicianNpi,
            signedAt: signedAt.toISOString(),
            ip: CERTIFYING_IP,
            documentSha256,
          }
        : {
            method: "by_hand",
            ...physician,
            signedCopyOn: certifiedOn ?? startOn,
            recordedById: people.admin.id,
          };
    const [row] = await tx
      .insert(plansOfCare)
      .values({
        ...base,
        ...fields,
        evaluationNoteId: plans.length === 0 ? evaluationId : null,
        previousId: plans.at(-1)?.id ?? null,
        certifiedOn: certifiedOn ?? null,
        certification,
        createdById: plans.length === 0 ? people.evaluator.id : people.therapist.id,
        createdAt: chart.at(startOn, "08:00"),
        updatedAt: signedAt ?? chart.at(startOn, "08:00"),
      })
      .returning({ id: plansOfCare.id });
    if (!row) throw new Error("insert returned no row");
    plans.push({ id: row.id, startOn });
    const sentAt =
      plan.certified?.by === "link"
        ? chart.at(addDays(startOn, 1), "09:00")
        : plan.sentDaysAgo === undefined
          ? null
          : new Date(+chart.now - plan.sentDaysAgo * DAY);
    if (!sentAt) continue;
    await tx.insert(physicianSignatureRequests).values({
      planOfCareId: row.id,
      // Nobody holds a demo link's token: the hash is of random bytes.
      tokenHash: createHash("sha256").update(randomBytes(32)).digest("base64url"),
      documentSha256,
      sentTo: text.referral.email,
      expiresAt: new Date(+sentAt + 14 * DAY),
      usedAt: signedAt,
      createdAt: sentAt,
    });
  }
  return plans;
}

/** Long-term goals, each followed by its short-term steps, on the current plan. */
async function writeGoals(chart: Chart, planId: string, signedVisits: number, since: Date) {
  const goals: Goal[] = [];
  for (const { long, short } of chart.text.goals) {
    let longId: string | null = null;
    for (const goal of [long, ...short]) {
      const [row]: { id: string }[] = await chart.tx
        .insert(clinicalGoals)
        .values({
          ...chart.base,
          planOfCareId: planId,
          longTermGoalId: longId,
          term: longId ? "short" : "long",
          who: goal.who,
          does: goal.does,
          howWell: goal.howWell,
          byWhen: goal.byWhen,
          familyWording: goal.familyWording,
          state: (goal.metAtVisit ?? Infinity) <= signedVisits ? "met" : "active",
          programGoalId: goal.programGoalId ?? null,
          activityIds: (goal.activities ?? []).flatMap((title) => chart.activityIdOf(title) ?? []),
          position: goals.length,
          createdAt: since,
          updatedAt: since,
        })
        .returning({ id: clinicalGoals.id });
      if (!row) throw new Error("insert returned no row");
      longId ??= row.id;
      goals.push({ id: row.id, goal });
    }
  }
  return goals;
}

/** Weekly visit notes (signed, co-signed, waiting or late) and the progress report among them. */
async function writeVisits(chart: Chart, plans: { id: string; startOn: string }[], goals: Goal[]) {
  const { tx, base, spec, text, people } = chart;
  const planOn = (date: string) =>
    [...plans].reverse().find((p) => p.startOn <= date) ?? pick(plans, 0);
  const visits = visitDates(spec.visits, chart.today).map((date, i) => ({
    visit: i + 1,
    date,
    endedAt: chart.at(date, spec.visits.endsAt),
    draft: (spec.unsignedVisits ?? []).includes(i + 1),
  }));
  if (spec.visitToday) {
    const usual = chart.at(chart.today, spec.visits.endsAt);
    const endedAt = new Date(Math.min(+usual, +chart.now - HOUR));
    const date = localDateOf(endedAt, chart.timeZone);
    visits.push({ visit: visits.length + 1, date, endedAt, draft: true });
  }
  for (const { visit, date, endedAt, draft } of visits) {
    const authorEmail = spec.otherAuthors?.[visit] ?? spec.therapist;
    const author = chart.personOf(authorEmail) ?? people.therapist;
    const supervisor = chart.supervisorOf(authorEmail);
    const cosigner = supervisor === undefined ? undefined : chart.personOf(supervisor);
    const signedAt = draft ? null : new Date(+endedAt + 3 * HOUR);
    const cosigned = signedAt && cosigner && spec.awaitingCosign !== visit;
    await tx.insert(clinicalNotes).values({
      ...base,
      kind: "visit",
      planOfCareId: planOn(date).id,
      authorId: author.id,
      serviceOn: date,
      visitEndedAt: endedAt,
      content: visitContent(text, visit, {
        goals,
        guardianId: people.guardian.id,
        activityId:
          chart.programStart !== null && date >= chart.programStart
            ? chart.activityIdOf(text.trials.activity)
            : undefined,
        draft,
      }),
      signedAt,
      signedById: signedAt && author.id,
      attestation: signedAt && ATTESTATION,
      cosignerId: (signedAt && cosigner?.id) ?? null,
      cosignedAt: cosigned ? new Date(+signedAt + 18 * HOUR) : null,
      createdAt: endedAt,
      updatedAt: signedAt ?? endedAt,
    });
    const report = text.report;
    if (visit !== spec.reportAfterVisit || !report) continue;
    if (report.goals.length !== goals.length) throw new Error("a demo report covers every goal");
    const reportSignedAt = new Date(+endedAt + 4 * HOUR);
    await tx.insert(clinicalNotes).values({
      ...base,
      kind: "progress_report",
      planOfCareId: planOn(date).id,
      authorId: people.therapist.id,
      serviceOn: date,
      content: ReportContent.parse({
        periodFrom: planOn(date).startOn,
        periodTo: date,
        summary: report.summary,
        goalProgress: goals.map(({ id }, i) => ({ goalId: id, ...pick(report.goals, i) })),
        recommendations: report.recommendations,
        familySummary: report.familySummary,
        dischargeReason: null,
      }),
      signedAt: reportSignedAt,
      signedById: people.therapist.id,
      attestation: ATTESTATION,
      createdAt: endedAt,
      updatedAt: reportSignedAt,
    });
  }
  return visits.filter((v) => !v.draft).length;
}

/**
 * Writes the demo charts of one demo clinic, each child's unless its chart has begun (the seed runs
 * once per clinic; an older demo clinic gets them on its next start). Returns whether it wrote any.
 */
export async function seedDemoClinicalRecords(
  tx: Tx,
  clinic: { id: string; name: string; timeZone: string },
  now: Date,
): Promise<boolean> {
  const spec = DEMO_CHARTS[clinic.name];
  if (!spec) return false;
  const emails = [
    spec.admin,
    ...Object.keys(spec.credentials),
    ...spec.charts.flatMap((c) => [c.guardian, c.evaluator, c.therapist]),
  ];
  const people = await tx
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(inArray(users.email, emails));
  const personOf = (email: string) => people.find((p) => p.email === email);
  for (const [email, { credential, supervisor }] of Object.entries(spec.credentials)) {
    const user = personOf(email);
    if (!user) continue;
    await tx
      .update(memberships)
      .set({ credential, supervisorId: (supervisor && personOf(supervisor)?.id) ?? null })
      .where(
        and(
          eq(memberships.userId, user.id),
          eq(memberships.clinicId, clinic.id),
          isNull(memberships.credential),
        ),
      );
  }

  // A child whose chart has begun (a demo used before the charts existed) keeps it as it is.
  const begun = [clinicalNotes, childReferrals, childDiagnoses, plansOfCare].map(
    (table) => sql`exists (select 1 from ${table} where ${table.childId} = ${children.id})`,
  );
  const kids = await tx
    .select({ id: children.id, firstName: children.firstName })
    .from(children)
    .where(and(eq(children.clinicId, clinic.id), sql`not (${sql.join(begun, sql` or `)})`));
  const today = localDateOf(now, clinic.timeZone);
  let wrote = false;
  for (const chartSpec of spec.charts) {
    const text = DEMO_CHART_TEXTS[chartSpec.child];
    const childId = kids.find((k) => k.firstName === chartSpec.child)?.id;
    const [guardian, evaluator, therapist, admin] = [
      chartSpec.guardian,
      chartSpec.evaluator,
      chartSpec.therapist,
      spec.admin,
    ].map(personOf);
    // A demo clinic someone has changed since: a chart whose child or people are gone is left out.
    if (!text || !childId || !guardian || !evaluator || !therapist || !admin) continue;
    const activities = await tx
      .select({
        id: programActivities.id,
        title: sql<string>`${programActivities.content} ->> 'title'`,
        programStart: homePrograms.startDate,
      })
      .from(programActivities)
      .innerJoin(homePrograms, eq(homePrograms.id, programActivities.programId))
      .where(eq(homePrograms.childId, childId));
    const chart: Chart = {
      tx,
      base: { clinicId: clinic.id, childId },
      spec: chartSpec,
      text,
      people: { guardian, evaluator, therapist, admin },
      personOf,
      supervisorOf: (email) => spec.credentials[email]?.supervisor,
      activityIdOf: (title) => activities.find((a) => a.title === title)?.id,
      programStart: activities[0]?.programStart ?? null,
      timeZone: clinic.timeZone,
      today,
      now,
      at: (date, clock) => {
        const instant = instantAt(date, clock, clinic.timeZone);
        if (!instant) throw new Error(`${date} ${clock} does not exist in ${clinic.timeZone}`);
        return instant;
      },
      physicianNpi: npiWithCheckDigit(text.referral.npiStem),
    };
    const { evaluationId, evaluatedAt } = await writeIntake(chart);
    const plans = await writePlans(chart, evaluationId);
    const current = plans.at(-1);
    if (!current) continue;
    const signedVisits =
      visitDates(chartSpec.visits, today).length - (chartSpec.unsignedVisits?.length ?? 0);
    const goals = await writeGoals(chart, current.id, signedVisits, evaluatedAt);
    await writeVisits(chart, plans, goals);
    wrote = true;
  }
  return wrote;
}
