import { Activity, PracticeEntry, type ActivityStructure } from "@carryover/domain/home-program";

import type { Tx } from "../client";
import {
  checkIns,
  homePrograms,
  practiceLogs,
  programActivities,
  programRevisions,
  type CheckInRating,
} from "../schema";
import { ACTIVITY_TEMPLATES } from "./activity-templates";

/**
 * Demo home programs with weeks of practice behind them, so every chart, suggestion and flag has
 * something to show on the first start: Maya is ready to step up a buttoning level, Eli's shoes
 * chain is due to extend, Sofia's scissors have not moved for seven weeks (a review), and Noah's
 * family practises less than prescribed.
 */

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const mondayOf = (date: string) => {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
};

/** A repeatable sequence in [0, 1), so the demo is the same on every first start. */
function randomFrom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function template(title: string): Activity {
  const found = ACTIVITY_TEMPLATES.find((t) => t.content.title === title);
  if (!found) throw new Error(`no activity template named ${title}`);
  return Activity.parse(found);
}

type Practice = { day: number; entry: PracticeEntry; minutes?: number; note?: string };

type DemoActivity = {
  title: string;
  /** The structure as it stands today (after the advances below). */
  adjust?: (structure: ActivityStructure) => ActivityStructure;
  /** Days from the program start on which a level or step moved, with the words for the history. */
  advances?: { day: number; change: string }[];
  /** What the family logged, given the structure as it stands today. */
  practice: (random: () => number, days: number, structure: ActivityStructure) => Practice[];
};

type DemoProgram = {
  child: string;
  guardian: string;
  therapist: string;
  weeksAgo: number;
  minutesPerDay: number;
  daysPerWeek: number;
  goals: { id: string; familyWords: string; clinicalWording: string }[];
  guardianEditable: string[];
  activities: DemoActivity[];
  checkIns: { week: number; ratings: CheckInRating[] }[];
};

/** Practice on most days, as real families manage: `rate` of the days, never on a skipped Sunday. */
const practiceDays = (random: () => number, days: number, rate: number) =>
  Array.from({ length: days }, (_, day) => day).filter((day) => day % 7 !== 6 && random() < rate);

/** Ladder sessions at each level in turn: `levels` gives the level and success count per stretch of days. */
function ladderPractice(
  stretches: { until: number; level: number; successes: [number, number] }[],
  rate: number,
) {
  return (random: () => number, days: number): Practice[] =>
    practiceDays(random, days, rate).map((day) => {
      const stretch = stretches.find((s) => day < s.until) ?? stretches[stretches.length - 1];
      if (!stretch) throw new Error("a ladder needs a stretch");
      const [low, high] = stretch.successes;
      const success = low + Math.floor(random() * (high - low + 1));
      const withHelp = Math.min(10 - success, 1 + Math.floor(random() * 2));
      return {
        day,
        entry: {
          kind: "ladder",
          level: stretch.level,
          success,
          withHelp,
          notYet: 10 - success - withHelp,
        },
        minutes: 5 + Math.floor(random() * 4),
      };
    });
}

