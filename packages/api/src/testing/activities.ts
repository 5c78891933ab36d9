/** An activity written for a child rather than taken from the library: a short sensory diet. */
export const HEAVY_WORK = {
  content: {
    title: "Heavy work before homework",
    summary: "Five minutes of pushing and carrying before homework.",
    steps: ["Carry the laundry basket together."],
    why: "Heavy work calms the body before a demand.",
    minutes: 6,
    ages: { min: 4, max: 10 },
    materials: [],
    anchor: { routine: "homework" as const },
    goals: [],
  },
  structure: {
    kind: "sensory_diet" as const,
    moments: [{ time: "16:30", label: "Homework" }],
    menu: [{ title: "Carry the laundry", category: "heavy_work" as const }],
    leadMinutes: 15,
    durationMinutes: 6,
  },
};
