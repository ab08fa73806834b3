import type { IncomingEvent } from './events.js';
import type { PriorityOutcome } from './thread-priority.js';

/** What the thread that acknowledges sends the job thread. */
export type ToJobThread<Job> = { type: 'job'; id: number; job: Job } | { type: 'stop' };

/** What the job thread sends back. */
export type FromJobThread =
  | { type: 'ready'; priority: PriorityOutcome }
  | { type: 'failed'; message: string }
  | { type: 'done'; id: number; error?: string }
  /** An event the core handled there, for this process's metrics. */
  | { type: 'handled'; kind: IncomingEvent['kind']; seconds: number; rateLimited: number };
