import type {
  AssessmentGiven,
  EvaluationContent,
  Frequency,
  GoalStatement,
  GoalVisitStatus,
  PlannedInterventionCode,
  TreatmentService,
} from "@carryover/domain/clinical-notes";
import type { ActivityKind } from "@carryover/domain/home-program";

/**
 * The words of the demo charts: evaluations, goals, visit notes and progress reports for each demo
 * child. Every person, physician and practice named here is fictional.
 */

export type DemoGoal = GoalStatement & {
  familyWording: string;
  /** The home program's goal id and activity titles that serve this goal. */
  programGoalId?: string;
  activities?: string[];
  /** The visit (1-based) at which a short-term goal was met. */
  metAtVisit?: number;
  /** A goal that has not moved: its visits mostly read "no change". */
  flat?: boolean;
  /** What the therapist wrote about it, visit by visit (in turn). */
  notes: string[];
};

export type DemoChartText = {
  diagnoses: { treatment: string; medical: string };
  referral: {
    physicianName: string;
    /** The NPI's first 9 digits: the seed adds the check digit. */
    npiStem: string;
    email: string;
    phone: string;
    fax: string;
    reason: string;
  };
  evaluation: Omit<EvaluationContent, "assessments" | "complexity"> & {
    assessments: Omit<AssessmentGiven, "givenOn">[];
  };
  /** Two long-term goals, each with its short-term steps. */
  goals: { long: DemoGoal; short: DemoGoal[] }[];
  plan: { interventions: PlannedInterventionCode[]; homeProgramSummary: string };
  /** SOAP sections, used in turn from visit to visit. */
  soap: { subjective: string[]; objective: string[]; assessment: string[]; plan: string[] };
  /** Minutes per service of a 45-minute visit, used in turn. */
  minutes: Partial<Record<TreatmentService, number>>[];
  coaching: ActivityKind[];
  trials: { activity: string; attempts: number; successes: number[] };
  /** Descriptive and directive comments counted at each visit, when the family practises commenting. */
  commenting?: [number, number][];
  report?: {
    summary: string;
    goals: { status: GoalVisitStatus; narrative: string }[];
    recommendations: string;
    familySummary: string;
  };
};

export const ATTESTATION =
  "I attest that I personally provided the services documented here and that this record is accurate and complete.";

