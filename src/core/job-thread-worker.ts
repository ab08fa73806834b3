import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import type { EventHandler } from './adapter.js';
import type { FromJobThread, ToJobThread } from './job-thread-messages.js';
import { lowerThisThreadsPriority } from './thread-priority.js';

export interface JobServer<Job> {
  /** Does one job; should not throw. */
  run(job: Job): Promise<void>;
  /** Closes what `open` opened (database connections). */
  close(): Promise<void>;
  /** Commands this thread's rate limit has refused since it started (for the process's metrics). */
  rateLimited?(): number;
}

/**
 * The job thread's side of JobThread: opens its own runtime with `open`, says it is ready, does each
 * job posted to it, and on `stop` finishes the jobs it holds, closes and ends. `open` is given a
 * wrapper for the core's handler that reports each handled event back for the process's metrics.
 */
export function serveJobs<Job>(open: (timed: (handler: EventHandler) => EventHandler) => Promise<JobServer<Job>>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  const send = (message: FromJobThread) => port.postMessage(message);
  // Jobs can wait a few milliseconds; acknowledgements cannot (Slack allows 3 s, members feel less).
  const priority = lowerThisThreadsPriority();
  let server: JobServer<Job> | undefined;
  let rateLimitedSaid = 0;
  const timed = (handler: EventHandler): EventHandler => ({
    async handle(event, hooks) {
      const started = performance.now();
      try {
        return await handler.handle(event, hooks);
      } finally {
        const rateLimited = (server?.rateLimited?.() ?? 0) - rateLimitedSaid;
        rateLimitedSaid += rateLimited;
        send({ type: 'handled', kind: event.kind, seconds: (performance.now() - started) / 1000, rateLimited });
      }
    },
  });
  open(timed).then(
    (opened) => {
      server = opened;
      let running = 0;
      let stopping = false;
      const closeWhenIdle = () => {
        if (!stopping || running > 0) return;
        void opened.close().finally(() => process.exit(0));
      };
      port.on('message', (message: ToJobThread<Job>) => {
        if (message.type === 'stop') {
          stopping = true;
          closeWhenIdle();
          return;
        }
        running++;
        opened
          .run(message.job)
          .then(
            () => send({ type: 'done', id: message.id }),
            (error: unknown) => send({ type: 'done', id: message.id, error: error instanceof Error ? error.message : String(error) }),
          )
          .finally(() => {
            running--;
            closeWhenIdle();
          });
      });
      send({ type: 'ready', priority });
    },
    (error: unknown) => {
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      // Let the message leave before the thread ends.
      setImmediate(() => process.exit(1));
    },
  );
}
