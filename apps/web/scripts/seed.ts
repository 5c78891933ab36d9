import { createDb } from "@carryover/db";
import { seedDemo } from "@carryover/db/seed";

import { env } from "../src/env";
import { openDatabase, prepareDatabase } from "./database";

/** `npm run db:seed`: the demo clinics, into DATABASE_URL or the embedded database. */
async function main() {
  const database = await openDatabase((line) => console.info(line));
  try {
    await prepareDatabase(database.url, () => undefined);
    const db = createDb(database.url, { max: 1 });
    const { created } = await seedDemo(db);
    await db.close();
    console.info(
      created.length
        ? `Seeded: ${created.join(", ")}.`
        : "The demo clinics were already there; nothing changed.",
    );
    if (env().DATABASE_URL) console.info("Demo accounts use the password carryover-demo.");
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
