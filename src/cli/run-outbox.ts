import { loadNoteCipher } from '../security/load-keys.js';
import { openDatabase, targetFromConfig } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { loadConfigOrExit } from './load-config.js';
import { outboxReport, type OutboxOptions } from './outbox.js';

/** `peercircle outbox`: lists what gave up, and re-queues on request. */
export async function runOutbox(options: OutboxOptions): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openDatabase(targetFromConfig(config));
  try {
    await outboxReport(new Store(database, loadNoteCipher(config)), options, (line) => console.log(line));
  } finally {
    await database.close();
  }
}
