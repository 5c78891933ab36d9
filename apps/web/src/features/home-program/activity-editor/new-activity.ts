import { LadderRule, type Activity, type ActivityKind } from "@carryover/domain/home-program";

import type { StructureOf } from "./activity-types";

type Starter<Kind extends ActivityKind> = {
  content: Omit<Activity["content"], "title" | "ages" | "materials" | "goals">;
  structure: StructureOf<Kind>;
};

// Starting words from DOMAIN.md, "The five techniques"; the therapist rewrites them for the family.
const STARTERS: { [Kind in ActivityKind]: Starter<Kind> } = {
  ladder: {
    content: {
      summary: "Practise at the level just above what your child already does reliably.",
      steps: [
        "Practise at the level your therapist picked.",
        "Give 10 tries and count the ones your child does without your help.",
        "Log how many of the 10 went well. Stop while it's still fun.",
      ],
      why: "Your child learns most when a task is hard enough to stretch them and easy enough to succeed. When they manage 8 of 10 tries in 3 sessions in a row, move up a level; if a session falls below 5 of 10, go back one level for a while, which is normal and not a setback.",
      minutes: 5,
      anchor: { routine: "after_school" },
    },
    structure: {
      kind: "ladder",
      levels: [
        { title: "Easiest level", change: "What your child already manages with a little help." },
        { title: "Next level", change: "One thing changes: less help, smaller, faster or busier." },
      ],
      currentLevel: 0,
      rule: LadderRule.parse({}),
    },
  },
  chain: {
    content: {
      summary: "Your child learns the task one step at a time, starting with the last step.",
      steps: [
        "Do every step with your child except their part.",
        "Let your child do their part on their own. Help only as much as they need.",
        "Log whether they finished their part alone.",
      ],
      why: "Finishing the task themselves is the best reward, so your child starts with the last step. Each time they manage their part alone three times, they take on the step before it too, until they do the whole task.",
      minutes: 5,
      anchor: { routine: "morning" },
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "First step", prompt: "physical" },
        { title: "Last step", prompt: "physical" },
      ],
      direction: "backward",
      childFrom: 1,
      masteryStreak: 3,
    },
  },
  sensory_diet: {
    content: {
      summary: "A short calming activity about 15 minutes before the day's hard moments.",
      steps: [
        "About 15 minutes before the hard moment, choose one activity from the menu.",
        "Do it together for 5 to 8 minutes.",
        "Then move on to the next part of the day.",
      ],
      why: "Some moments of the day are predictably hard. Heavy work, something chewy or crunchy, or slow rocking before the demand helps your child's body get ready, and families often see fewer struggles at these moments within a few weeks.",
      minutes: 6,
      anchor: { routine: "after_school" },
    },
    structure: {
      kind: "sensory_diet",
      moments: [{ time: "16:30", label: "Homework" }],
      menu: [
        { title: "Carry the shopping bags in", category: "heavy_work" },
        { title: "A crunchy snack", category: "oral_motor" },
        { title: "Slow rocking on a big cushion", category: "rhythmic_movement" },
      ],
      leadMinutes: 15,
      durationMinutes: 6,
    },
  },
  routine_practice: {
    content: {
      summary: "A few minutes of practice inside a routine that already happens every day.",
      steps: [
        "Practise at the same point of the routine every day.",
        "Keep it short and stop while it's going well.",
        "Log what happened in one tap.",
      ],
      why: "Skills practised in the place and at the moment they are needed carry over best, and a routine that already happens every day is the easiest reminder.",
      minutes: 10,
      anchor: { routine: "morning" },
    },
    structure: { kind: "routine_practice", minutes: 10, daysPerWeek: 5 },
  },
  descriptive_commenting: {
    content: {
      summary: "Describe what your child does instead of telling them what to do.",
      steps: [
        "While your child plays or works, say what you see: 'You're holding the pencil with three fingers.'",
        "Aim for at least 4 comments like this for every instruction or correction.",
        "Keep your voice warm and your words short.",
      ],
      why: "Describing what your child does shows them what is going well and keeps practice calm. Fewer instructions mean fewer battles, and your child hears that you notice their effort.",
      minutes: 10,
      anchor: { routine: "homework" },
    },
    structure: { kind: "descriptive_commenting", targetRatio: 4 },
  },
};

/** A blank activity of one technique, with starting words and structure; it needs only a title. */
export function newActivityOf(kind: ActivityKind): Activity {
  const { content, structure } = STARTERS[kind];
  return structuredClone({
    content: {
      title: "",
      ...content,
      ages: { min: 3, max: 10 },
      materials: [],
      goals: [],
    },
    structure,
  });
}