const MAYA: DemoChartText = {
  diagnoses: { treatment: "F82", medical: "F88" },
  referral: {
    physicianName: "Imogen Thackeray, MD",
    npiStem: "164902817",
    email: "i.thackeray@example.test",
    phone: "(555) 010-4410",
    fax: "(555) 010-4411",
    reason:
      "Difficulty with fasteners and self-care at age 7; meltdowns at homework time; teacher reports trouble with handwriting and cutting.",
  },
  evaluation: {
    reasonForReferral:
      "Referred by her pediatrician for difficulty managing buttons and zippers, slow and effortful handwriting, and daily meltdowns when asked to start homework. Her second-grade teacher reports she avoids writing and cutting tasks and often needs help with her coat at recess.",
    history:
      "Maya is 7 and in second grade. Full-term birth, no complications; walked at 13 months. Parents noticed she avoided crayons and puzzles as a toddler. No previous therapy. She lives with her parent Jordan, her younger brother Eli, and sees her grandmother most afternoons. Vision and hearing screens at school were normal this year. She enjoys swimming, drawing animals with markers, and building with large blocks.",
    familyPriorities:
      "“Mornings are a battle — she wants to do her own buttons but gives up and cries, and we're late.” “After school she falls apart the minute homework comes out. I'd love for her to just sit down and start.” “We want practice to feel like playing together, not another fight.”",
    assessments: [
      {
        name: "Sensory Profile 2 (Child, caregiver questionnaire)",
        scores:
          "Seeking: More than others. Avoiding: Just like the majority of others. Sensitivity: More than others. Registration: Just like the majority of others.",
        interpretation:
          "Maya looks for movement and heavy input more than most children her age and notices touch and noise more than most; both rise in the late afternoon. This fits the after-school meltdowns her parent describes and suggests scheduled heavy work before seated tasks.",
      },
      {
        name: "Bruininks-Oseretsky Test of Motor Proficiency, 2nd ed. (BOT-2), fine motor subtests",
        scores:
          "Fine Manual Control composite: standard score 39 (14th percentile, below average). Fine Motor Precision: scale score 10. Fine Motor Integration: scale score 11.",
        interpretation:
          "Below-average precision and control of the fingers for her age, with weak in-hand manipulation; consistent with her difficulty pushing buttons through holes and with slow, heavy handwriting.",
      },
    ],
    observations:
      "Maya separated easily and was friendly and talkative. She sat for about 4 minutes at the table before shifting, kneeling on the chair or leaning on the table. She used a fisted grasp on the marker and pressed hard enough to tear the paper once. Unbuttoning 1-inch buttons on a practice board took 40 seconds per button with her tongue out; she could not button them without hand-over-hand help. After 5 minutes of animal walks and pushing a weighted cart, she sat for 9 minutes and her drawing was noticeably steadier.",
    deficits: [
      "Manipulating buttons and zippers for upper-body dressing",
      "Fine motor precision and in-hand manipulation for handwriting and cutting",
      "Self-regulation before and during seated fine-motor tasks",
      "Sustained seated tolerance at the table for more than 5 minutes",
    ],
  },
  goals: [
    {
      long: {
        who: "Maya",
        does: "button and unbutton a front-opening school shirt with five ½-inch buttons",
        howWell: "independently and within 3 minutes on 4 of 5 school mornings",
        byWhen: "within 12 weeks",
        familyWording: "Maya buttons her own school shirt in the morning, no help needed",
        programGoalId: "dressing",
        activities: ["Buttoning, big to small"],
        notes: [
          "Buttons at the table are coming faster; working toward the shirt she wears.",
          "Carried the shirt-on-lap step over to a practice shirt worn open over her T-shirt.",
          "Parent reports two mornings this week she did the bottom three buttons herself.",
        ],
      },
      short: [
        {
          who: "Maya",
          does: "button three 1-inch buttons on a shirt laid on her lap",
          howWell: "with no more than one verbal prompt in 4 of 5 trials",
          byWhen: "within 6 weeks",
          familyWording: "Maya does the big buttons on her lap with just a reminder",
          programGoalId: "dressing",
          activities: ["Buttoning, big to small"],
          metAtVisit: 4,
          notes: [
            "Pinch-and-push with the thumb pad is emerging; needs a reminder to hold the hole open.",
            "4 of 5 buttons with one verbal prompt today.",
            "Consistent at the table; starting on her lap next.",
          ],
        },
        {
          who: "Maya",
          does: "button a shirt she is wearing, working from the bottom button up",
          howWell: "with no more than two verbal prompts in 3 of 4 sessions",
          byWhen: "within 9 weeks",
          familyWording: "Maya does the buttons on the shirt she's wearing, starting at the bottom",
          programGoalId: "dressing",
          activities: ["Buttoning, big to small"],
          notes: [
            "Mirror helps her line up the first button; two prompts needed.",
            "Bottom two buttons independently; top buttons still need a cue to look down.",
            "Not addressed directly today; practised on the lap instead.",
          ],
        },
      ],
    },
    {
      long: {
        who: "Maya",
        does: "start a 10-minute seated homework task after a calming or heavy-work strategy she chooses",
        howWell: "within 2 minutes of the request and without a meltdown on 4 of 5 school days",
        byWhen: "within 12 weeks",
        familyWording: "Homework starts calmly after school, without a meltdown",
        programGoalId: "homework",
        activities: ["Heavy work when you get home"],
        notes: [
          "Parent reports three calm homework starts this week out of five.",
          "One meltdown on a day heavy work was skipped; otherwise started within 2 minutes.",
          "Choosing between wall push-ups and the laundry-basket push on her own.",
        ],
      },
      short: [
        {
          who: "Maya",
          does: "complete 10 minutes of heavy-work activities after school",
          howWell: "with one adult cue or fewer on 4 of 5 days",
          byWhen: "within 6 weeks",
          familyWording: "Maya does her heavy work after school with only one reminder",
          programGoalId: "homework",
          activities: ["Heavy work when you get home"],
          notes: [
            "Picture card by the door is working; one cue most days.",
            "Did the full 10 minutes 4 of 5 days per the practice log.",
            "Adding a second choice (carrying groceries) so it stays interesting.",
          ],
        },
      ],
    },
  ],
  plan: {
    interventions: ["97530", "97535", "97533", "97550", "97551"],
    homeProgramSummary:
      "15 minutes a day, 5 days a week: buttoning practice up a graded ladder (big buttons on the table to a worn shirt), 10 minutes of heavy work on arriving home before homework, and 10 minutes of play in which the parent comments on what Maya does instead of directing it.",
  },
  soap: {
    subjective: [
      "Parent reports a better week: Maya did her own jacket zipper twice and asked to “do the button game” after dinner. One hard homework afternoon on Thursday, when there was no time for heavy work.",
      "Maya arrived excited to show a drawing of her cat. Parent says mornings are calmer since the buttoning practice moved to the evening, and the heavy-work card by the door is being used without reminders most days.",
      "Parent reports Maya was tired after a field trip; homework started late but without tears. Grandmother did two of the buttoning sessions this week and logged them.",
      "Parent notes Maya now asks for wall push-ups before reading time. She complained the small buttons on her school cardigan are “too slippery.”",
    ],
    objective: [
      "Buttoning ladder at the current level: buttoned 1-inch buttons on a shirt on her lap, pinch-and-push with thumb and index pad; one verbal cue to hold the hole open. Heavy work: 6 minutes of animal walks and pushing a weighted cart before table work; then sat for 11 minutes for a cutting and drawing task with an upright posture. Parent practised commenting during block play.",
      "Warm-up with theraputty finds (coins, beads) for in-hand manipulation. Practice shirt worn open over her T-shirt: buttoned bottom two buttons without help, needed a cue to look down for the third. Obstacle course with crawling and pushing, then 12 minutes seated for a tracing task. Parent coached on the 4:1 commenting ratio.",
      "Sensory warm-up on the platform swing and crash pad (8 minutes), then buttoning on the lap with a timer game. Zippers: started the zipper on her jacket on 2 of 3 tries. Homework simulation: began a worksheet within 1 minute of the request after choosing wall push-ups.",
      "Fine-motor circuit: tongs, clothespins, pegboard. Buttoning: worked through the ladder's trials with a mirror. Caregiver led the heavy-work routine with Maya while the therapist observed and gave feedback.",
    ],
    assessment: [
      "Progressing toward the dressing goals; thumb-index opposition is stronger and she needs fewer cues. Regulation before seated work improves reliably with heavy work first, supporting the after-school routine. Continued skilled OT is needed to grade the fastener demands and coach the family.",
      "Good carry-over from home practice: the practice log and her in-clinic performance agree. Remaining limits are speed and smaller buttons. Homework starts are calmer on days with heavy work, which the family now uses consistently.",
      "Steady gains with one setback tied to fatigue. The caregiver is applying the commenting technique with cues; her directive comments dropped this session. Maya's tolerance for seated tasks has roughly doubled since the evaluation.",
    ],
    plan: [
      "Continue weekly visits. Keep the buttoning ladder at the current level until 3 strong sessions in a row, then step up. Keep heavy work before homework; add grocery carrying as a choice.",
      "Next visit: smaller (½-inch) buttons on the practice shirt; coach the grandmother on the buttoning steps. Family to keep logging practice in the app.",
      "Continue plan of care. Review the home program at the next visit against the 8-week check-in; consider a visual checklist for the full morning dressing routine.",
    ],
  },
  minutes: [
    { therapeutic_activities: 15, self_care: 15, caregiver_training: 15 },
    { sensory_integration: 15, self_care: 15, caregiver_training: 15 },
    { therapeutic_activities: 20, self_care: 10, caregiver_training: 15 },
  ],
  coaching: ["ladder", "descriptive_commenting", "sensory_diet"],
  trials: {
    activity: "Buttoning, big to small",
    attempts: 10,
    successes: [3, 4, 4, 5, 7, 8, 7, 8, 9, 8],
  },
  commenting: [
    [6, 9],
    [8, 8],
    [10, 7],
    [12, 6],
    [15, 5],
    [16, 5],
    [18, 4],
    [19, 5],
    [21, 4],
    [22, 4],
  ],
  report: {
    summary:
      "Maya has attended 5 of 5 scheduled weekly visits since her plan of care began, and her family has logged home practice on most days. She has met her first short-term dressing goal and is working on buttoning a shirt she is wearing. With heavy work before homework she now begins homework calmly on most days.",
    goals: [
      {
        status: "progressing",
        narrative:
          "Buttons on a shirt laid on her lap with one verbal prompt; working on the worn shirt. On track for the 12-week goal.",
      },
      {
        status: "met",
        narrative:
          "Met: buttoned three 1-inch buttons on her lap with no more than one verbal prompt in 4 of 5 trials on two visits in a row, matching the home ladder.",
      },
      {
        status: "progressing",
        narrative:
          "Buttons the bottom two buttons of a worn practice shirt independently; needs cues for the top buttons.",
      },
      {
        status: "progressing",
        narrative:
          "Parent reports calm homework starts on 3 of 5 days, up from 0 of 5 at the evaluation; the hard days were days without heavy work.",
      },
      {
        status: "progressing",
        narrative:
          "Completes 10 minutes of heavy work with one cue on 4 of 5 days per the practice log; close to met.",
      },
    ],
    recommendations:
      "Continue OT 1× weekly through the current plan of care. Step the buttoning ladder up to the worn shirt; keep heavy work before homework and add choices. Continue caregiver coaching in descriptive commenting; the parent is at about 3 descriptive comments to each directive one.",
    familySummary:
      "Maya is doing really well. She can now do the big buttons on her lap with just a reminder — that goal is met! Next we'll practise buttons on the shirt she's wearing. Homework is starting more calmly on most days, especially when she does her heavy work first, so please keep that going. Thank you for all the practice you log at home; it shows.",
  },
};

