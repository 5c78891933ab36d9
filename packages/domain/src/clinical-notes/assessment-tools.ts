/**
 * Standardized assessments pediatric OT commonly gives, offered as suggestions when an evaluation
 * lists what was given (entries stay free text: clinics use other tools and editions too).
 */
export const COMMON_ASSESSMENT_TOOLS = [
  "Bruininks-Oseretsky Test of Motor Proficiency, 2nd ed. (BOT-2)",
  "Beery-Buktenica Developmental Test of Visual-Motor Integration (Beery VMI)",
  "Peabody Developmental Motor Scales, 2nd ed. (PDMS-2)",
  "Sensory Profile 2",
  "Sensory Processing Measure (SPM)",
  "Pediatric Evaluation of Disability Inventory, computer adaptive test (PEDI-CAT)",
  "Miller Function & Participation Scales (M-FUN)",
  "Developmental Assessment of Young Children, 2nd ed. (DAYC-2)",
  "Canadian Occupational Performance Measure (COPM)",
  "Goal-Oriented Assessment of Lifeskills (GOAL)",
  "School Function Assessment (SFA)",
  "Goal Attainment Scaling (GAS)",
  "Test of Visual Perceptual Skills, 4th ed. (TVPS-4)",
  "Clinical observations of motor and postural skills",
] as const;
