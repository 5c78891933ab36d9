import "server-only";

import { z } from "zod";

import { getChild, getProgram, type RequestMeta } from "@carryover/api";
import { hourCycleOf } from "@carryover/domain/identity";

import { pdfResponse, signInFirst } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { todayInZone } from "~/lib/time";
import { getAuthSession } from "~/server/auth-session";
import { serviceDeps } from "~/server/deps";
import { renderProgramPdf } from "./render-program-pdf";

export const programNotFound = () =>
  plainText(404, "We couldn't find that child. Open the home program from your Carryover account.");

/** A child's home program as a PDF to print, for whoever may see the program. */
export async function answerProgramPdf(
  req: Request,
  meta: RequestMeta,
  childId: string,
): Promise<RouteAnswer> {
  const auth = await getAuthSession();
  if (!auth?.ok)
    return {
      response: signInFirst(req, auth, "Please sign in to Carryover to see this home program."),
    };
  const actorId = auth.actor.userId;
  if (!z.uuid().safeParse(childId).success) return { response: programNotFound(), actorId };
  // The same rules and audit rows as `child.get` and `program.get`: each service checks access.
  const ctx = { ...serviceDeps(), meta, actor: auth.actor };
  const child = await getChild(ctx, { childId });
  const { program } = await getProgram(ctx, { childId });
  if (!program)
    return {
      response: plainText(
        404,
        "There is no home program to print yet. Your therapist will set one up with you.",
      ),
      actorId,
    };
  const pdf = await renderProgramPdf({
    program,
    childFirstName: child.firstName,
    clinicName: auth.clinicName,
    today: todayInZone(auth.clinicTimeZone),
    timeZone: auth.clinicTimeZone,
    cycle: hourCycleOf(auth.timeFormat),
  });
  // No names in the file name: downloads and print queues show it.
  return { response: pdfResponse(pdf, "home-program.pdf"), actorId };
}
