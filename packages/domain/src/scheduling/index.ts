export {
  generateSlots,
  type DateOverride,
  type GenerateSlotsInput,
  type Interval,
  type Weekday,
  type WeeklyHours,
} from "./slots";
