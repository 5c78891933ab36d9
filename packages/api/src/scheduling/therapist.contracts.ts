import { z } from "zod";

export const TherapistList = z.array(z.object({ id: z.uuid(), name: z.string() }));
