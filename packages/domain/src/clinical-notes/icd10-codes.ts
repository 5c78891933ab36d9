// Source: the ICD-10-CM code set of CDC (NCHS) and CMS; descriptions are its long titles, typed by
// hand and not yet compared line by line with the FY2026 release file — do that, and on each
// October update, before claims are built from them. A subset that pediatric OT commonly uses,
// offered for search: any code of the right shape is still accepted (see icd10.ts).

export const DIAGNOSIS_GROUPS = [
  "developmental",
  "motor",
  "sensory",
  "autism",
  "feeding",
  "adhd",
  "prematurity",
  "context",
] as const;
export type DiagnosisGroup = (typeof DIAGNOSIS_GROUPS)[number];

export type ListedDiagnosis = { code: string; description: string; group: DiagnosisGroup };

/** Billable ICD-10-CM codes a pediatric OT commonly uses, in code order. */
export const PEDIATRIC_OT_DIAGNOSES: readonly ListedDiagnosis[] = [
  { code: "F50.82", description: "Avoidant/restrictive food intake disorder", group: "feeding" },
  { code: "F80.1", description: "Expressive language disorder", group: "developmental" },
  {
    code: "F80.2",
    description: "Mixed receptive-expressive language disorder",
    group: "developmental",
  },
  {
    code: "F80.9",
    description: "Developmental disorder of speech and language, unspecified",
    group: "developmental",
  },
  { code: "F81.81", description: "Disorder of written expression", group: "developmental" },
  {
    code: "F81.9",
    description: "Developmental disorder of scholastic skills, unspecified",
    group: "developmental",
  },
  { code: "F82", description: "Specific developmental disorder of motor function", group: "motor" },
  { code: "F84.0", description: "Autistic disorder", group: "autism" },
  { code: "F84.2", description: "Rett's syndrome", group: "autism" },
  { code: "F84.5", description: "Asperger's syndrome", group: "autism" },
  { code: "F84.8", description: "Other pervasive developmental disorders", group: "autism" },
  { code: "F84.9", description: "Pervasive developmental disorder, unspecified", group: "autism" },
  // Sensory processing disorder has no code of its own; it is coded F88.
  { code: "F88", description: "Other disorders of psychological development", group: "sensory" },
  {
    code: "F89",
    description: "Unspecified disorder of psychological development",
    group: "developmental",
  },
  {
    code: "F90.0",
    description: "Attention-deficit hyperactivity disorder, predominantly inattentive type",
    group: "adhd",
  },
  {
    code: "F90.1",
    description: "Attention-deficit hyperactivity disorder, predominantly hyperactive type",
    group: "adhd",
  },
  {
    code: "F90.2",
    description: "Attention-deficit hyperactivity disorder, combined type",
    group: "adhd",
  },
  {
    code: "F90.8",
    description: "Attention-deficit hyperactivity disorder, other type",
    group: "adhd",
  },
  {
    code: "F90.9",
    description: "Attention-deficit hyperactivity disorder, unspecified type",
    group: "adhd",
  },
  {
    code: "F98.29",
    description: "Other feeding disorders of infancy and early childhood",
    group: "feeding",
  },
  {
    code: "F98.8",
    description:
      "Other specified behavioral and emotional disorders with onset usually occurring in childhood and adolescence",
    group: "developmental",
  },
  {
    code: "F98.9",
    description:
      "Unspecified behavioral and emotional disorders with onset usually occurring in childhood and adolescence",
    group: "developmental",
  },
  { code: "G80.0", description: "Spastic quadriplegic cerebral palsy", group: "motor" },
  { code: "G80.1", description: "Spastic diplegic cerebral palsy", group: "motor" },
  { code: "G80.2", description: "Spastic hemiplegic cerebral palsy", group: "motor" },
  { code: "G80.9", description: "Cerebral palsy, unspecified", group: "motor" },
  { code: "H93.25", description: "Central auditory processing disorder", group: "sensory" },
  { code: "M62.81", description: "Muscle weakness (generalized)", group: "motor" },
  {
    code: "P07.30",
    description: "Preterm newborn, unspecified weeks of gestation",
    group: "prematurity",
  },
  {
    code: "P07.31",
    description: "Preterm newborn, gestational age 28 completed weeks",
    group: "prematurity",
  },
  {
    code: "P07.32",
    description: "Preterm newborn, gestational age 29 completed weeks",
    group: "prematurity",
  },
  {
    code: "P07.33",
    description: "Preterm newborn, gestational age 30 completed weeks",
    group: "prematurity",
  },
  {
    code: "P07.34",
    description: "Preterm newborn, gestational age 31 completed weeks",
    group: "prematurity",
  },
  {
    code: "P07.35",
    description: "Preterm newborn, gestational age 32 completed weeks",
    group: "prematurity",
  },
  {
    code: "P07.36",
    description: "Preterm newborn, gestational age 33 completed weeks",
    group: "prematurity",
  },
  {
    code: "P07.37",
    description: "Preterm newborn, gestational age 34 completed weeks",
    group: "prematurity",
  },
  {
    code: "P07.38",
    description: "Preterm newborn, gestational age 35 completed weeks",
    group: "prematurity",
  },
  {
    code: "P07.39",
    description: "Preterm newborn, gestational age 36 completed weeks",
    group: "prematurity",
  },
  { code: "P94.2", description: "Congenital hypotonia", group: "motor" },
  { code: "Q90.9", description: "Down syndrome, unspecified", group: "developmental" },
  { code: "R13.10", description: "Dysphagia, unspecified", group: "feeding" },
  { code: "R13.11", description: "Dysphagia, oral phase", group: "feeding" },
  { code: "R13.12", description: "Dysphagia, oropharyngeal phase", group: "feeding" },
  { code: "R26.89", description: "Other abnormalities of gait and mobility", group: "motor" },
  { code: "R27.8", description: "Other lack of coordination", group: "motor" },
  { code: "R27.9", description: "Unspecified lack of coordination", group: "motor" },
  { code: "R41.840", description: "Attention and concentration deficit", group: "adhd" },
  { code: "R41.842", description: "Visuospatial deficit", group: "sensory" },
  {
    code: "R44.8",
    description: "Other symptoms and signs involving general sensations and perceptions",
    group: "sensory",
  },
  {
    code: "R44.9",
    description: "Unspecified symptoms and signs involving general sensations and perceptions",
    group: "sensory",
  },
  { code: "R48.2", description: "Apraxia", group: "motor" },
  { code: "R62.0", description: "Delayed milestone in childhood", group: "developmental" },
  {
    code: "R62.50",
    description: "Unspecified lack of expected normal physiological development in childhood",
    group: "developmental",
  },
  { code: "R62.51", description: "Failure to thrive (child)", group: "feeding" },
  {
    code: "R62.59",
    description: "Other lack of expected normal physiological development in childhood",
    group: "developmental",
  },
  // R63.3 was split in FY2022 and is no longer billable.
  { code: "R63.30", description: "Feeding difficulties, unspecified", group: "feeding" },
  { code: "R63.31", description: "Pediatric feeding disorder, acute", group: "feeding" },
  { code: "R63.32", description: "Pediatric feeding disorder, chronic", group: "feeding" },
  { code: "R63.39", description: "Other feeding difficulties", group: "feeding" },
  {
    code: "Z13.40",
    description: "Encounter for screening for unspecified developmental delays",
    group: "context",
  },
  { code: "Z13.41", description: "Encounter for autism screening", group: "context" },
  {
    code: "Z13.42",
    description: "Encounter for screening for global developmental delays (milestones)",
    group: "context",
  },
  {
    code: "Z13.49",
    description: "Encounter for screening for other developmental delays",
    group: "context",
  },
  {
    code: "Z55.9",
    description: "Problems related to education and literacy, unspecified",
    group: "context",
  },
  { code: "Z62.0", description: "Inadequate parental supervision and control", group: "context" },
  { code: "Z62.820", description: "Parent-biological child conflict", group: "context" },
  {
    code: "Z63.8",
    description: "Other specified problems related to primary support group",
    group: "context",
  },
];
