import "server-only";

import { planOfCareForSigningWithLogo, type RequestMeta } from "@carryover/api";
import { SigningToken } from "@carryover/api/contracts/plan-of-care";

import { pdfResponse } from "~/lib/pdf-route";
import { plainText, type RouteAnswer } from "~/lib/route-handler";
import { serviceDeps } from "~/server/deps";
import { renderEvaluationPdf } from "./render-evaluation-pdf";

const UNKNOWN =
  "This signing link is not valid. Please use the latest link in the email from the clinic.";

const contact = (clinic: { name: string; phone: string | null }) =>
  clinic.phone ? `${clinic.name} at ${clinic.phone}` : clinic.name;

/**
 * The plan behind a physician's signing link, as a PDF: only while the link can still sign it
 * (the same lookup, rate limit and audit as the signing page); 404 or 410 in words otherwise.
 */
export async function answerSigningPdf(meta: RequestMeta, token: string): Promise<RouteAnswer> {
  if (!SigningToken.safeParse({ token }).success) return { response: plainText(404, UNKNOWN) };
  const found = await planOfCareForSigningWithLogo({ ...serviceDeps(), meta }, { token });
  if (found.state === "unknown") return { response: plainText(404, UNKNOWN) };
  if (found.state !== "ready") {
    const why = {
      signed: "This plan of care has already been signed.",
      expired: "This signing link has expired.",
      changed: "This plan of care has changed since the link was sent.",
    }[found.state];
    return {
      response: plainText(410, `${why} For a new link, please contact ${contact(found.clinic)}.`),
    };
  }
  const { document } = found;
  const pdf = await renderEvaluationPdf({
    evaluation: null,
    plan: { ...document, certification: null },
    letterhead: {
      clinic: { ...document.clinic, logo: found.logo?.bytes ?? null },
      child: document.child,
      diagnoses: document.diagnoses,
    },
    // The physician reads dates only; the clinic's zone is not part of the document.
    clock: { timeZone: "UTC" },
  });
  return { response: pdfResponse(pdf, "plan-of-care.pdf") };
}
