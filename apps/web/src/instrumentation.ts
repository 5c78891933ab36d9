export async function register() {
  // Next inlines NEXT_RUNTIME at build time: the edge bundle then leaves the Node-only worker out.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobs } = await import("./server/jobs");
  startJobs();
}
