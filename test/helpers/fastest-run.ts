/**
 * The fastest of several runs of `work`, in milliseconds: the linear-time tests compare a short and a long input by
 * their best runs, so one slow run on a busy machine does not decide them.
 */
export function fastestRun(work: () => void, runs = 9): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
