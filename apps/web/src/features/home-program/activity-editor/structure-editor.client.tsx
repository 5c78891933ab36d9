"use client";

import type { ActivityStructure } from "@carryover/domain/home-program";

import type { EditorProps } from "./activity-types";
import { ChainEditor } from "./chain-editor.client";
import { CommentingEditor } from "./commenting-editor.client";
import { LadderEditor } from "./ladder-editor.client";
import { RoutinePracticeEditor } from "./routine-practice-editor.client";
import { SensoryDietEditor } from "./sensory-diet-editor.client";

export type StructureEditorProps = EditorProps<ActivityStructure> & {
  /** Where the structure sits in `fieldErrors`; "structure" in an activity. */
  errorPath?: string;
};

/** The technique's own settings; the kind stays as it is (a new kind is a new activity). */
export function StructureEditor({ value, onChange, ...props }: StructureEditorProps) {
  switch (value.kind) {
    case "ladder":
      return <LadderEditor {...props} value={value} onChange={onChange} />;
    case "chain":
      return <ChainEditor {...props} value={value} onChange={onChange} />;
    case "sensory_diet":
      return <SensoryDietEditor {...props} value={value} onChange={onChange} />;
    case "routine_practice":
      return <RoutinePracticeEditor {...props} value={value} onChange={onChange} />;
    case "descriptive_commenting":
      return <CommentingEditor {...props} value={value} onChange={onChange} />;
  }
}
