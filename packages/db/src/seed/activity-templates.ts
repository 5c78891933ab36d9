import type { z } from "zod";

import type { Activity } from "@carryover/domain/home-program";

/**
 * The clinic library's starting activity templates, written for parents: the five techniques of
 * `Activity` in @carryover/domain/home-program. A therapist copies one into a child's home program
 * and adjusts it there; the structure's defaults (ladder rule, chain mastery streak) are filled in
 * by `Activity.parse`.
 */
export const ACTIVITY_TEMPLATES: readonly z.input<typeof Activity>[] = [
  // ---------------------------------------------------------------- ladders (just-right challenge)
  {
    content: {
      title: "Buttoning, big to small",
      summary: "Work up from big buttons on the table to the buttons on your child's own shirt.",
      steps: [
        "Start at the level your therapist picked. Sit side by side, not facing each other, so your hands move the same way as your child's.",
        "Show the 'push and pull' once: one hand pushes the button halfway through the hole, the other hand pinches it and pulls it the rest of the way.",
        "Give 10 buttons (or 10 tries) at this level. Count the ones your child finishes without your hands helping.",
        "If they get stuck, wait a few seconds first. Then help just enough, for example by holding the fabric still while they pull.",
        "Say what you see: 'You pinched that button and pulled it right through.' Keep instructions short and few.",
        "Log how many of the 10 they did alone. Stop while it's still fun, even if that's before 10.",
      ],
      why: "Buttoning is practiced in the real morning routine, at the same moment every day, because skills learned where they are needed carry over best. Your child works only at the next level above what they already do reliably: big buttons they can see come before small ones they can't. When they manage 8 of 10 in 3 sessions in a row, move up a level; if a session falls below 5 of 10, go back one level for a while, which is normal and not a setback.",
      minutes: 5,
      ages: { min: 4, max: 8 },
      materials: ["A cardigan or shirt with big buttons", "Your child's own button-up shirt"],
      anchor: { routine: "morning" },
      goals: ["buttoning", "getting dressed on my own"],
    },
    structure: {
      kind: "ladder",
      levels: [
        {
          title: "Unbutton big buttons on the table",
          change:
            "Big buttons (about 1 inch) on a cardigan lying flat where your child can see them. Unbuttoning is easier than buttoning.",
        },
        {
          title: "Button big buttons on the table",
          change: "The same big buttons, now pushed in instead of out.",
        },
        {
          title: "Button a shirt on their lap",
          change:
            "Medium buttons on a shirt laid across their lap; the fabric is softer and moves more.",
        },
        {
          title: "Bottom buttons on their own shirt",
          change: "Wearing the shirt, starting with the bottom buttons they can still see.",
        },
        {
          title: "All buttons on their own shirt",
          change: "Every button, including the top ones they have to do by feel without looking.",
        },
      ],
      currentLevel: 0,
    },
  },
  {
    content: {
      title: "Scissor skills: snip to circle",
      summary: "Short, safe cutting practice that moves from single snips to cutting out shapes.",
      steps: [
        "Use child-safe scissors with rounded tips, and cut only at the table, sitting down. Carry scissors closed and pointing down, and practice that part too.",
        "Show the 'thumbs up' hold: thumb in the small hole, fingers in the big hole, thumb pointing at the ceiling. The helper hand holds the paper, thumb up as well.",
        "Cut at the level your therapist picked. Card stock or an old cereal box is easier to control than thin paper.",
        "Give 10 tries: 10 snips, 10 lines or a few shapes. Count the ones where the scissors stay thumb-up and close to the line.",
        "If the scissors tip sideways, keep it light: 'Your thumb fell asleep! Wake it up.' Then let them carry on.",
        "Put the scissors away in the same place each time. Log how many of the 10 went well.",
      ],
      why: "Cutting needs both hands doing different jobs at once, so it is built in small levels: a single snip, then a straight line, then curves and corners. Practicing at the next level above what your child manages alone keeps it hard enough to learn from and easy enough to succeed. Move up after 8 of 10 good tries in 3 sessions in a row, and step back one level if a session falls below 5 of 10.",
      minutes: 5,
      ages: { min: 3, max: 8 },
      materials: [
        "Child-safe scissors with rounded tips",
        "Card stock or an empty cereal box",
        "Play dough",
        "Thick marker",
      ],
      anchor: { routine: "after_school" },
      goals: ["scissor use", "crafts at school"],
    },
    structure: {
      kind: "ladder",
      levels: [
        {
          title: "Snip play dough snakes",
          change: "Single snips into a soft play dough snake; no paper to hold.",
        },
        {
          title: "Snip card strips into confetti",
          change:
            "Single snips across narrow strips of card (about 1 inch wide) held by the helper hand.",
        },
        {
          title: "Cut along a thick straight line",
          change:
            "Opening and closing again and again along a thick marker line across half a page.",
        },
        {
          title: "Cut a wavy line",
          change: "Gentle curves, so the helper hand has to turn the paper a little as they go.",
        },
        {
          title: "Cut out a big square",
          change: "Stopping at each corner and turning the paper, on a 4-inch square.",
        },
        {
          title: "Cut out a circle",
          change:
            "Turning the paper smoothly all the way around a 4-inch circle with a thick line.",
        },
      ],
      currentLevel: 0,
    },
  },
  {
    content: {
      title: "Handwriting: big letters to a real sentence",
      summary:
        "Five minutes of letter practice before homework, from big letters on the wall to writing on lines.",
      steps: [
        "Practice one small group of letters your therapist chose, for example c, a, d and g, which all start with the same curve. Skip the whole alphabet.",
        "Seat your child with feet flat (a box under them if they dangle) and the paper tilted a little, the way their writing arm naturally rests.",
        "Write the letter once while saying how it goes: 'Start at the top, curve around, up, and down.' Then it's their turn.",
        "Give 10 letters or words at this week's level. Count the ones that start in the right place and sit on the line (or inside the box at easier levels).",
        "Notice more than you correct: 'That a closed up all the way.' If one goes wrong: 'That one didn't quite work. Want to try it another way?'",
        "Stop at 5 minutes, even if it's going well. Log how many of the 10 were good.",
      ],
      why: "Handwriting improves fastest with a little practice often, at the level just above what your child can do reliably: big movements and big letters come before small letters on narrow lines. Move up after 8 of 10 good letters in 3 sessions in a row, and step back one level if a session drops below 5 of 10. Doing it at the start of homework means the skill is practiced right where it is needed.",
      minutes: 5,
      ages: { min: 5, max: 10 },
      materials: [
        "Tray with salt or shaving cream",
        "Chalk or a marker and paper",
        "Wide-ruled paper",
        "Short pencil",
      ],
      anchor: { routine: "homework" },
      goals: ["handwriting", "neater homework"],
    },
    structure: {
      kind: "ladder",
      levels: [
        {
          title: "Finger letters in a tray",
          change:
            "Big letters drawn with a finger in salt, sand or shaving cream; no pencil, no lines.",
        },
        {
          title: "Big letters on the wall",
          change:
            "Chalk or marker on paper taped to a wall or door; the upright surface helps the wrist and makes 'up' easy to see.",
        },
        {
          title: "Letters in boxes",
          change: "On paper, inside boxes about 1 inch tall, copying your letter right above.",
        },
        {
          title: "Letters on wide lines",
          change: "On wide-ruled paper, copying a short word written right above.",
        },
        {
          title: "Copy a sentence from across the table",
          change:
            "Copying a short sentence from a card a little farther away, so there's more to remember.",
        },
        {
          title: "Write their own sentence",
          change: "Their own short sentence on regular lined paper, with nothing to copy.",
        },
      ],
      currentLevel: 0,
    },
  },
  {
    content: {
      title: "Spoon and fork at breakfast",
      summary:
        "A few practice bites at breakfast, from thick foods that stay on the spoon to slippery ones.",
      steps: [
        "Serve a little of this week's practice food next to the rest of breakfast, so a few bites are practice and the rest is just eating.",
        "Seat your child with feet supported and the bowl close. A non-slip mat or a damp cloth underneath stops it sliding.",
        "Show once, slowly: 'Scoop, lift, in.' For the fork: 'Poke straight down, lift.'",
        "Count 10 bites. A bite counts when the food reaches their mouth on the spoon or fork without your hand.",
        "If they need help, put your hand over theirs just for the scoop, then let go for the lift. Fingers for the rest of the meal are fine.",
        "Comment instead of correcting: 'You scooped and it all stayed on.' Log how many of the 10 bites they did alone.",
      ],
      why: "Breakfast happens every day, so a few practice bites there add up to a lot of practice without adding time. Thick foods that cling to the spoon come first and runny or slippery foods come later, so your child always works just one step above what they can already do. Move up after 8 of 10 bites in 3 sessions in a row, and step back one level if a session drops below 5 of 10.",
      minutes: 5,
      ages: { min: 2, max: 6 },
      materials: [
        "Short, chunky spoon and a child fork",
        "Bowl with steep sides",
        "Non-slip mat or damp cloth",
      ],
      anchor: { routine: "breakfast" },
      goals: ["using a spoon", "using a fork", "feeding myself"],
    },
    structure: {
      kind: "ladder",
      levels: [
        {
          title: "Thick food, hand over hand",
          change:
            "Yogurt, oatmeal or mashed banana with a short, chunky spoon; your hand guides the scoop.",
        },
        {
          title: "Thick food on their own",
          change: "The same thick foods, with your hands off.",
        },
        {
          title: "Runny food",
          change: "Cereal with milk or soup; the spoon has to stay level all the way up.",
        },
        {
          title: "Soft pieces with a fork",
          change: "Poking soft chunks such as banana, pancake or French toast.",
        },
        {
          title: "Firm, slippery pieces with a fork",
          change:
            "Melon, cooked carrot coins or pasta, which slide away unless the fork goes straight down.",
        },
      ],
      currentLevel: 0,
    },
  },
  {
    content: {
      title: "Using a knife at dinner",
      summary: "Spreading and cutting practice with a rounded table knife, a few bites at dinner.",
      steps: [
        "Use a rounded table knife or a child's knife, never a sharp one. The knife stays on the plate, and everyone stays seated while it's in use.",
        "Show 'pointer fingers on top': the pointer finger presses on the top edge of the knife, and the fork holds the food still.",
        "Practice on a few pieces only, at this week's level. Cut the rest of the meal yourself so dinner stays relaxed.",
        "Give 10 tries: 10 spreads or 10 cuts. A try counts when the food is spread or cut through without your hand on theirs.",
        "Give the sawing a sound: 'Saw, saw, saw.' Say what you see: 'You kept your finger on top and it went all the way through.'",
        "Log how many of the 10 worked.",
      ],
      why: "A knife needs one hand to hold still while the other moves, so it's taught in small levels, from spreading soft food to cutting food held with a fork. Practicing just above what your child can already do keeps it hard enough to learn and easy enough to succeed. Move up after 8 of 10 good tries in 3 sessions in a row, and step back a level if a session drops below 5 of 10.",
      minutes: 5,
      ages: { min: 5, max: 12 },
      materials: [
        "Rounded table knife or child's knife",
        "Child fork",
        "Soft spreads and soft foods",
      ],
      anchor: { routine: "custom", customLabel: "Dinner" },
      goals: ["cutting my own food", "eating out with the family"],
    },
    structure: {
      kind: "ladder",
      levels: [
        {
          title: "Spread soft butter or cream cheese",
          change: "Spreading on toast or a cracker: one hand holds, the other moves the knife.",
        },
        {
          title: "Cut soft food you hold still",
          change: "Cutting banana or pancake while you hold it steady with a fork.",
        },
        {
          title: "Cut soft food holding their own fork",
          change: "The same soft foods, now held still with their own fork.",
        },
        {
          title: "Cut firmer food",
          change:
            "Waffles, fish sticks or cooked vegetables, which need more pressure and a sawing motion.",
        },
        {
          title: "Cut meat",
          change: "Chicken or meatballs, which need steady sawing while the fork holds firm.",
        },
      ],
      currentLevel: 0,
    },
  },
  {
    content: {
      title: "Pouring my own drink",
      summary:
        "Pour a little, then a lot: pouring practice at breakfast, with a tray to catch spills.",
      steps: [
        "Put a tray or baking sheet under the cup. Spills are part of learning, and the tray makes cleanup quick. Nothing hot.",
        "Show once: 'One hand on the handle, one on the side, tip slowly, stop at the line.' A rubber band around the cup makes a good stop line.",
        "Give 10 pours at this week's level. Pour back into the pitcher between tries to get more turns.",
        "A pour counts when it lands in the cup and stops at the line without your hands on the pitcher.",
        "Say what you see: 'You tipped it really slowly and stopped right at the band.' If it overflows: 'Whoa, it kept going! What happens if you tip it slower?'",
        "Let them drink what they poured. Log how many of the 10 were good.",
      ],
      why: "Pouring grows in small levels, from dry cereal to water, a light pitcher to a heavy one, a big cup to a small one, so your child practices one step above what they can already do. Move up after 8 of 10 good pours in 3 sessions in a row, and step back a level if a session drops below 5 of 10. Doing it at breakfast, with their real drink, is what makes it stick.",
      minutes: 5,
      ages: { min: 3, max: 8 },
      materials: ["Small plastic pitcher", "Tray or baking sheet", "Rubber band", "Cup"],
      anchor: { routine: "breakfast" },
      goals: ["pouring a drink", "helping at breakfast"],
    },
    structure: {
      kind: "ladder",
      levels: [
        {
          title: "Pour dry cereal",
          change: "Dry cereal or rice from a small cup into a big bowl; nothing runs away.",
        },
        {
          title: "A little water into a big cup",
          change: "A small pitcher about a quarter full of water, into a wide cup.",
        },
        {
          title: "Pour to the line",
          change: "The same pitcher half full, into a regular cup, stopping at a rubber band.",
        },
        {
          title: "Pour from a full pitcher",
          change: "A full small pitcher, which is heavier and needs two hands and a slow tip.",
        },
        {
          title: "Pour from the milk carton",
          change: "The family milk or juice carton, half full, into their own cup.",
        },
      ],
      currentLevel: 0,
    },
  },
  {
    content: {
      title: "Pinch and place: puzzles and pegs",
      summary:
        "Puzzle and peg play that builds the finger pinch used for buttons, zippers and pencils.",
      steps: [
        "Sit at a table with your child's feet supported. Put out only the pieces for this level: a short, finished game beats a big, unfinished one.",
        "Show the pinch: the tip of the thumb and the tip of the pointer finger, like a bird's beak. Keep pieces in a small bowl so they pick each one up instead of sliding it.",
        "Give 10 pieces. Count the ones they pick up and place with a fingertip pinch rather than a whole-hand grab.",
        "Say what you see: 'You used your beak fingers for that one.' 'You turned it until it fit.'",
        "Small pieces are a choking risk for children under 3 and for children who still mouth toys. Count them out and back in, and stay close.",
        "Let your child put in the last piece. Log how many of the 10 used a good pinch.",
      ],
      why: "A strong, precise pinch is the base for buttons, zippers, coins and pencils, so it's built in levels from big knobs to tiny beads. Your child practices just one level above what they can do reliably, so they succeed often and keep wanting to play. Move up after 8 of 10 good pinches in 3 sessions in a row, and step back a level if a session falls below 5 of 10.",
      minutes: 5,
      ages: { min: 2, max: 7 },
      materials: [
        "Knob puzzle or jigsaw",
        "Coins and a piggy bank",
        "Pegboard",
        "Beads and pipe cleaners",
      ],
      anchor: { routine: "custom", customLabel: "Quiet play time" },
      goals: ["stronger fingers", "puzzles", "fine motor skills"],
    },
    structure: {
      kind: "ladder",
      levels: [
        {
          title: "Chunky-knob puzzle",
          change: "Big knobs held with the whole hand; pieces drop into their spaces.",
        },
        {
          title: "Small-peg puzzle",
          change: "Thin peg handles that need the tips of the thumb and pointer finger.",
        },
        {
          title: "Coins into a piggy bank",
          change: "Flat coins picked up off the table and turned to fit the slot.",
        },
        {
          title: "Jigsaw of 12 to 24 pieces",
          change: "Flat pieces that must be turned and pressed in, with more looking and planning.",
        },
        {
          title: "Pegs into a pegboard",
          change: "Small pegs pushed firmly into holes; needs a strong pinch.",
        },
        {
          title: "Beads onto a pipe cleaner",
          change: "Small beads in one hand threaded onto a pipe cleaner held by the other.",
        },
      ],
      currentLevel: 0,
    },
  },
  {
    content: {
      title: "Catching a ball",
      summary:
        "Throw-and-catch practice that moves from rolling a big ball to catching a small one.",
      steps: [
        "Find a clear space with nothing to trip on: the yard, the hall or the park. If you use a balloon, pick up any burst pieces right away; they are a choking risk.",
        "Get ready together: 'Hands out, fingers open, eyes on the ball.' Count '1, 2, 3' before every throw so your child knows when it's coming.",
        "Throw gently and underhand, toward their chest, never their face.",
        "Give 10 throws at this week's level. A catch counts when they hold on without it touching the ground. Hugging it to the chest counts at the early levels.",
        "Say what you see: 'Your eyes stayed on the ball the whole way.' 'Your hands were ready before I threw.'",
        "Let them throw it back every time; that's practice too. Log how many of the 10 they caught.",
      ],
      why: "Catching needs eyes, timing and both hands working together, so it's built step by step: bigger, slower balls from close by come first, smaller and faster ones from farther away come later. Your child practices just above what they can already catch reliably, so they succeed often and keep wanting to play. Move up after 8 of 10 catches in 3 sessions in a row, and step back a level if a session drops below 5 of 10.",
      minutes: 5,
      ages: { min: 3, max: 9 },
      materials: [
        "Large soft ball or beach ball",
        "Balloon",
        "Playground ball",
        "Beanbag or soft small ball",
      ],
      anchor: { routine: "after_school" },
      goals: ["catching a ball", "playing ball with friends"],
    },
    structure: {
      kind: "ladder",
      levels: [
        {
          title: "Roll a big ball back and forth",
          change: "Sitting on the floor with legs apart, rolling a large ball; nothing in the air.",
        },
        {
          title: "Catch a balloon",
          change: "A balloon floats down slowly, so there's time to get hands ready.",
        },
        {
          title: "Big soft ball from close by",
          change: "A beach ball or large soft ball tossed from about 3 feet away.",
        },
        {
          title: "Ball with one bounce",
          change: "A playground ball bounced once on the way, from about 5 feet away.",
        },
        {
          title: "Smaller ball from farther away",
          change: "A beanbag or soft tennis-ball-sized ball tossed from about 6 feet away.",
        },
        {
          title: "Catch to the side",
          change:
            "The same small ball thrown a little to the left or right, so they have to move to it.",
        },
      ],
      currentLevel: 0,
    },
  },

  // ---------------------------------------------------------------- chains (backward chaining)
  {
    content: {
      title: "Socks and shoes on",
      summary:
        "You do the first steps, your child does the last one, and they take over more each week.",
      steps: [
        "Sit your child on the floor or the bottom stair with their back supported, so both hands are free for their feet.",
        "Do every step for them except the last, naming each one in a few words: 'Scrunch. Toes in. Over the heel. Pull up.'",
        "Stop before the last step and say 'Your turn.' Wait. Let them finish alone, even if it's slow or a bit crooked.",
        "Celebrate the finish: 'You closed the strap. Shoes are on!' The last step is the one that feels like success.",
        "When your child has done their part alone 3 mornings in a row, they also take the step before it. Keep helping with everything before that.",
        "On a rushed morning, do the rest yourself and let them do just their steps. That still counts as practice.",
      ],
      why: "This is backward chaining: you do all the steps except the last, so your child always finishes the job and feels the success of 'done'. After 3 mornings in a row of doing their part alone, they take over the step before it, working back until they can do the whole thing. Practicing one task at a time, at the same point every morning, is what makes it stick.",
      minutes: 5,
      ages: { min: 3, max: 7 },
      materials: ["Socks", "Shoes with a hook-and-loop (Velcro) strap"],
      anchor: { routine: "morning" },
      goals: ["shoes and socks", "getting out the door on time"],
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "Scrunch the sock into a donut", prompt: "physical" },
        { title: "Put the sock over the toes", prompt: "physical" },
        { title: "Pull the sock over the heel", prompt: "physical" },
        { title: "Pull the sock up", prompt: "physical" },
        { title: "Open the shoe wide and slide the foot in", prompt: "physical" },
        { title: "Push the heel down into the shoe", prompt: "partial_physical" },
        { title: "Press the strap closed", prompt: "verbal" },
      ],
      direction: "backward",
      childFrom: 6,
    },
  },
  {
    content: {
      title: "Brushing teeth",
      summary: "You brush, your child finishes, and they take over one more step at a time.",
      steps: [
        "Stand behind your child at the sink, both facing the mirror, so your hands move the same way theirs will.",
        "Use a pea-sized dab of fluoride toothpaste (a smear the size of a grain of rice under age 3).",
        "Do each step for them, naming it in a few words: 'Water on the brush. Toothpaste. Top teeth. Bottom teeth. Spit.'",
        "Stop before the last step and say 'Your turn.' Let them rinse the brush and put it in the cup on their own, then say what they did: 'Back in the cup. All done!'",
        "After 3 evenings in a row of doing their part alone, they also take the step before it.",
        "Children need a grown-up to check their brushing until about age 7 or 8. Once your child brushes their own teeth, do a quick 'my turn' check before they spit, so the finish is still theirs.",
      ],
      why: "This is backward chaining: you do the steps up to the end and your child finishes, so every brushing ends with them succeeding instead of struggling. When they've done their part alone 3 times in a row, they take the step before it, until the whole routine is theirs. Brushing at the same point of the bedtime routine every night makes the steps automatic.",
      minutes: 5,
      ages: { min: 3, max: 8 },
      materials: [
        "Child toothbrush",
        "Fluoride toothpaste",
        "Cup or holder for the brush",
        "Step stool",
      ],
      anchor: { routine: "bedtime" },
      goals: ["brushing teeth", "calmer bedtime"],
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "Wet the toothbrush", prompt: "physical" },
        { title: "Squeeze on the toothpaste", prompt: "physical" },
        { title: "Brush the top teeth", prompt: "physical" },
        { title: "Brush the bottom teeth", prompt: "physical" },
        { title: "Spit into the sink", prompt: "partial_physical" },
        { title: "Rinse the brush and put it in the cup", prompt: "verbal" },
      ],
      direction: "backward",
      childFrom: 5,
    },
  },
  {
    content: {
      title: "Packing the school bag",
      summary:
        "Homework goes straight into the bag, and your child finishes by hanging it by the door.",
      steps: [
        "Make a picture checklist with your child and tape it inside the bag or by the door: folder, lunchbox, water bottle, library book.",
        "Right after homework, pack the bag together. You do the steps, reading the checklist out loud, until the last one.",
        "Stop before the last step: 'Your turn. Hang it on the hook.' Let them do it alone.",
        "Say what you see: 'Bag's on the hook, ready for the morning. You did that.'",
        "When they've done their part alone 3 days in a row, they take the step before it too, working back until they pack the whole bag from the checklist.",
      ],
      why: "This is backward chaining: your child always finishes the job, so packing ends with a feeling of 'done' instead of a reminder. After 3 days in a row of doing their part alone, they take over the step before it. Packing right when homework ends ties the habit to a moment that already happens every day, and makes mornings calmer too.",
      minutes: 5,
      ages: { min: 5, max: 12 },
      materials: ["School bag", "Picture checklist", "A hook or spot by the door"],
      anchor: { routine: "homework" },
      goals: ["packing my school bag", "calmer mornings", "not forgetting homework"],
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "Check the list", prompt: "physical" },
        { title: "Put the homework folder in", prompt: "physical" },
        { title: "Put the lunchbox and water bottle in", prompt: "physical" },
        { title: "Add today's extras (library book, gym clothes)", prompt: "physical" },
        { title: "Zip the bag closed", prompt: "partial_physical" },
        { title: "Hang the bag on the hook by the door", prompt: "verbal" },
      ],
      direction: "backward",
      childFrom: 5,
    },
  },
  {
    content: {
      title: "Putting on a T-shirt",
      summary:
        "You start the shirt, your child pulls it down, and they take over a little more each week.",
      steps: [
        "Start with a loose shirt with a wide neck and short sleeves. Tighter shirts can come later.",
        "Lay the shirt face down on the bed with the tag at the top. Set it up the same way every day.",
        "Do the steps together, naming each one: 'Head in. One arm. Other arm. Pull it down.' Your hands can guide theirs.",
        "Stop before the last step: 'Your turn. Pull it down.' Wait, and let them do it alone.",
        "Say what they did: 'You pulled it all the way down to your tummy. Shirt's on!'",
        "After 3 mornings in a row of doing their part alone, they take over the step before it too.",
      ],
      why: "This is backward chaining: you help with the beginning and your child always does the final pull, so getting dressed ends in success instead of a tangle. Once they've done their part alone 3 times in a row, they take the step before it, until they can do the whole shirt. Practicing in the real morning routine helps the skill work on school mornings, not only in therapy.",
      minutes: 5,
      ages: { min: 3, max: 7 },
      materials: ["Loose T-shirt with a wide neck"],
      anchor: { routine: "morning" },
      goals: ["getting dressed", "putting on a shirt"],
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "Find the tag and lay the shirt flat", prompt: "physical" },
        { title: "Put the shirt over the head", prompt: "physical" },
        { title: "Push the first arm through", prompt: "physical" },
        { title: "Push the second arm through", prompt: "partial_physical" },
        { title: "Pull the shirt down", prompt: "verbal" },
      ],
      direction: "backward",
      childFrom: 4,
    },
  },
  {
    content: {
      title: "Pulling up pants",
      summary: "Sit down to start, stand up to finish: your child does the last pull, then more.",
      steps: [
        "Have your child sit on the floor or a low step with their back against the wall, so they don't have to balance while they work.",
        "Start with loose pants with an elastic waist. Lay them on the floor in front of them, tag side down, so the front faces up.",
        "Do each step with them, naming it: 'One foot in. Other foot in. Pull to the knees. Stand up. Pull up high.'",
        "Stop before the last step: 'Your turn. Pull them up high.' Let them do it, back and front.",
        "Say what they did: 'You pulled them right up over your bottom. Done!' After 3 mornings in a row of doing their part alone, they take the step before it too.",
      ],
      why: "This is backward chaining: you do the start and your child finishes, so they always end on success. Once the last step has been theirs 3 times in a row, they add the step before it, working back to the first. Sitting down for the feet means balance doesn't get in the way of learning the steps.",
      minutes: 5,
      ages: { min: 2, max: 6 },
      materials: ["Loose pants with an elastic waist"],
      anchor: { routine: "morning" },
      goals: ["getting dressed", "putting on pants", "using the toilet on my own"],
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "Find the tag and lay the pants out", prompt: "physical" },
        { title: "Put one foot in", prompt: "physical" },
        { title: "Put the other foot in", prompt: "physical" },
        { title: "Pull up to the knees", prompt: "physical" },
        { title: "Stand up", prompt: "partial_physical" },
        { title: "Pull up over the bottom", prompt: "verbal" },
      ],
      direction: "backward",
      childFrom: 5,
    },
  },
  {
    content: {
      title: "Zipping up a coat",
      summary: "You start the zipper, your child zips it up to the chin.",
      steps: [
        "Practice with the coat on, standing, a few minutes before you need to leave, so nobody is rushing.",
        "Do the early steps and name them: 'Pin in the box. Hold the bottom. Pull up.' The pin is the metal end of the zipper; the box is the slider it goes into.",
        "Stop before the last step: 'Your turn. Zip it to your chin.' Let them pull the tab up alone.",
        "Say what you see: 'You held the bottom tight and zipped all the way up.'",
        "After 3 times in a row of doing their part alone, they take the step before it. Getting the pin into the box is the trickiest part, so it's learned last.",
        "A bigger pull on the tab (a key ring or a loop of ribbon) makes it easier to grip.",
      ],
      why: "This is backward chaining: your child always does the final zip and gets to feel 'I did it' every time. After 3 times in a row doing their part alone, they take the step before it, so the tricky start of the zipper is learned last, when everything after it is already easy. Practicing every time you leave the house gives lots of short, real practice.",
      minutes: 5,
      ages: { min: 4, max: 8 },
      materials: ["Coat with a front zipper", "Key ring or ribbon loop for the zipper pull"],
      anchor: { routine: "custom", customLabel: "Heading out the door" },
      goals: ["zipping my coat", "getting ready for recess"],
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "Put the coat on", prompt: "physical" },
        { title: "Line up the two sides at the bottom", prompt: "physical" },
        { title: "Put the pin into the slider", prompt: "physical" },
        { title: "Hold the bottom and start the zip", prompt: "physical" },
        { title: "Pull the tab up to the chest", prompt: "partial_physical" },
        { title: "Zip up to the chin", prompt: "verbal" },
      ],
      direction: "backward",
      childFrom: 5,
    },
  },
  {
    content: {
      title: "Washing hands",
      summary:
        "You help with the washing, your child finishes by drying, and they take over more each week.",
      steps: [
        "Put a step stool at the sink and set the water to warm, not hot, before you start. Keep the soap and towel within reach.",
        "Do each step with your child, naming it: 'Water on. Wet hands. One pump of soap. Rub, rub, rub. Rinse. Water off. Dry.'",
        "Sing 'Happy Birthday' twice while rubbing; that's about the 20 seconds hands need. Rub palms, backs and between the fingers.",
        "Stop before the last step: 'Your turn. Dry your hands.' Let them do it alone.",
        "Say what you see: 'You dried between your fingers too.' After 3 times in a row of doing their part alone, they take the step before it.",
      ],
      why: "This is backward chaining: you help through the washing and your child always does the last step, so every wash ends in success. After 3 times in a row of doing their part alone, they take the step before it too. Washing before every meal gives several short practices a day, inside a routine that already happens.",
      minutes: 5,
      ages: { min: 2, max: 7 },
      materials: ["Step stool", "Pump soap", "Hand towel"],
      anchor: { routine: "custom", customLabel: "Before meals" },
      goals: ["washing hands", "getting ready for meals"],
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "Turn on the water", prompt: "physical" },
        { title: "Wet the hands", prompt: "physical" },
        { title: "Pump the soap once", prompt: "physical" },
        { title: "Rub palms, backs and between the fingers", prompt: "physical" },
        { title: "Rinse off the bubbles", prompt: "partial_physical" },
        { title: "Turn off the water", prompt: "partial_physical" },
        { title: "Dry the hands on the towel", prompt: "verbal" },
      ],
      direction: "backward",
      childFrom: 6,
    },
  },
  {
    content: {
      title: "Buckling into the booster seat",
      summary:
        "You do the early steps, your child clicks the buckle, and you always check it before you drive.",
      steps: [
        "This is for children who already ride in a belt-positioning booster seat. Follow the seat's manual for your child's size; if unsure, ask your therapist or a car seat technician.",
        "Do each step with your child, naming it: 'Climb in. Back against the seat. Belt across. Lap belt low on your hips. Click.'",
        "Stop before the last step: 'Your turn. Click it in.' Let them push the buckle until it clicks, then tug the belt to check.",
        "Then you always check: lap belt low across the hips, shoulder belt across the middle of the shoulder and chest, never under the arm or behind the back.",
        "Say what they did: 'I heard the click! You buckled yourself.' After 3 trips in a row of doing their part alone, they take the step before it.",
      ],
      why: "This is backward chaining: your child always finishes with the click, which feels like a win and keeps them willing to try. After 3 trips in a row doing their part alone, they take the step before it, until they buckle up from start to finish, with your safety check every time. Practicing on every school run gives short, real practice at a moment that already happens.",
      minutes: 5,
      ages: { min: 4, max: 10 },
      materials: ["Belt-positioning booster seat"],
      anchor: { routine: "drop_off" },
      goals: ["buckling my seat belt", "smoother school run"],
    },
    structure: {
      kind: "chain",
      steps: [
        { title: "Climb into the booster seat", prompt: "physical" },
        { title: "Sit with the back against the seat", prompt: "physical" },
        { title: "Pull the belt across the body", prompt: "physical" },
        { title: "Put the lap belt low on the hips", prompt: "physical" },
        { title: "Line the buckle up with the latch", prompt: "partial_physical" },
        { title: "Push until it clicks and tug to check", prompt: "verbal" },
      ],
      direction: "backward",
      childFrom: 5,
    },
  },

  // ---------------------------------------------------------------- sensory diets (regulation before demand)
  {
    content: {
      title: "Heavy work when you get home",
      summary:
        "A few minutes of carrying, pushing and a crunchy snack before anything is asked after school.",
      steps: [
        "Do it the moment you walk in the door, before any questions, chores or homework. School takes a lot out of children; this is their landing.",
        "Heavy work means using the big muscles to push, pull or carry something heavy. It tends to calm and organize the body.",
        "Pick one or two things from the menu and keep them the same every day for a while. Five to eight minutes is enough.",
        "Keep your words few and calm, and work alongside: 'You take the backpack, I'll take the groceries.'",
        "Save questions about the school day until after the heavy work and the snack.",
        "Log it, and note how the next 30 minutes went. Over a few weeks you'll see which activities help most.",
      ],
      why: "Children can only do what's asked of them when their body is settled, and the first half hour after school is one of the hardest moments of the day. Giving 5–8 minutes of heavy work and a crunchy snack 15–20 minutes before the first demand settles things ahead of time, instead of handling a meltdown afterward. Parents who do this regularly report 40–60% less conflict around transitions within 4–6 weeks.",
      minutes: 8,
      ages: { min: 4, max: 12 },
      materials: [
        "Backpack",
        "Laundry basket and some books",
        "Crunchy snack (apple, carrots, pretzels)",
      ],
      anchor: { routine: "after_school" },
      goals: ["calmer after school", "fewer meltdowns after pickup"],
    },
    structure: {
      kind: "sensory_diet",
      moments: [{ time: "16:00", label: "After-school jobs and homework" }],
      menu: [
        { title: "Carry the backpack and groceries in from the car", category: "heavy_work" },
        { title: "Ten wall push-ups", category: "heavy_work" },
        { title: "Push a laundry basket full of books down the hall", category: "heavy_work" },
        { title: "Crunchy snack at the table", category: "oral_motor" },
      ],
      leadMinutes: 20,
      durationMinutes: 8,
    },
  },
  {
    content: {
      title: "Crunchy, chewy snack before homework",
      summary:
        "A crunchy or chewy snack, or a thick drink through a straw, 15 minutes before homework starts.",
      steps: [
        "Serve the snack 15–20 minutes before homework, at the table, sitting down. Start homework at the same time each day.",
        "Choose from the menu: something crunchy (apple, carrot sticks, pretzels), something chewy (bagel, cheese stick, dried fruit), or a thick smoothie through a straw.",
        "Crunching, chewing and sucking through a straw give the mouth strong, steady input (therapists call it oral-motor input). It helps many children feel calm and focused.",
        "For younger children, cut food into small pieces and stay close. Whole grapes, nuts and hard, round pieces are a choking risk.",
        "Keep it calm and short, 5–8 minutes, with no screens. Sit down and have a snack with them if you can.",
        "Log it, and note how the start of homework went.",
      ],
      why: "A child who sits down to homework unsettled has less of their thinking brain free for the work. Strong input to the mouth, from crunching, chewing or sucking a thick drink, given 15–20 minutes before homework helps many children arrive at the table calm and ready. Scheduling it before the demand, every day, prevents struggles instead of managing them once they start.",
      minutes: 6,
      ages: { min: 5, max: 14 },
      materials: [
        "Crunchy or chewy snacks",
        "Thick smoothie or yogurt drink",
        "Straw",
        "Cotton balls",
      ],
      anchor: { routine: "homework" },
      goals: ["calmer homework start", "sitting still for homework"],
    },
    structure: {
      kind: "sensory_diet",
      moments: [{ time: "16:30", label: "Homework" }],
      menu: [
        { title: "Crunchy snack: apple slices, carrot sticks, pretzels", category: "oral_motor" },
        { title: "Chewy snack: bagel, cheese stick, dried fruit", category: "oral_motor" },
        { title: "Thick smoothie or yogurt drink through a straw", category: "oral_motor" },
        { title: "Blow a cotton ball across the table with a straw", category: "oral_motor" },
      ],
      leadMinutes: 15,
      durationMinutes: 6,
    },
  },
  {
    content: {
      title: "Slow swinging before homework",
      summary:
        "Five to eight minutes of slow, steady rocking or swinging to settle the body before homework.",
      steps: [
        "Start 15–20 minutes before homework. Choose one from the menu: a swing in the yard or at the park, a rocking chair, or rocking together on the floor.",
        "Keep it slow and steady, about one swing forward and back every 2 seconds, like a slow song. Front-to-back is calming; fast spinning tends to wind children up, so skip it.",
        "Stay right beside the swing. Push gently from behind, and check that your child sits in the middle of the seat and holds on with both hands.",
        "Stop if your child looks pale, sweaty or dizzy, or says they feel sick. Some children need much less movement than others.",
        "Hum or count slowly with the rhythm, with few words. Then walk together to the homework table.",
        "Log it, and note how homework started.",
      ],
      why: "Slow, rhythmic movement, such as rocking or swinging back and forth, helps many children's bodies settle, and a settled child can focus on homework more easily. Doing it for 5–8 minutes, 15–20 minutes before homework, deals with the hard moment before it arrives instead of after. Keeping the same time every day helps your child's body learn the pattern.",
      minutes: 6,
      ages: { min: 4, max: 12 },
      materials: ["Swing, rocking chair or therapy ball"],
      anchor: { routine: "homework" },
      goals: ["calmer homework start", "focus"],
    },
    structure: {
      kind: "sensory_diet",
      moments: [{ time: "17:00", label: "Homework" }],
      menu: [
        { title: "Slow front-to-back swinging", category: "rhythmic_movement" },
        { title: "Rocking chair with a slow song", category: "rhythmic_movement" },
        {
          title: "Rock forward and back on tummy over a therapy ball, hands on the floor",
          category: "rhythmic_movement",
        },
        {
          title: "'Row, row, row your boat' rocking together on the floor",
          category: "rhythmic_movement",
        },
      ],
      leadMinutes: 20,
      durationMinutes: 6,
    },
  },
  {
    content: {
      title: "Morning wake-up movement",
      summary: "A few minutes of moving and crunching after waking, before getting dressed.",
      steps: [
        "Plan it for right after your child gets out of bed, 15–20 minutes before getting dressed and the rush to the door.",
        "Pick one or two from the menu and keep them the same for a week or two: bear walk to the bathroom, 10 jumps on a cushion, carry the milk and cereal to the table, or a crunchy breakfast with a straw.",
        "For a child who is slow and sleepy, make it a bit quicker and bouncier. For a child who wakes up cross or wound up, make it slower and heavier.",
        "Join in. A parent doing a bear walk is hard to resist.",
        "Keep talk light and hold off on instructions for now. After 5–8 minutes, move on to getting dressed.",
        "Log it, and note how dressing and getting out the door went.",
      ],
      why: "Getting from bed to school-ready is one of the hardest stretches of the day for many children, because their bodies aren't ready for demands yet. A short burst of heavy work or crunchy food 15–20 minutes before dressing helps sleepy children wake up and helps jumpy children settle. Doing it the same way every morning also makes the routine predictable, which helps on its own.",
      minutes: 6,
      ages: { min: 3, max: 12 },
      materials: ["Couch cushion or mini trampoline", "Straw"],
      anchor: { routine: "morning" },
      goals: ["easier mornings", "getting dressed without a fight"],
    },
    structure: {
      kind: "sensory_diet",
      moments: [{ time: "07:20", label: "Getting dressed" }],
      menu: [
        { title: "Bear walk to the bathroom", category: "heavy_work" },
        { title: "Ten jumps on a cushion or mini trampoline", category: "heavy_work" },
        { title: "Carry the milk and cereal to the table", category: "heavy_work" },
        { title: "Crunchy breakfast and a drink through a straw", category: "oral_motor" },
      ],
      leadMinutes: 15,
      durationMinutes: 6,
    },
  },

  // ---------------------------------------------------------------- routine practice
  {
    content: {
      title: "Little crayons, better grip",
      summary:
        "Five minutes of drawing with broken crayons on an upright surface to build a comfortable pencil grip.",
      steps: [
        "Break crayons into pieces about 1 inch long. A short crayon can't be held in a fist, so fingers naturally move to the tip.",
        "Tape paper to the wall or the fridge at your child's eye level, or put it on a big binder turned sideways to make a slope. Drawing uphill helps the wrist bend back into a good writing position.",
        "Draw together for 5 minutes before homework: mazes, coloring, dot-to-dot, or roads for a toy car.",
        "If they switch to a fist, show your own fingers: 'Pinch it like a bird's beak.' Say it once, then go back to drawing.",
        "Mostly describe what you see: 'You're holding it with three fingers.' 'That line went all the way to the edge.'",
      ],
      why: "A comfortable pencil grip comes from lots of small practice in the right conditions, not from reminders during homework. Short crayons and an upright surface make the good grip the easy one, so your child practices it without thinking about it. Five minutes most days, at the same point before homework, adds up to far more practice than a weekly session could.",
      minutes: 5,
      ages: { min: 4, max: 8 },
      materials: [
        "Crayons broken into 1-inch pieces",
        "Paper and tape",
        "Large binder to make a slope",
      ],
      anchor: { routine: "homework" },
      goals: ["pencil grasp", "handwriting", "less tired hand"],
    },
    structure: { kind: "routine_practice", minutes: 5, daysPerWeek: 5 },
  },
  {
    content: {
      title: "Leaving the park",
      summary:
        "A warning, three last turns and a heavy job on the way out: the same plan every time.",
      steps: [
        "Say the plan before you even get there: 'When the timer rings, we do three last turns, then we walk to the car.'",
        "Give a 5-minute warning and set a phone timer, so the timer is the one that says it's time, not you.",
        "When it rings, count the last turns together: 'Three more... two more... last one. Make it your best!'",
        "Give a heavy job for the walk out: carry the bag, push the stroller, or a frog-jump race to the gate. Pushing and carrying help the body calm down.",
        "Name the next good thing: 'Next is the car and your snack.' Afterward, say what went well: 'You did your three turns and walked right out.'",
        "If it falls apart, stay calm and use few words. Help them leave, and use the same plan next time.",
      ],
      why: "Stopping something fun is hard for any child, and harder for children whose bodies take longer to change gears. The same warning, countdown and heavy job every time make leaving predictable, and the carrying or pushing helps their body settle on the walk out. Practicing it at every park visit builds the habit right where it's needed.",
      minutes: 5,
      ages: { min: 2, max: 8 },
      materials: ["Phone timer", "A bag for your child to carry"],
      anchor: { routine: "custom", customLabel: "Leaving the park" },
      goals: ["leaving the park", "easier transitions", "fewer meltdowns"],
    },
    structure: { kind: "routine_practice", minutes: 5, daysPerWeek: 3 },
  },
  {
    content: {
      title: "Screens off, smooth landing",
      summary:
        "Warnings, your child presses 'off' themselves, then a quick heavy job, the same way every day.",
      steps: [
        "Agree on the end point before screens go on, and make it a natural stop: 'at the end of this episode' or 'when this level is done', not in the middle.",
        "Give a 10-minute and a 2-minute warning. Go over, touch their shoulder and wait for them to look at you before you say it.",
        "At the end, let your child press 'off' or hand you the tablet. Finishing it themselves is easier than having it taken away.",
        "Straight away, give a landing job that uses big muscles: carry the laundry basket, push the chairs in, or do 10 jumps on a cushion.",
        "Then say what comes next: 'Now we're setting the table.' And what went well: 'You turned it off right when the timer rang.'",
        "If there's a meltdown, stay calm, say little, and keep the same plan tomorrow. It gets easier with repetition.",
      ],
      why: "Turning off a screen is a sudden change from something very absorbing, which is why it so often ends in tears. Warnings make it predictable, pressing 'off' lets your child finish the task themselves, and a heavy job straight after helps their body settle. Doing it the same way every day is what turns it from a battle into a routine.",
      minutes: 5,
      ages: { min: 3, max: 12 },
      materials: ["Timer (phone or kitchen timer)", "Laundry basket or cushion"],
      anchor: { routine: "custom", customLabel: "When screen time ends" },
      goals: ["turning off screens", "easier transitions"],
    },
    structure: { kind: "routine_practice", minutes: 5, daysPerWeek: 7 },
  },
  {
    content: {
      title: "Tidy-up time",
      summary:
        "Five minutes of putting toys away together, with the same song and one bin at a time.",
      steps: [
        "Give each kind of toy its own bin with a picture on the front (blocks, cars, dolls). Pictures make it obvious where things go.",
        "Give a 2-minute warning, then start the same tidy-up song every day. When the song ends, tidying ends.",
        "Split the job: 'You do the blocks, I'll do the cars.' Start with one bin for your child and add more as it gets easy.",
        "Work alongside and describe: 'You put all the red blocks in. The floor is getting clearer.'",
        "Leave the last toy for your child: 'Last one. You put it in!' Ending on their success makes it easier to start next time.",
      ],
      why: "Tidying up is a lot of small decisions, so bins with pictures, a song and one job at a time make it something a child can actually do. Your child always puts the last toy away, so the routine ends with a feeling of 'done'. Doing it at the same point every day, just before dinner, makes it a habit instead of a request.",
      minutes: 5,
      ages: { min: 2, max: 7 },
      materials: ["Toy bins with picture labels", "A tidy-up song"],
      anchor: { routine: "custom", customLabel: "Before dinner" },
      goals: ["tidying toys", "helping at home"],
    },
    structure: { kind: "routine_practice", minutes: 5, daysPerWeek: 7 },
  },
  {
    content: {
      title: "Bedtime wind-down",
      summary:
        "The same calm steps in the same order every night: lights down, teeth, a squeeze, a story, sleep.",
      steps: [
        "Make a picture chart of the bedtime steps with your child, for example pajamas, teeth, bathroom, two books, one song, lights out. Follow it in the same order every night.",
        "About 30 minutes before bed, dim the lights and turn screens off (an hour before is even better). Speak a little slower and quieter.",
        "Add slow, firm pressure, which helps many children settle: roll them up in a blanket like a burrito, head always out, or give slow, firm back rubs.",
        "Let your child point to the next picture on the chart. Describe what they're doing: 'Pajamas on, teeth done. You're nearly ready.'",
        "End the same way every night: the same goodnight words, the same last hug.",
      ],
      why: "Children settle faster when bedtime is predictable, because they know what comes next and nothing surprises them. Dim lights, a slower pace and slow, firm pressure help the body shift from busy to calm before the big task of falling asleep. Doing the same steps in the same order every night is what turns the wind-down into a habit.",
      minutes: 15,
      ages: { min: 2, max: 10 },
      materials: ["Picture chart of the bedtime steps", "Blanket", "Books"],
      anchor: { routine: "bedtime" },
      goals: ["calmer bedtime", "falling asleep more easily"],
    },
    structure: { kind: "routine_practice", minutes: 15, daysPerWeek: 7 },
  },

  // ---------------------------------------------------------------- descriptive commenting
  {
    content: {
      title: "Be the sportscaster: commenting during play",
      summary:
        "Five minutes of play where you describe what your child does instead of asking or directing.",
      steps: [
        "Set a 5-minute timer. Sit at your child's level and let them choose the toy and the game.",
        "Describe what they're doing, like a sportscaster: 'You're putting the red block on top.' 'The car zoomed down the ramp.' 'You're pressing really hard on that one.'",
        "Instructions sound like 'Put it here', 'Try the blue one' or 'Careful'. Quiz questions such as 'What color is that?' count as instructions too.",
        "Aim for at least 4 descriptions for every instruction. Count your instructions silently on your fingers.",
        "If something goes wrong, describe instead of fixing: 'That tower fell down. I wonder what would happen if the bottom was wider.'",
        "Slips are normal. When you catch one, just add four descriptions. Log your rough count when the timer rings.",
      ],
      why: "When you describe what your child is doing, they start to notice it themselves, and that awareness is what eventually lets them check and correct their own work. Children who hear mostly instructions tend to wait to be told, while children who hear descriptions build their own inner guide. Aim for at least 4 descriptive comments for every instruction or correction; play is the easiest place to practice.",
      minutes: 5,
      ages: { min: 2, max: 10 },
      materials: ["Your child's favorite toys", "Phone timer"],
      anchor: { routine: "after_school" },
      goals: ["playing together", "confidence", "trying things without giving up"],
    },
    structure: { kind: "descriptive_commenting", targetRatio: 4 },
  },
  {
    content: {
      title: "Commenting at bath time",
      summary:
        "Describe what your child does to wash themselves, instead of telling them what to wash.",
      steps: [
        "Hand one part of bath time to your child, such as washing their arms and legs with a washcloth. You do the rest, including hair and a final check.",
        "Describe, don't direct. Instead of 'Wash your feet', try 'You're scrubbing your knees. Bubbles everywhere!' or 'You found your elbow.'",
        "More examples: 'You squeezed the washcloth and the water ran out.' 'You washed one arm all the way down to your fingers.'",
        "If they miss a spot, describe what's left instead of correcting: 'I see one foot with no bubbles yet.' Then wait.",
        "Aim for at least 4 descriptions for each instruction. Count instructions silently on your fingers, and log your rough count afterward.",
        "Never leave your child alone in the bath, even for a moment.",
      ],
      why: "Describing what your child does to wash themselves helps them notice their own actions, which is how they start to check their own work without being told. Lots of instructions during self-care can teach a child to wait to be directed, while descriptions help them take charge. Aim for at least 4 descriptive comments for every instruction or correction, inside a routine that already happens every day.",
      minutes: 10,
      ages: { min: 2, max: 8 },
      materials: ["Washcloth", "Bath toys (optional)"],
      anchor: { routine: "bath" },
      goals: ["washing myself", "bath time without battles"],
    },
    structure: { kind: "descriptive_commenting", targetRatio: 4 },
  },
  {
    content: {
      title: "Noticing, not correcting, at homework",
      summary:
        "During writing homework, say what your child does well and wonder out loud instead of correcting.",
      steps: [
        "Sit beside your child for the first 5 minutes of writing homework. Count your instructions on your fingers or keep a tally on your phone.",
        "Describe what you see: 'I can see you're using three fingers on the pencil.' 'That letter sits right on the line.' 'You left a space between those words.'",
        "Instructions and corrections sound like 'Hold it properly', 'Neater', 'Try again' or 'That's wrong'. Keep them to 1 for every 4 descriptions.",
        "When something goes wrong, wonder out loud: 'That one didn't quite work. I wonder what would happen if you tried it a different way.'",
        "Describe effort as well as results: 'You kept going even though that word was long.'",
        "After 5 minutes, step back and let them carry on. Log your rough count.",
      ],
      why: "Descriptive comments help your child notice what they are doing well, which builds the awareness they need to correct their own writing when you're not there. Lots of correction during homework tends to make children depend on being told, or avoid the work altogether. Aim for at least 4 descriptive comments for every correction or instruction.",
      minutes: 5,
      ages: { min: 5, max: 12 },
      materials: ["Your child's writing homework"],
      anchor: { routine: "homework" },
      goals: ["calmer homework", "confidence with writing", "working more independently"],
    },
    structure: { kind: "descriptive_commenting", targetRatio: 4 },
  },
];
