import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Every spec imports `test` and `expect` from here: a test fails when the browser reports a Content
 * Security Policy violation in any page of any of its contexts (issue 16: every page works under the
 * policy). A test that provokes one on purpose reads `cspViolations` and empties it.
 */

type ViolationEvent = {
  documentURI: string;
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
};

const REPORT = "__reportCspViolation";

function describe(v: ViolationEvent): string {
  const where = v.sourceFile ? ` at ${v.sourceFile}:${v.lineNumber}` : "";
  return `${v.documentURI}: ${v.effectiveDirective} blocked ${v.blockedURI}${where}`;
}

async function watch(context: BrowserContext, violations: string[]) {
  context.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`console ${message.type()} on ${message.page()?.url()}: ${message.text()}`);
  });
  await context.exposeFunction(REPORT, (v: ViolationEvent) => violations.push(describe(v)));
  await context.addInitScript((report) => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) => {
        const send = (window as unknown as Record<string, (v: ViolationEvent) => void>)[report];
        send?.({
          documentURI: e.documentURI,
          effectiveDirective: e.effectiveDirective,
          blockedURI: e.blockedURI,
          sourceFile: e.sourceFile,
          lineNumber: e.lineNumber,
        });
      },
      true,
    );
  }, REPORT);
}

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const watching: Promise<void>[] = [];
      const onContext = (context: BrowserContext) => watching.push(watch(context, violations));
      browser.on("context", onContext);
      await use(violations);
      browser.off("context", onContext);
      await Promise.allSettled(watching);
      expect(violations, "the browser reported Content Security Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