const ELI: DemoChartText = {
  diagnoses: { treatment: "R62.50", medical: "F84.0" },
  referral: {
    physicianName: "Imogen Thackeray, MD",
    npiStem: "164902817",
    email: "i.thackeray@example.test",
    phone: "(555) 010-4410",
    fax: "(555) 010-4411",
    reason:
      "Autism diagnosed at 3; delayed self-care skills (dressing, tooth brushing) and strong oral sensitivities.",
  },
  evaluation: {
    reasonForReferral:
      "Referred for delays in self-care for his age: Eli does not take part in dressing and resists tooth brushing to the point that it needs two adults. He was diagnosed with autism at age 3 by a developmental pediatrician.",
    history:
      "Eli is 4 and attends a half-day preschool program with an aide. Born at term. He receives speech therapy once a week at school and uses short phrases and a picture board. He is a picky eater (mostly crunchy, beige foods) and dislikes having his face or hair washed. He loves trains, music and jumping on the trampoline. The family was placed on the waitlist after this evaluation and began treatment when a weekly slot opened.",
    familyPriorities:
      "“I want him to put on his own socks and shoes so we're not late every day.” “Brushing his teeth is a fight every night — it takes both of us.” “Getting out the door in the morning without tears, for him and for me.”",
    assessments: [
      {
        name: "Pediatric Evaluation of Disability Inventory, Computer Adaptive Test (PEDI-CAT), Daily Activities",
        scores: "Daily Activities: T-score 32 (below the 5th percentile for age).",
        interpretation:
          "Eli's independence in dressing, hygiene and eating routines is well below what is expected at his age; he depends on an adult for most steps of dressing and all of tooth brushing.",
      },
      {
        name: "Sensory Profile 2 (Child, caregiver questionnaire)",
        scores:
          "Avoiding: Much more than others. Sensitivity: Much more than others. Seeking: Just like the majority of others. Registration: Less than others.",
        interpretation:
          "Strong sensitivity to touch around the mouth and face and to unexpected touch explains his resistance to tooth brushing and face washing; predictable, firm input and warm-up help.",
      },
    ],
    observations:
      "Eli entered with his parent and went straight to the trampoline. He followed a 3-picture schedule with a cue. He pulled off his shoes and socks when asked but did not attempt to put them on; with hand-over-hand help on the first steps he pulled a shoe over his heel on his own. He pushed away a toothbrush near his mouth but accepted a vibrating toothbrush on his hand, then briefly on his cheek, after chewing on a chewy tube.",
    deficits: [
      "Lower-body dressing: socks and shoes",
      "Tolerance of oral hygiene (tooth brushing)",
      "Following a multi-step morning routine",
      "Oral and tactile sensory sensitivity interfering with daily care",
    ],
  },
  goals: [
    {
      long: {
        who: "Eli",
        does: "put on his socks and hook-and-loop shoes",
        howWell: "independently on 4 of 5 school mornings",
        byWhen: "within 12 weeks",
        familyWording: "Eli puts on his own socks and shoes before school",
        programGoalId: "shoes",
        activities: ["Socks and shoes on"],
        notes: [
          "Backward chaining: he now does the last two steps alone.",
          "Pulling the sock over his heel with a light touch at the elbow.",
          "Parent reports he put on both shoes himself on Tuesday and Friday.",
        ],
      },
      short: [
        {
          who: "Eli",
          does: "complete the last two steps of putting on a shoe (pull the heel on, fasten the strap)",
          howWell: "independently in 4 of 5 trials",
          byWhen: "within 6 weeks",
          familyWording: "Eli pulls his shoe on and does the strap himself",
          programGoalId: "shoes",
          activities: ["Socks and shoes on"],
          metAtVisit: 3,
          notes: [
            "3 of 5 independently; a tap at the strap for the others.",
            "5 of 5 today with the strap.",
            "Maintained at home per the practice log.",
          ],
        },
        {
          who: "Eli",
          does: "pull on both socks, heel down",
          howWell: "with no more than one physical prompt in 4 of 5 trials",
          byWhen: "within 9 weeks",
          familyWording: "Eli pulls on his socks with just a little help",
          programGoalId: "shoes",
          activities: ["Socks and shoes on"],
          notes: [
            "Opens the sock with both thumbs after a model; one physical prompt at the heel.",
            "Heel lands down 3 of 5 times; a thicker sock is easier.",
            "Sitting on the bottom step helps him balance for socks.",
          ],
        },
      ],
    },
    {
      long: {
        who: "Eli",
        does: "take part in a 2-minute tooth brushing routine with a caregiver",
        howWell: "with no more than one refusal and no holding on 5 of 7 evenings",
        byWhen: "within 12 weeks",
        familyWording: "Eli lets us brush his teeth without a fight",
        programGoalId: "teeth",
        activities: ["Brushing teeth"],
        flat: true,
        notes: [
          "Accepts the brush on front teeth; still pulls away from the back teeth.",
          "Parent reports two evenings without holding this week.",
          "Music timer helps; stays for about a minute.",
        ],
      },
      short: [
        {
          who: "Eli",
          does: "accept a soft toothbrush on all his teeth for 30 seconds after an oral warm-up",
          howWell: "with a visual timer in 4 of 5 evenings",
          byWhen: "within 6 weeks",
          familyWording: "Eli lets the toothbrush touch all his teeth for a short song",
          programGoalId: "teeth",
          activities: ["Brushing teeth"],
          flat: true,
          notes: [
            "Warm-up with the vibrating brush on his cheeks first; 20 seconds on all teeth.",
            "Refused the back teeth today; accepted the front for the full song.",
            "Mirror and counting help him know when it will end.",
          ],
        },
      ],
    },
  ],
  plan: {
    interventions: ["97535", "97533", "97530", "97550", "97551"],
    homeProgramSummary:
      "10 minutes a day, 5 days a week: socks and shoes by backward chaining (the adult does the first steps, Eli finishes), and tooth brushing with an oral warm-up, a music timer and a mirror.",
  },
  soap: {
    subjective: [
      "Parent reports Eli is proud of doing his shoe strap and shows his grandmother. Tooth brushing still hard on school nights; easier at the weekend.",
      "Parent says mornings are a little faster. Eli had a cold this week and refused brushing twice.",
      "Parent reports he asked for the “shoe song” and sat on the step by himself to start.",
    ],
    objective: [
      "Socks and shoes chain: completed the last two steps independently 4 of 5 trials; pulled the sock over the heel with one physical prompt. Oral warm-up with a vibrating brush and chewy tube, then accepted brushing on the front teeth for 40 seconds with the music timer.",
      "Trampoline and heavy work warm-up, then dressing at the bottom step: both shoes on, strap fastened independently; socks with a model. Parent practised the backward-chaining prompts with coaching.",
      "Visual schedule for the morning routine rehearsed in the clinic: shoes, coat, bag. Tooth brushing with a mirror: accepted the brush on all front and side teeth; pushed away at the back molars.",
    ],
    assessment: [
      "Progress on the dressing chain matches the home log; ready to extend the chain one step earlier. Tooth brushing is slower to change, as expected with his oral sensitivity; the warm-up is helping.",
      "Eli's participation in dressing is growing and he is more willing to start on his own. Oral hygiene tolerance is unchanged this week, partly due to illness.",
      "Steady gains in dressing; tooth brushing tolerance improving slowly with predictable, firm input. The parent uses the chaining prompts correctly with cues.",
    ],
    plan: [
      "Continue weekly. Extend the shoes chain one step earlier when he has 3 independent tries in a row. Keep the oral warm-up before brushing.",
      "Coach the parent on fading the physical prompt at the sock heel. Try a flavour-free toothpaste.",
      "Continue plan of care; review the morning visual schedule with the preschool aide.",
    ],
  },
  minutes: [
    { self_care: 20, sensory_integration: 10, caregiver_training: 15 },
    { self_care: 25, sensory_integration: 10, caregiver_training: 10 },
  ],
  coaching: ["chain", "routine_practice"],
  trials: { activity: "Socks and shoes on", attempts: 5, successes: [2, 3, 4, 4, 5, 5] },
};

