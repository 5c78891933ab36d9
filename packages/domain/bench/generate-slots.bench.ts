import { generateSlots, type GenerateSlotsInput, type WeeklyHours } from "../src/scheduling";
import { generateSlotsNaively } from "../src/scheduling/slots.reference";

/**
 * Issue 3's figure: generateSlots over 50 therapists × 8 weeks with 2,000 existing appointments,
 * p95 for the whole set, against the minute-by-minute reference timed in the same run.
 */
const THERAPISTS = 50;
const WEEKS = 8;
const APPOINTMENTS = 2_000;
const RUNS = 40;

let seed = 7;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"];
const from = new Date("2027-02-22T00:00:00Z"); // spans the March daylight-saving change
const to = new Date(+from + WEEKS * 7 * 86_400_000);
const weekly: WeeklyHours[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday: weekday as 1, start: "08:00", end: "12:00" },
  { weekday: weekday as 1, start: "13:00", end: "17:30" },
]);

const inputs: GenerateSlotsInput[] = Array.from({ length: THERAPISTS }, (_, i) => {
  const busy = Array.from({ length: APPOINTMENTS / THERAPISTS }, () => {
    const start = +from + Math.floor(random() * WEEKS * 7 * 96) * 15 * 60_000;
    return { start: new Date(start), end: new Date(start + 45 * 60_000) };
  });
  return {
    timeZone: zones[i % zones.length] ?? "UTC",
    weekly,
    overrides: [{ date: "2027-03-10", ranges: [] }],
    busy,
    durationMinutes: 45,
    stepMinutes: 15,
    bufferAfterMinutes: 10,
    from,
    to,
    now: from,
    minimumNoticeMinutes: 120,
  };
});

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

let slots = 0;
for (let i = 0; i < 5; i++) slots = inputs.reduce((n, input) => n + generateSlots(input).length, 0); // warm-up
const fast = Array.from({ length: RUNS }, () =>
  time(() => inputs.forEach((input) => generateSlots(input))),
);
const naive = time(() => inputs.forEach((input) => generateSlotsNaively(input)));
const p95 = percentile(fast, 95);

console.log(
  `generateSlots: ${THERAPISTS} therapists × ${WEEKS} weeks, ${APPOINTMENTS} appointments, ${slots} open slots`,
);
console.log(
  `  fast engine   p50 ${percentile(fast, 50).toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   (${RUNS} runs; target p95 ≤ 25 ms)`,
);
console.log(`  naive minute-by-minute reference, same input, one run: ${naive.toFixed(0)} ms`);
console.log(`  ratio naive / fast p95: ${(naive / p95).toFixed(0)}×   (target ≥ 10×)`);
