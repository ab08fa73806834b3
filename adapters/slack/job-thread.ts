import type { Config } from '../../src/config/env.js';
import type { Logger } from '../../src/core/logger.js';
import { JobThread } from '../../src/core/job-thread.js';
import type { DatabaseTarget } from '../../src/storage/database.js';
import type { SlackJob } from './request-intake.js';

/** What the Slack job thread builds its runtime from: plain data, copied to the thread. */
export interface SlackJobThreadData {
  config: Config;
  /** This process's database, reached with connections of the thread's own. */
  database: DatabaseTarget;
  commandPrefix: string;
  apiUrl?: string;
  botToken?: string;
  requestTimeoutMs?: number;
}

/** The thread that works on acknowledged Slack jobs (job-thread-main.ts). */
export function slackJobThread(data: SlackJobThreadData, logger: Logger): JobThread<SlackJob> {
  return new JobThread<SlackJob>({ entry: new URL('./job-thread-entry.mjs', import.meta.url), workerData: data, logger });
}