const SOFIA: DemoChartText = {
  diagnoses: { treatment: "R27.8", medical: "F90.0" },
  referral: {
    physicianName: "Tobias Lindqvist, MD",
    npiStem: "158736204",
    email: "t.lindqvist@example.test",
    phone: "(555) 010-4520",
    fax: "(555) 010-4521",
    reason:
      "ADHD, predominantly inattentive type; poor bilateral coordination and scissor skills; difficulty sustaining attention for homework.",
  },
  evaluation: {
    reasonForReferral:
      "Referred by her developmental pediatrician for poor scissor skills and bilateral coordination affecting school projects, and for difficulty staying seated and on task for homework. Diagnosed with ADHD, predominantly inattentive type, last year.",
    history:
      "Sofia is 9 and in fourth grade. Born at term. Early motor milestones were on time, but she was slow to learn to ride a bike and still avoids jump rope. She is bilingual (Spanish and English) and does well in reading. Her teacher reports unfinished cutting and craft work and frequent trips out of her seat. She is a careful, picky eater who likes crunchy foods. She loves soccer and drawing comics.",
    familyPriorities:
      "“She wants to make her projects herself but the cutting comes out ragged and she gets upset.” “Homework takes all evening because she can't sit still for more than five minutes.” “Maybe trying some new crunchy snacks — she only eats three things.”",
    assessments: [
      {
        name: "Bruininks-Oseretsky Test of Motor Proficiency, 2nd ed. (BOT-2)",
        scores:
          "Bilateral Coordination: scale score 8 (below average). Fine Motor Precision: scale score 9 (below average). Manual Coordination composite: standard score 38 (12th percentile, below average).",
        interpretation:
          "Below-average coordination of the two sides of the body and of precise hand use; her helper hand does not turn or steady the paper while she cuts.",
      },
      {
        name: "Beery-Buktenica Developmental Test of Visual-Motor Integration, 6th ed. (Beery VMI)",
        scores: "VMI: standard score 84 (14th percentile).",
        interpretation:
          "Low-average visual-motor integration; copying shapes with angles is harder than curves, which fits the ragged corners in her cutting.",
      },
    ],
    observations:
      "Sofia was polite and eager. She held the scissors with her thumb down and cut by moving her arm rather than opening and closing her hand; the paper stayed still on the table. Her cut line wandered up to 1 inch from a straight line. She left her seat 4 times in 10 minutes of table work; on a wobble cushion, after crunchy pretzels and wall push-ups, she stayed seated for 12 minutes.",
    deficits: [
      "Bilateral coordination for cutting (helper hand turning and steadying the paper)",
      "Graded scissor control along straight and curved lines",
      "Sustained seated attention for homework",
      "Oral-sensory seeking and a limited range of foods",
    ],
  },
  goals: [
    {
      long: {
        who: "Sofia",
        does: "cut out a 3-inch circle and square from card stock",
        howWell:
          "within ¼ inch of the line, turning the paper with her helper hand, in 4 of 5 trials",
        byWhen: "within 12 weeks",
        familyWording: "Sofia cuts out shapes for school projects by herself",
        programGoalId: "scissors",
        activities: ["Scissor skills: snip to circle"],
        flat: true,
        notes: [
          "Still cutting straight across the corners; helper hand rests instead of turning.",
          "Same level as last visit; trying a thicker card and bigger shapes.",
          "The home ladder has not moved since week 1; reviewing the level.",
        ],
      },
      short: [
        {
          who: "Sofia",
          does: "cut along a 6-inch straight line on card stock",
          howWell: "within ½ inch of the line in 4 of 5 trials",
          byWhen: "within 6 weeks",
          familyWording: "Sofia cuts along a straight line without going off it",
          programGoalId: "scissors",
          activities: ["Scissor skills: snip to circle"],
          notes: [
            "Within ½ inch on 3 of 5 lines; thumb-up reminder needed.",
            "Better with a highlighted thick line.",
            "Cut 4 of 5 lines within ½ inch today.",
          ],
        },
        {
          who: "Sofia",
          does: "cut a gently curved line while turning the paper with her helper hand",
          howWell: "with no more than one verbal cue in 3 of 5 trials",
          byWhen: "within 9 weeks",
          familyWording: "Sofia cuts curves, turning the paper with her other hand",
          programGoalId: "scissors",
          activities: ["Scissor skills: snip to circle"],
          flat: true,
          notes: [
            "Turns the paper only with a physical cue at her wrist.",
            "No change this week; helper hand still leaves the paper.",
            "Tried a clipboard to steady the paper; not yet.",
          ],
        },
      ],
    },
    {
      long: {
        who: "Sofia",
        does: "stay seated and working on homework for 15 minutes using a movement break or crunchy snack she chooses",
        howWell: "with no more than two adult redirections on 4 of 5 school days",
        byWhen: "within 12 weeks",
        familyWording: "Sofia sits for homework for 15 minutes",
        programGoalId: "homework",
        activities: ["Crunchy, chewy snack before homework"],
        notes: [
          "Parent reports 12 minutes with two redirections on most days.",
          "Used the wobble cushion on her own; 14 minutes in the clinic today.",
          "Up to 15 minutes on 3 of 5 days per the parent.",
        ],
      },
      short: [
        {
          who: "Sofia",
          does: "choose and use a sensory support (crunchy snack, wobble cushion or wall push-ups) before homework",
          howWell: "with one adult cue on 4 of 5 days",
          byWhen: "within 6 weeks",
          familyWording: "Sofia picks a snack or a movement before homework with one reminder",
          programGoalId: "homework",
          activities: ["Crunchy, chewy snack before homework"],
          metAtVisit: 6,
          notes: [
            "Picks the snack with a cue; movement break needs a second cue.",
            "Choice board at the kitchen table helps her decide.",
            "Using a support on her own most days now.",
          ],
        },
      ],
    },
  ],
  plan: {
    interventions: ["97530", "97110", "97533", "97550"],
    homeProgramSummary:
      "10 minutes a day, 4 days a week: a scissor-skills ladder (snipping, straight lines, curves, shapes) and a crunchy or chewy snack with a movement break before homework.",
  },
  soap: {
    subjective: [
      "Mother reports homework went better this week with the snack first; Sofia still gets frustrated cutting for her science poster.",
      "Sofia says cutting is “boring” at home. Mother reports practice on 2 of 4 planned days because of soccer games.",
      "Mother reports Sofia tried two new crunchy snacks (snap peas, rice crackers). Homework time is down to about 40 minutes.",
    ],
    objective: [
      "Bilateral warm-up: ball toss with crossing midline, tearing paper strips. Scissors: straight lines on card stock, within ½ inch on 3 of 5; curves with a physical cue at the helper wrist. Seated task with wobble cushion after wall push-ups: 14 minutes with one redirection.",
      "Animal walks and scooter board pulling to warm up the shoulders. Scissor ladder at the current level: snipping card strips, 6 of 10 clean snips. Turning the paper on a curved line: not without a cue.",
      "Therapeutic exercise for shoulder and forearm stability (wheelbarrow walks, theraband). Cutting shapes with thick highlighted lines; helper hand turned the paper twice with a verbal cue. Homework simulation: 15 minutes, two redirections.",
    ],
    assessment: [
      "Attention supports are working at home and in the clinic. Scissor skills have plateaued at the current ladder level; bilateral coordination remains the main limit and needs more proximal stability work before the next step.",
      "Limited change in cutting this period, with reduced home practice. Seated attention goal progressing. A review of the scissors activity level is warranted.",
      "Gains in seated attention; cutting remains flat. Recommend adjusting the home ladder and adding bilateral play the family enjoys.",
    ],
    plan: [
      "Continue weekly. Try a lower rung on the scissors ladder with bigger shapes; add bilateral games (lacing, clapping games) to the home program.",
      "Review the scissor activity with the mother at the next visit; keep the snack before homework.",
      "Continue plan of care; share a cutting sample with her teacher and ask what projects are coming up.",
    ],
  },
  minutes: [
    { therapeutic_activities: 20, therapeutic_exercise: 10, caregiver_training: 15 },
    { therapeutic_activities: 25, sensory_integration: 10, caregiver_training: 10 },
  ],
  coaching: ["ladder", "sensory_diet"],
  trials: {
    activity: "Scissor skills: snip to circle",
    attempts: 10,
    successes: [5, 6, 5, 6, 5, 6, 6, 5, 6],
  },
};

