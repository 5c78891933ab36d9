import { searchDiagnoses as searchListed } from "@carryover/domain/clinical-notes";

import type { SearchDiagnosesInput } from "./diagnosis.contracts";

/** The offered ICD-10-CM codes matching a code prefix or the words of a description; no child's record is read. */
export function searchDiagnoses(input: SearchDiagnosesInput) {
  return searchListed(input.query, input.limit);
}