const MAPLE_PROGRAMS: DemoProgram[] = [
  {
    child: "Maya",
    guardian: "parent.johnson@maplegrove.test",
    therapist: "ot.rivera@maplegrove.test",
    weeksAgo: 7,
    minutesPerDay: 15,
    daysPerWeek: 5,
    goals: [
      {
        id: "dressing",
        familyWords: "Get dressed in the morning with fewer reminders",
        clinicalWording: "Independent upper-body dressing including fasteners",
      },
      {
        id: "homework",
        familyWords: "Start homework without a meltdown",
        clinicalWording: "Self-regulation before seated fine-motor tasks",
      },
      {
        id: "connection",
        familyWords: "Enjoy practising together",
        clinicalWording: "Caregiver descriptive commenting at 4:1 during play",
      },
    ],
    guardianEditable: ["routine_times", "sensory_moments"],
    activities: [
      {
        title: "Buttoning, big to small",
        adjust: (s) => (s.kind === "ladder" ? { ...s, currentLevel: 2 } : s),
        advances: [
          {
            day: 15,
            change:
              "Level changed from 1 “Unbutton big buttons on the table” to 2 “Button big buttons on the table”",
          },
          {
            day: 33,
            change:
              "Level changed from 2 “Button big buttons on the table” to 3 “Button a shirt on their lap”",
          },
        ],
        // Up to the step-up rule at levels 0 and 1, and three strong sessions at level 2 just now.
        practice: (random, days) =>
          ladderPractice(
            [
              { until: 8, level: 0, successes: [5, 7] },
              { until: 15, level: 0, successes: [8, 9] },
              { until: 24, level: 1, successes: [4, 7] },
              { until: 33, level: 1, successes: [8, 10] },
              { until: days - 9, level: 2, successes: [5, 7] },
              { until: days, level: 2, successes: [8, 9] },
            ],
            0.75,
          )(random, days),
      },
      {
        title: "Heavy work when you get home",
        practice: (random, days) =>
          practiceDays(random, days, 0.7).map((day) => ({
            day,
            entry: {
              kind: "sensory_diet",
              outcome: random() < 0.85 ? "done" : "skipped",
              moment: "After school",
            },
            minutes: 6,
          })),
      },
      {
        title: "Be the sportscaster: commenting during play",
        practice: (random, days) =>
          practiceDays(random, days, 0.5).map((day) => {
            const directive = 2 + Math.floor(random() * 3);
            return {
              day,
              entry: {
                kind: "descriptive_commenting",
                descriptive: Math.round(directive * (1.5 + (day / days) * 3)),
                directive,
              },
              minutes: 10,
            };
          }),
      },
    ],
    checkIns: [
      {
        week: 0,
        ratings: [
          { goalId: "dressing", performance: 3, satisfaction: 2 },
          { goalId: "homework", performance: 2, satisfaction: 2 },
          { goalId: "connection", performance: 5, satisfaction: 4 },
        ],
      },
      {
        week: 4,
        ratings: [
          { goalId: "dressing", performance: 5, satisfaction: 5 },
          { goalId: "homework", performance: 4, satisfaction: 3 },
          { goalId: "connection", performance: 6, satisfaction: 6 },
        ],
      },
    ],
  },
  {
    child: "Eli",
    guardian: "parent.johnson@maplegrove.test",
    therapist: "ot.chen@maplegrove.test",
    weeksAgo: 6,
    minutesPerDay: 10,
    daysPerWeek: 5,
    goals: [
      {
        id: "shoes",
        familyWords: "Put on his own socks and shoes before school",
        clinicalWording: "Independent lower-body dressing (socks, shoes) via backward chaining",
      },
      {
        id: "teeth",
        familyWords: "Brush his teeth without a fight",
        clinicalWording: "Tolerance of and participation in oral hygiene",
      },
      {
        id: "mornings",
        familyWords: "Leave the house on time",
        clinicalWording: "Morning routine completion with reduced prompting",
      },
    ],
    guardianEditable: ["routine_times"],
    activities: [
      {
        title: "Socks and shoes on",
        adjust: (s) => (s.kind === "chain" ? { ...s, childFrom: Math.max(0, s.childFrom - 1) } : s),
        advances: [{ day: 20, change: "The child now does the last 2 steps alone" }],
        // Three independent tries in a row since the last extension: the next step is due.
        practice: (random, days, structure) => {
          const now = structure.kind === "chain" ? structure.childFrom : 0;
          const last = structure.kind === "chain" ? structure.steps.length - 1 : 0;
          return practiceDays(random, days, 0.8).map((day, i, all) => {
            const afterExtension = day >= 20;
            const recent = i >= all.length - 3;
            const independent = recent || (!afterExtension && day > 12 && random() < 0.8);
            const childFrom = afterExtension ? now : now + 1;
            return {
              day,
              entry: {
                kind: "chain",
                childFrom,
                steps: Array.from({ length: last - childFrom + 1 }, (_, k) => childFrom + k).map(
                  (index) => ({
                    index,
                    done: true,
                    prompt: independent ? "independent" : "verbal",
                  }),
                ),
              },
              minutes: 6,
            };
          });
        },
      },
      {
        title: "Brushing teeth",
        practice: (random, days, structure) => {
          const last = structure.kind === "chain" ? structure.steps.length - 1 : 0;
          return practiceDays(random, days, 0.6).map((day) => ({
            day,
            entry: {
              kind: "chain",
              childFrom: last,
              steps: [{ index: last, done: random() < 0.7, prompt: "verbal" }],
            },
            minutes: 4,
          }));
        },
      },
    ],
    checkIns: [
      {
        week: 0,
        ratings: [
          { goalId: "shoes", performance: 2, satisfaction: 2 },
          { goalId: "teeth", performance: 3, satisfaction: 2 },
          { goalId: "mornings", performance: 3, satisfaction: 3 },
        ],
      },
      {
        week: 4,
        ratings: [
          { goalId: "shoes", performance: 4, satisfaction: 5 },
          { goalId: "teeth", performance: 3, satisfaction: 3 },
          { goalId: "mornings", performance: 4, satisfaction: 4 },
        ],
      },
    ],
  },
  {
    child: "Sofia",
    guardian: "parent.garcia@maplegrove.test",
    therapist: "ot.rivera@maplegrove.test",
    weeksAgo: 9,
    minutesPerDay: 10,
    daysPerWeek: 4,
    goals: [
      {
        id: "scissors",
        familyWords: "Cut out shapes for school projects",
        clinicalWording: "Bilateral coordination and graded scissor control",
      },
      {
        id: "homework",
        familyWords: "Sit for homework for 15 minutes",
        clinicalWording: "Sustained seated attention with sensory supports",
      },
      {
        id: "snack",
        familyWords: "Try crunchy foods",
        clinicalWording: "Oral-motor input tolerance",
      },
    ],
    guardianEditable: [],
    activities: [
      {
        title: "Scissor skills: snip to circle",
        adjust: (s) => (s.kind === "ladder" ? { ...s, currentLevel: 1 } : s),
        advances: [
          {
            day: 6,
            change:
              "Level changed from 1 “Snip play dough snakes” to 2 “Snip card strips into confetti”",
          },
        ],
        // Stuck in the middle at level 1 since the first week: neither up nor down, and a review is due.
        practice: ladderPractice(
          [
            { until: 6, level: 0, successes: [8, 9] },
            { until: 70, level: 1, successes: [5, 7] },
          ],
          0.6,
        ),
      },
      {
        title: "Crunchy, chewy snack before homework",
        practice: (random, days) =>
          practiceDays(random, days, 0.55).map((day) => ({
            day,
            entry: {
              kind: "sensory_diet",
              outcome: random() < 0.7 ? "done" : "skipped",
              moment: "Homework",
            },
            minutes: 6,
          })),
      },
    ],
    checkIns: [
      {
        week: 0,
        ratings: [
          { goalId: "scissors", performance: 3, satisfaction: 3 },
          { goalId: "homework", performance: 4, satisfaction: 3 },
          { goalId: "snack", performance: 4, satisfaction: 5 },
        ],
      },
      {
        week: 4,
        ratings: [
          { goalId: "scissors", performance: 4, satisfaction: 3 },
          { goalId: "homework", performance: 4, satisfaction: 4 },
          { goalId: "snack", performance: 5, satisfaction: 5 },
        ],
      },
    ],
  },
];

