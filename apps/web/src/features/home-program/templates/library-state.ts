import type { ActivityKind } from "@carryover/domain/home-program";

/** What the library shows: the list (with one template open or none), the form, or the first step of a new one. */
export type LibraryView =
  | { mode: "browse"; openId: string | null }
  | { mode: "edit"; templateId: string }
  | { mode: "choose" }
  | { mode: "new"; kind: ActivityKind };

export type Library = {
  view: LibraryView;
  /** What was just done, until the therapist moves on. */
  notice: string | null;
};

export type LibraryEvent =
  | { type: "opened"; templateId: string }
  | { type: "closed" }
  | { type: "new-started" }
  | { type: "kind-chosen"; kind: ActivityKind }
  | { type: "edit-started"; templateId: string }
  | { type: "left"; openId: string | null }
  | { type: "created"; templateId: string; title: string }
  | { type: "saved"; templateId: string; title: string }
  | { type: "copied"; copyId: string; title: string };

export const LIBRARY_START: Library = { view: { mode: "browse", openId: null }, notice: null };

const browse = (openId: string | null): LibraryView => ({ mode: "browse", openId });

export function libraryReducer(state: Library, event: LibraryEvent): Library {
  switch (event.type) {
    case "opened":
      return { view: browse(event.templateId), notice: null };
    case "closed":
      return { view: browse(null), notice: null };
    case "new-started":
      return { view: { mode: "choose" }, notice: null };
    case "kind-chosen":
      return { ...state, view: { mode: "new", kind: event.kind } };
    case "edit-started":
      return { view: { mode: "edit", templateId: event.templateId }, notice: null };
    case "left":
      return { ...state, view: browse(event.openId) };
    case "created":
      return { view: browse(event.templateId), notice: `“${event.title}” is in your library.` };
    case "saved":
      return {
        view: browse(event.templateId),
        notice: `Saved “${event.title}”. Programs built from it earlier keep their own version.`,
      };
    case "copied":
      return {
        view: browse(event.copyId),
        notice: `A copy of “${event.title}” is in your library. Edit it to make it your own.`,
      };
  }
}