const NOAH: DemoChartText = {
  diagnoses: { treatment: "F82", medical: "P07.34" },
  referral: {
    physicianName: "Renata Quill, MD",
    npiStem: "172495830",
    email: "r.quill@example.test",
    phone: "(555) 010-4630",
    fax: "(555) 010-4631",
    reason:
      "Born at 31 weeks; motor coordination delays (catching, ball skills); low arousal and slow starts in the morning.",
  },
  evaluation: {
    reasonForReferral:
      "Referred by his pediatrician for clumsiness and poor ball skills compared with peers, and for being very hard to get going in the morning. Noah was born at 31 weeks.",
    history:
      "Noah is 6 and in first grade. Born at 31 weeks' gestation with a 5-week NICU stay; walked at 16 months (corrected 14). He has an older brother who plays baseball. His teacher notes he is often the last to be ready and avoids playground ball games. Mother works early shifts twice a week, so mornings are rushed. He loves dinosaurs and swimming.",
    familyPriorities:
      "“He wants so badly to play catch with his brother and gets upset when he drops everything.” “Mornings, he's like a sleepy bear — it takes forever to get him dressed and to the table.” “We're busy, so practice needs to fit into our day.”",
    assessments: [
      {
        name: "Bruininks-Oseretsky Test of Motor Proficiency, 2nd ed. (BOT-2)",
        scores:
          "Upper-Limb Coordination: scale score 7 (below average). Bilateral Coordination: scale score 10 (below average). Manual Coordination composite: standard score 37 (10th percentile, below average).",
        interpretation:
          "Below-average catching, throwing and bilateral coordination; he traps the ball against his chest and closes his eyes as it arrives.",
      },
      {
        name: "Sensory Profile 2 (Child, caregiver questionnaire)",
        scores:
          "Registration: More than others. Seeking: Just like the majority of others. Sensitivity: Just like the majority of others. Avoiding: Just like the majority of others.",
        interpretation:
          "Noah misses sensory cues more than most children, which fits his slow mornings; alerting movement before demanding tasks is likely to help.",
      },
    ],
    observations:
      "Noah was quiet at first and warmed up after swinging. He caught a 10-inch ball from 4 feet in 3 of 10 tosses, trapping it against his chest and turning his head away. He threw underhand with little aim. After 5 minutes of jumping and swinging he was more talkative, faster to follow directions and caught 5 of 10.",
    deficits: [
      "Catching and ball skills (upper-limb and bilateral coordination)",
      "Visual-motor timing for moving objects",
      "Low arousal affecting the morning routine",
      "Motor planning for new gross-motor tasks",
    ],
  },
  goals: [
    {
      long: {
        who: "Noah",
        does: "catch an 8-inch playground ball tossed from 6 feet",
        howWell: "with his hands only (not trapping it against his chest) in 7 of 10 tosses",
        byWhen: "within 12 weeks",
        familyWording: "Noah plays catch with his brother",
        programGoalId: "catching",
        activities: ["Catching a ball"],
        notes: [
          "Reaching out with both hands now; still traps about half.",
          "Eyes stay on the ball more with a bright beanbag first.",
          "Caught with hands only 5 of 10 from 6 feet.",
        ],
      },
      short: [
        {
          who: "Noah",
          does: "catch a 10-inch ball tossed from 4 feet",
          howWell: "using both hands in 6 of 10 tosses",
          byWhen: "within 6 weeks",
          familyWording: "Noah catches a big ball from close up with both hands",
          programGoalId: "catching",
          activities: ["Catching a ball"],
          metAtVisit: 6,
          notes: [
            "4 of 10 with both hands; keeps his eyes open more.",
            "6 of 10 today.",
            "Maintained; moving to a smaller ball.",
          ],
        },
      ],
    },
    {
      long: {
        who: "Noah",
        does: "finish his morning routine (toilet, dressing, breakfast) after a 5-minute wake-up movement sequence",
        howWell: "with no more than three prompts on 4 of 5 school mornings",
        byWhen: "within 12 weeks",
        familyWording: "Noah wakes up ready for school",
        programGoalId: "mornings",
        activities: ["Morning wake-up movement"],
        flat: true,
        notes: [
          "Mother reports the wake-up moves happen on about 2 mornings a week.",
          "Faster on movement days; the routine chart is on the fridge.",
          "Few logged mornings this week; early shifts.",
        ],
      },
      short: [
        {
          who: "Noah and his mother",
          does: "do the 5-minute wake-up movement sequence together before breakfast",
          howWell: "on 4 of 5 school mornings, as logged in the home program",
          byWhen: "within 6 weeks",
          familyWording: "We do the wake-up moves together most mornings",
          programGoalId: "together",
          activities: ["Morning wake-up movement"],
          flat: true,
          notes: [
            "Logged 2 of 5 mornings.",
            "Tried moving it to the evening before; not a fit.",
            "Brother joined in twice; Noah liked that.",
          ],
        },
      ],
    },
  ],
  plan: {
    interventions: ["97530", "97112", "97533", "97550"],
    homeProgramSummary:
      "10 minutes a day, 5 days a week: a catching ladder (big ball close up to a small ball farther away) and a 5-minute wake-up movement sequence before breakfast.",
  },
  soap: {
    subjective: [
      "Mother reports Noah asked his brother to play catch at the park. Mornings are still slow on her early-shift days.",
      "Mother says practice was hard to fit in this week; the catching game happened twice.",
      "Noah reports he “caught it five times!” at school recess.",
    ],
    objective: [
      "Alerting warm-up: trampoline and swing, 8 minutes. Catching ladder: 10-inch ball from 4 feet with both hands; eyes on the ball with a verbal cue. Bilateral coordination: jumping jacks broken into steps, ball bounce-and-catch.",
      "Neuromuscular work for trunk and shoulder stability (prone on the scooter, wall ball). Catching beanbags then a playground ball, 6 feet. Mother practised tossing at the right height and speed with coaching.",
      "Obstacle course with a throw-and-catch station. Reviewed the morning routine chart and the wake-up sequence with mother; Noah led the sequence with one visual cue.",
    ],
    assessment: [
      "Catching skills are improving in the clinic; home dose is below what was prescribed, which limits carry-over. Alerting movement clearly improves his readiness.",
      "Good effort and gains in ball skills. Morning routine goals are flat while the wake-up sequence is practised on only a few days.",
      "Steady gains in catching. Morning routine unchanged; family problem-solving around early-shift days continues.",
    ],
    plan: [
      "Continue weekly. Shorten the home wake-up sequence to 3 minutes on early-shift days; keep the catching ladder.",
      "Coach the mother on grading the toss. Check the practice log together at the next visit.",
      "Continue plan of care; update the plan with the family's morning schedule.",
    ],
  },
  minutes: [
    { therapeutic_activities: 20, neuromuscular_reeducation: 10, caregiver_training: 15 },
    { therapeutic_activities: 15, sensory_integration: 15, caregiver_training: 15 },
  ],
  coaching: ["ladder", "sensory_diet", "routine_practice"],
  trials: {
    activity: "Catching a ball",
    attempts: 10,
    successes: [4, 4, 5, 5, 6, 6, 7, 6, 7, 7, 7],
  },
  report: {
    summary:
      "Noah has attended 8 weekly visits since his plan of care began. His catching has improved clearly in the clinic and he has met his first catching goal. His morning routine has not changed much: the wake-up movement sequence is done on about 2 mornings a week, below the plan.",
    goals: [
      {
        status: "progressing",
        narrative:
          "Catches an 8-inch ball from 6 feet with hands only in 5 of 10 tosses, up from 2 of 10.",
      },
      {
        status: "met",
        narrative: "Met: caught a 10-inch ball from 4 feet with both hands in 6 of 10 tosses.",
      },
      {
        status: "no_change",
        narrative:
          "Prompts in the morning routine are unchanged on most days; better on days with the wake-up sequence.",
      },
      {
        status: "no_change",
        narrative: "Wake-up sequence logged on about 2 of 5 mornings.",
      },
    ],
    recommendations:
      "Continue OT 1× weekly; recertify with a shorter, 3-minute wake-up sequence for early-shift mornings. Keep the catching ladder and add catch with his brother as a weekend activity.",
    familySummary:
      "Noah is catching much better — he met his first catching goal! Mornings are still hard, and that's OK: we'll make the wake-up moves shorter so they fit your early-shift days. Playing catch with his brother at the weekend counts as practice too.",
  },
};