const HARBOR_PROGRAMS: DemoProgram[] = [
  {
    child: "Noah",
    guardian: "parent.lee@harborkids.test",
    therapist: "ot.park@harborkids.test",
    weeksAgo: 6,
    minutesPerDay: 10,
    daysPerWeek: 5,
    goals: [
      {
        id: "catching",
        familyWords: "Play catch with his brother",
        clinicalWording: "Bilateral coordination and visual-motor timing",
      },
      {
        id: "mornings",
        familyWords: "Wake up ready for school",
        clinicalWording: "Arousal regulation in the morning routine",
      },
      {
        id: "together",
        familyWords: "Have fun practising together",
        clinicalWording: "Caregiver engagement in daily practice",
      },
    ],
    guardianEditable: ["routine_times", "sensory_moments"],
    activities: [
      {
        title: "Catching a ball",
        practice: ladderPractice([{ until: 70, level: 0, successes: [6, 8] }], 0.35),
      },
      {
        title: "Morning wake-up movement",
        practice: (random, days) =>
          practiceDays(random, days, 0.3).map((day) => ({
            day,
            entry: { kind: "sensory_diet", outcome: "done", moment: "Morning" },
            minutes: 5,
          })),
      },
    ],
    checkIns: [
      {
        week: 0,
        ratings: [
          { goalId: "catching", performance: 3, satisfaction: 4 },
          { goalId: "mornings", performance: 3, satisfaction: 3 },
          { goalId: "together", performance: 5, satisfaction: 5 },
        ],
      },
    ],
  },
];

