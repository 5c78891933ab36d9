import type { Payer } from "@carryover/api/contracts/payer";
import { centsOfDollars, dollarsOfCents, type PayerRuleSet } from "@carryover/domain/billing";

/** A payer's form as typed: every field a string (or a box), read into the contract on saving. */
export type PayerDraft = {
  name: string;
  kind: Payer["kind"];
  payerId: string;
  addressLine1: string;
  city: string;
  state: string;
  zip: string;
  timedMethod: PayerRuleSet["timedMethod"];
  paidCodes: string;
  placeOfService: PayerRuleSet["telehealth"]["placeOfService"];
  modifier: PayerRuleSet["telehealth"]["modifier"];
  habilitativeModifiers: boolean;
  visitLimit: string;
  priorAuthorization: PayerRuleSet["priorAuthorization"]["required"];
  authorizationAfter: string;
  therapyThreshold: string;
};
export type PayerField = Exclude<keyof PayerDraft, "habilitativeModifiers">;

const TIMED_AND_EVALUATION_CODES = "97530, 97535, 97110, 97112, 97165, 97166, 97168, 97550, 97551";

export function draftOfPayer(payer: Payer | null): PayerDraft {
  const rules = payer?.rules;
  const authorization = rules?.priorAuthorization;
  return {
    name: payer?.name ?? "",
    kind: payer?.kind ?? "commercial",
    payerId: payer?.payerId ?? "",
    addressLine1: payer?.address?.addressLine1 ?? "",
    city: payer?.address?.city ?? "",
    state: payer?.address?.state ?? "",
    zip: payer?.address?.zip ?? "",
    timedMethod: rules?.timedMethod ?? "cms",
    paidCodes: rules ? rules.telehealth.paidCodes.join(", ") : TIMED_AND_EVALUATION_CODES,
    placeOfService: rules?.telehealth.placeOfService ?? "as_coded",
    modifier: rules?.telehealth.modifier ?? "95",
    habilitativeModifiers: rules?.habilitativeModifiers ?? true,
    visitLimit: rules?.visitLimitPerYear?.toString() ?? "",
    priorAuthorization: authorization?.required ?? "never",
    authorizationAfter: authorization?.required === "after_visits" ? `${authorization.visits}` : "",
    therapyThreshold:
      rules?.therapyThresholdCents != null ? dollarsOfCents(rules.therapyThresholdCents) : "",
  };
}

/** A whole number as typed; NaN (refused by the contract, in its words) for anything else. */
const wholeNumber = (typed: string) => (/^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN);
const optional = <T>(typed: string, read: (typed: string) => T) =>
  typed.trim() === "" ? null : read(typed);

/** The draft as payer.create and payer.update take it, for the contract to check. */
export function payerInputOf(draft: PayerDraft) {
  const address = [draft.addressLine1, draft.city, draft.state, draft.zip];
  return {
    name: draft.name,
    kind: draft.kind,
    payerId: optional(draft.payerId, (typed) => typed),
    address: address.every((part) => part.trim() === "")
      ? null
      : { addressLine1: draft.addressLine1, city: draft.city, state: draft.state, zip: draft.zip },
    rules: {
      timedMethod: draft.timedMethod,
      telehealth: {
        paidCodes: draft.paidCodes.split(/[\s,]+/).filter(Boolean),
        placeOfService: draft.placeOfService,
        modifier: draft.modifier,
      },
      habilitativeModifiers: draft.habilitativeModifiers,
      visitLimitPerYear: optional(draft.visitLimit, wholeNumber),
      priorAuthorization:
        draft.priorAuthorization === "after_visits"
          ? { required: "after_visits", visits: wholeNumber(draft.authorizationAfter) }
          : { required: draft.priorAuthorization },
      therapyThresholdCents: optional(
        draft.therapyThreshold,
        (typed) => centsOfDollars(typed) ?? Number.NaN,
      ),
    },
  };
}

const FIELD_OF_PATH: [RegExp, PayerField][] = [
  [/^rules\.telehealth\.paidCodes/, "paidCodes"],
  [/^rules\.telehealth\.placeOfService$/, "placeOfService"],
  [/^rules\.telehealth\.modifier$/, "modifier"],
  [/^rules\.timedMethod$/, "timedMethod"],
  [/^rules\.visitLimitPerYear$/, "visitLimit"],
  [/^rules\.priorAuthorization\.visits$/, "authorizationAfter"],
  [/^rules\.priorAuthorization/, "priorAuthorization"],
  [/^rules\.therapyThresholdCents$/, "therapyThreshold"],
];

/** The form field an input path's message goes under. */
export function payerFieldOf(path: string): PayerField | null {
  const address = /^address\.(addressLine1|city|state|zip)$/.exec(path);
  if (address) return address[1] as PayerField;
  if (/^(name|kind|payerId)$/.test(path)) return path as PayerField;
  return FIELD_OF_PATH.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}
