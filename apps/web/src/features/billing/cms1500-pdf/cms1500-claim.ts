/** What a CMS-1500 (02/12) says of one claim: the renderer's input. */
export type Cms1500Person = {
  lastName: string;
  firstName: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  sex: "F" | "M" | "U";
  address: { line1: string; line2?: string | null; city: string; state: string; zip: string };
  phone?: string | null;
};

export type Cms1500Claim = {
  payer: {
    name: string;
    addressLine1: string | null;
    city: string | null;
    state: string | null;
    zip: string | null;
    kind: "medicaid" | "commercial" | "medicare" | "self_pay";
  };
  subscriber: { memberId: string; groupNumber: string | null; person: Cms1500Person };
  patient: Cms1500Person;
  /** "self" when the child is the subscriber, "child" when a guardian is. */
  relationship: "self" | "child";
  /** Patient's account number (box 26): our claim's control number. */
  controlNumber: string;
  /** 1 original, 7 replacement, 8 void (box 22), with the payer's number of the claim replaced. */
  frequency: "1" | "7" | "8";
  replacesPayerClaimNumber: string | null;
  priorAuthorization: string | null;
  referringProvider: { name: string; npi: string } | null;
  /** ICD-10-CM codes for box 21 A-L, with or without the dot. */
  diagnoses: string[];
  lines: {
    /** YYYY-MM-DD */
    serviceDate: string;
    placeOfService: string;
    code: string;
    modifiers: string[];
    /** 1-based positions in `diagnoses`. */
    diagnosisPointers: number[];
    chargeCents: number;
    units: number;
  }[];
  renderingProvider: { name: string; npi: string };
  billingProvider: {
    name: string;
    npi: string;
    taxId: string;
    phone: string | null;
    address: Cms1500Person["address"];
  };
  /** YYYY-MM-DD: box 31's date. */
  signedOn: string;
};