/** A demo chart told of another child: the same story under the other's first name. */
const renamed = <T>(text: T, from: string, to: string): T =>
  JSON.parse(JSON.stringify(text).replace(new RegExp(`\\b${from}\\b`, "g"), to)) as T;

export const DEMO_CHART_TEXTS: Record<string, DemoChartText> = {
  Maya: MAYA,
  Eli: ELI,
  Sofia: SOFIA,
  Noah: NOAH,
  // Harbor Kids' Leo Lee, Noah's brother: Eli's story (the Lees' plan is out of network).
  Leo: renamed(ELI, "Eli", "Leo"),
};

export type PlanSpec = {
  startDaysAgo: number;
  days: number;
  frequency: Frequency;
  certified?: { by: "link" | "by_hand"; afterDays: number };
  /** Sent to the physician this many days ago and not signed yet. */
  sentDaysAgo?: number;
};

export type ChartSpec = {
  child: string;
  guardian: string;
  evaluator: string;
  /** Writes the visit notes and the progress report. */
  therapist: string;
  evaluationDaysAgo: number;
  /** In order: each one after the first recertifies the one before. */
  plans: PlanSpec[];
  /** Weekly, on the child's weekday: the last on or before `lastDaysAgo`; skipped weeks (1-based) leave a gap. */
  visits: {
    count: number;
    weekdays: number[];
    lastDaysAgo: number;
    endsAt: string;
    skipWeeks?: number[];
  };
  reportAfterVisit?: number;
  unsignedVisits?: number[];
  otherAuthors?: Record<number, string>;
  awaitingCosign?: number;
  /** One more visit earlier today, its note not signed yet. */
  visitToday?: boolean;
};

