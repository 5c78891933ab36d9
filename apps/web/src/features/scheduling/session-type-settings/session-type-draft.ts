import { UpdateSessionTypeInput } from "@carryover/api/contracts/session-type";

import { checkForm, placeFieldErrors, type FieldErrors } from "~/lib/form-errors";
import { formatCents } from "~/lib/money";

export type SessionTypeDraftField =
  "durationMinutes" | "price" | "capacity" | "noticeHours" | "cancellationWindowHours";
export type SessionTypeDraft = Record<SessionTypeDraftField, string>;
export type SessionTypeDraftErrors = FieldErrors<SessionTypeDraftField>;

type SessionTypeValues = {
  id: string;
  durationMinutes: number;
  priceCents: number | null;
  capacity: number;
  minimumNoticeMinutes: number;
  cancellationWindowHours: number;
};

/** "$95.00", or "No price set". */
export const priceInWords = (cents: number | null) =>
  cents === null ? "No price set" : formatCents(cents);

/** 120 → "2 hours", 90 → "1.5 hours", 1440 → "24 hours". */
export const noticeInWords = (minutes: number) => {
  const hours = minutes / 60;
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} ${hours === 1 ? "hour" : "hours"}`;
};

export function draftOf(type: SessionTypeValues): SessionTypeDraft {
  return {
    durationMinutes: String(type.durationMinutes),
    price: type.priceCents === null ? "" : (type.priceCents / 100).toFixed(2),
    capacity: String(type.capacity),
    noticeHours: String(type.minimumNoticeMinutes / 60),
    cancellationWindowHours: String(type.cancellationWindowHours),
  };
}

const FIELD_OF: Record<string, SessionTypeDraftField> = {
  durationMinutes: "durationMinutes",
  priceCents: "price",
  capacity: "capacity",
  minimumNoticeMinutes: "noticeHours",
  cancellationWindowHours: "cancellationWindowHours",
};

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/**
 * The session type's changes for sessionType.update, checked with its own contract: a price in
 * dollars ("95" or "95.00", empty for none) becomes cents, the notice in hours becomes minutes.
 */
export function checkSessionTypeDraft(
  sessionTypeId: string,
  draft: SessionTypeDraft,
): { ok: true; input: UpdateSessionTypeInput } | { ok: false; errors: SessionTypeDraftErrors } {
  const own: SessionTypeDraftErrors = {};
  const price = draft.price.trim().replace(/^\$/, "");
  if (price !== "" && !/^\d+(\.\d{1,2})?$/.test(price))
    own.price = "Enter the price in dollars and cents, for example 95.00.";
  const notice = draft.noticeHours.trim();
  if (!/^\d+(\.\d)?$/.test(notice)) own.noticeHours = "Enter the notice in hours, for example 2.";
  const checked = checkForm(UpdateSessionTypeInput, {
    sessionTypeId,
    durationMinutes: wholeNumber(draft.durationMinutes),
    priceCents: price === "" ? null : Math.round(Number(price) * 100),
    capacity: wholeNumber(draft.capacity),
    minimumNoticeMinutes: Math.round(Number(notice) * 60),
    cancellationWindowHours: wholeNumber(draft.cancellationWindowHours),
  });
  if (checked.ok && Object.keys(own).length === 0) return { ok: true, input: checked.value };
  const contract = checked.ok
    ? {}
    : placeFieldErrors(checked.fieldErrors, (path) => FIELD_OF[path] ?? null).errors;
  return { ok: false, errors: { ...contract, ...own } };
}
