import type { JobRequest, JobsPort } from "../ports/jobs";

/** For tests that do not run a worker: keeps what was enqueued so a test can look at it. */
export function createMemoryJobs(): JobsPort & { requests: JobRequest[] } {
  const requests: JobRequest[] = [];
  return {
    requests,
    enqueue(jobs) {
      requests.push(...jobs);
      return Promise.resolve();
    },
  };
}
