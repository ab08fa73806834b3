import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../core/logger.js';
import type { Store } from '../storage/store.js';
import { runTick, type TickReport } from './tick.js';

/** Runs a scheduler pass at the start of every minute; a pass still running makes the next one skip. */
export class Scheduler {
  private task: ScheduledTask | undefined;
  private running = false;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly onReport: (report: TickReport) => Promise<void> = async () => {},
  ) {}

  start(): void {
    this.task = cron.schedule('* * * * *', () => this.tick(new Date()), { noOverlap: true });
  }

  async tick(at: Date): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const report = await runTick(this.store, at);
      this.logger.debug(
        { prompts: report.promptsQueued, reminders: report.remindersQueued, held: report.heldForQuietHours, ms: Math.round(report.elapsedMs) },
        'scheduler pass',
      );
      await this.onReport(report);
    } catch (error) {
      this.logger.error({ err: error }, 'scheduler pass failed; the next minute tries again');
    } finally {
      this.running = false;
    }
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = undefined;
  }
}