export const DEMO_PROGRAMS: Record<string, DemoProgram[]> = {
  "Maple Grove Pediatric Therapy": MAPLE_PROGRAMS,
  "Harbor Kids OT": [
    ...HARBOR_PROGRAMS,
    // Noah's brother Leo, seen out of network: Maple Grove's Eli's program.
    ...MAPLE_PROGRAMS.filter((program) => program.child === "Eli").map((program) => ({
      ...program,
      child: "Leo",
      guardian: "parent.lee@harborkids.test",
      therapist: "ot.park@harborkids.test",
    })),
  ],
};

/** Writes a clinic's demo programs, their history and practice, relative to `today` (the clinic's local date). */
export async function seedDemoPrograms(
  tx: Tx,
  options: {
    clinicId: string;
    programs: DemoProgram[];
    today: string;
    childIdOf: (firstName: string) => string;
    userIdOf: (email: string) => string;
  },
) {
  for (const [index, demo] of options.programs.entries()) {
    const random = randomFrom(index + 7);
    const startDate = addDays(mondayOf(options.today), -7 * demo.weeksAgo);
    const days =
      demo.weeksAgo * 7 + (Date.parse(options.today) - Date.parse(mondayOf(options.today))) / DAY;
    const childId = options.childIdOf(demo.child);
    const therapistId = options.userIdOf(demo.therapist);
    const guardianId = options.userIdOf(demo.guardian);
    const at = (day: number, hour = 17) =>
      new Date(Date.parse(`${addDays(startDate, day)}T00:00:00Z`) + hour * 3_600_000);

    const [program] = await tx
      .insert(homePrograms)
      .values({
        clinicId: options.clinicId,
        childId,
        goals: demo.goals,
        minutesPerDay: demo.minutesPerDay,
        daysPerWeek: demo.daysPerWeek,
        startDate,
        guardianEditable: demo.guardianEditable,
        createdAt: at(0, 15),
      })
      .returning({ id: homePrograms.id });
    if (!program) throw new Error("insert returned no row");
    await tx.insert(programRevisions).values({
      programId: program.id,
      actorId: therapistId,
      at: at(0, 15),
      action: "program.create",
      changes: ["Started the home program"],
    });

    for (const [position, item] of demo.activities.entries()) {
      const activity = template(item.title);
      const structure = item.adjust ? item.adjust(activity.structure) : activity.structure;
      const version = 1 + (item.advances?.length ?? 0);
      const [row] = await tx
        .insert(programActivities)
        .values({
          programId: program.id,
          clinicId: options.clinicId,
          position,
          kind: structure.kind,
          content: activity.content,
          structure,
          version,
          updatedById: therapistId,
          createdAt: at(0, 15),
        })
        .returning({ id: programActivities.id });
      if (!row) throw new Error("insert returned no row");
      await tx.insert(programRevisions).values([
        {
          programId: program.id,
          activityId: row.id,
          actorId: therapistId,
          at: at(0, 15),
          action: "activity.create",
          changes: [`Added “${activity.content.title}”`],
          activityVersion: 1,
        },
        ...(item.advances ?? []).map((advance, i) => ({
          programId: program.id,
          activityId: row.id,
          actorId: therapistId,
          at: at(advance.day, 9),
          action: "progression.apply",
          changes: [advance.change],
          activityVersion: 2 + i,
        })),
      ]);
      const practice = item.practice(random, days, structure);
      if (practice.length > 0) {
        await tx.insert(practiceLogs).values(
          practice.map((p) => ({
            clinicId: options.clinicId,
            childId,
            activityId: row.id,
            kind: structure.kind,
            loggedById: guardianId,
            clientKey: `demo-${row.id}-${p.day}`,
            practisedOn: addDays(startDate, p.day),
            loggedAt: at(p.day, 18),
            entry: PracticeEntry.parse(p.entry),
            minutes: p.minutes ?? null,
            note: p.note ?? null,
          })),
        );
      }
    }

    if (demo.checkIns.length > 0) {
      await tx.insert(checkIns).values(
        demo.checkIns.map((c) => ({
          programId: program.id,
          week: c.week,
          ratings: c.ratings,
          submittedById: guardianId,
          submittedOn: addDays(startDate, c.week * 7),
          submittedAt: at(c.week * 7, 20),
        })),
      );
    }
  }
}
