import path from 'node:path';
import { runTick } from '../scheduling/tick.js';
import { loadNoteCipher } from '../security/load-keys.js';
import { openDatabase, targetFromConfig } from '../storage/database.js';
import { MemberFiles } from '../storage/member-files.js';
import { Store } from '../storage/store.js';
import { loadConfigOrExit } from './load-config.js';

/** `peercircle tick --at`: one scheduler pass as if it were `at`, reported line by line. */
export async function runTickCommand(at: Date): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openDatabase(targetFromConfig(config));
  try {
    const report = await runTick(new Store(database, loadNoteCipher(config), new MemberFiles(path.resolve(config.DATA_DIR, 'attachments'))), at);
    console.log(`Scheduler pass at ${at.toISOString()} (${report.elapsedMs.toFixed(0)} ms):`);
    console.log(`  check-in prompts queued: ${report.promptsQueued}`);
    console.log(`  reminders queued: ${report.remindersQueued}`);
    console.log(`  held for quiet hours: ${report.heldForQuietHours}`);
    console.log(`  past the catch-up window, skipped: ${report.missed}`);
    console.log(`  unacknowledged urgent escalations passed to a backup supervisor: ${report.backupNotified}`);
    console.log(`  weekly supervisor digests queued: ${report.digestsQueued}`);
    console.log(`  debrief pairing rounds started: ${report.pairingRounds}; "did you meet?" messages queued: ${report.pairingChecks}, reminders: ${report.pairingCheckReminders}; on-demand requests closed unanswered: ${report.debriefRequestsClosed}`);
    console.log(`  check-ins past the retention period, deleted: ${report.expiredCheckIns}`);
    console.log(`  saved files (data exports, charts) older than a day, deleted: ${report.expiredFiles}`);
    const outbox = await new Store(database, loadNoteCipher(config)).outbox.counts();
    console.log(`  outbox: ${outbox.pending} waiting, ${outbox.sent} sent, ${outbox.failed} gave up (see \`peercircle outbox\`)`);
  } finally {
    await database.close();
  }
}
