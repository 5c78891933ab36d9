import type { ActivityKind, ActivityStructure } from "@carryover/domain/home-program";

export type StructureOf<Kind extends ActivityKind> = Extract<ActivityStructure, { kind: Kind }>;

export type LadderStructure = StructureOf<"ladder">;
export type ChainStructure = StructureOf<"chain">;
export type SensoryDietStructure = StructureOf<"sensory_diet">;
export type RoutinePracticeStructure = StructureOf<"routine_practice">;
export type DescriptiveCommentingStructure = StructureOf<"descriptive_commenting">;

export type ChainDirection = ChainStructure["direction"];
export type SensoryMoment = SensoryDietStructure["moments"][number];

/** Messages keyed by the dotted path of the field they belong to ("content.title", "structure.levels.1.title"). */
export type ActivityFieldErrors = Record<string, string>;

/** What every controlled editor takes. `errorPath` is where its value sits in `fieldErrors`. */
export type EditorProps<Value> = {
  value: Value;
  onChange: (next: Value) => void;
  fieldErrors?: ActivityFieldErrors;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  disabled?: boolean;
};
