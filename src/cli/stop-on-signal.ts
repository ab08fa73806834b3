/**
 * The longest a graceful stop may take before the process exits anyway. Under the 30 s a container platform usually grants,
 * and long enough for the embedded database to close cleanly on a busy machine: 10 s was not, at a load average of 12.
 */
export const STOP_GRACE_MS = 25_000;

/**
 * Graceful stop on SIGINT or SIGTERM: stop taking work, finish and record what is in flight (`shutdown`), then `stopped`;
 * never hang: past STOP_GRACE_MS the process exits with 1.
 */
export function stopOnSignal(shutdown: () => Promise<void>, stopped: () => void = () => process.exit(0)): void {
  const stop = () => {
    setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
    void shutdown().then(stopped);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