export type ClinicSpec = {
  admin: string;
  credentials: Record<string, { credential: "ot" | "ota"; supervisor?: string }>;
  charts: ChartSpec[];
};

const weekly = (weeks: number): Frequency => ({ visits: 1, per: "week", weeks });
const RIVERA = "ot.rivera@maplegrove.test";
const CHEN = "ot.chen@maplegrove.test";
const JOHNSON = "parent.johnson@maplegrove.test";
const PARK = "ot.park@harborkids.test";

/**
 * When each chart's documents fall, counted back from today in the clinic's zone, and who wrote
 * them: Maya's plan is certified by link and her progress report was 5 visits ago, her last note
 * unsigned and late; Eli's plan started 35 days ago and still waits for the physician; Sofia's plan
 * ends in 10 days, she has had 9 visits without a progress report (the next note needs one) and the
 * OT assistant's last note on her waits for co-signature; Noah's next plan is a draft and today's
 * note is not signed yet.
 */
export const DEMO_CHARTS: Record<string, ClinicSpec> = {
  "Maple Grove Pediatric Therapy": {
    admin: "admin@maplegrove.test",
    credentials: {
      [RIVERA]: { credential: "ot" },
      [CHEN]: { credential: "ota", supervisor: RIVERA },
    },
    charts: [
      {
        child: "Maya",
        guardian: JOHNSON,
        evaluator: RIVERA,
        therapist: RIVERA,
        evaluationDaysAgo: 72,
        plans: [
          {
            startDaysAgo: 70,
            days: 90,
            frequency: weekly(12),
            certified: { by: "link", afterDays: 6 },
          },
        ],
        visits: { count: 10, weekdays: [1, 2, 3, 4, 5], lastDaysAgo: 2, endsAt: "16:15" },
        reportAfterVisit: 5,
        unsignedVisits: [10],
      },
      {
        child: "Eli",
        guardian: JOHNSON,
        // The supervising OT evaluates; the OT assistant treats.
        evaluator: RIVERA,
        therapist: CHEN,
        evaluationDaysAgo: 77,
        plans: [{ startDaysAgo: 35, days: 84, frequency: weekly(12), sentDaysAgo: 6 }],
        visits: { count: 5, weekdays: [3], lastDaysAgo: 1, endsAt: "10:45" },
        // Yesterday's note waits for Alex Rivera, who supervises but does not treat Eli.
        awaitingCosign: 5,
      },
      {
        child: "Sofia",
        guardian: "parent.garcia@maplegrove.test",
        evaluator: RIVERA,
        therapist: RIVERA,
        evaluationDaysAgo: 80,
        plans: [
          {
            startDaysAgo: 79,
            days: 90,
            frequency: weekly(12),
            certified: { by: "by_hand", afterDays: 9 },
          },
        ],
        visits: { count: 9, weekdays: [4], lastDaysAgo: 3, endsAt: "17:00", skipWeeks: [4, 7] },
        otherAuthors: { 6: CHEN, 9: CHEN },
      },
    ],
  },
  "Harbor Kids OT": {
    admin: "admin@harborkids.test",
    credentials: { [PARK]: { credential: "ot" } },
    charts: [
      {
        child: "Noah",
        guardian: "parent.lee@harborkids.test",
        evaluator: PARK,
        therapist: PARK,
        evaluationDaysAgo: 74,
        plans: [
          {
            startDaysAgo: 70,
            days: 56,
            frequency: weekly(8),
            certified: { by: "link", afterDays: 5 },
          },
          { startDaysAgo: 14, days: 84, frequency: weekly(12) },
        ],
        visits: { count: 10, weekdays: [2], lastDaysAgo: 1, endsAt: "10:15" },
        reportAfterVisit: 8,
        visitToday: true,
      },
      {
        // Noah's brother, seen out of the family's network: his visits are invoiced, not claimed.
        child: "Leo",
        guardian: "parent.lee@harborkids.test",
        evaluator: PARK,
        therapist: PARK,
        evaluationDaysAgo: 74,
        plans: [
          {
            startDaysAgo: 72,
            days: 90,
            frequency: weekly(12),
            certified: { by: "link", afterDays: 5 },
          },
        ],
        visits: { count: 7, weekdays: [4], lastDaysAgo: 2, endsAt: "14:00" },
      },
    ],
  },
};
