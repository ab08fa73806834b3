import { PeercircleError } from '../core/errors.js';
import { loadNoteCipher } from '../security/load-keys.js';
import { openDatabase, targetFromConfig } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { loadConfigOrExit } from './load-config.js';

/** `peercircle rotate-key`: re-seals notes and Slack tokens with NOTES_KEY, and records that it did. */
export async function rotateKey(): Promise<void> {
  const config = loadConfigOrExit();
  if (!config.NOTES_KEY || !config.NOTES_PREVIOUS_KEYS?.length) {
    throw new PeercircleError('CONFIG_INVALID', 'rotate-key needs the new key in NOTES_KEY and the old one(s) in NOTES_PREVIOUS_KEYS.');
  }
  const database = await openDatabase(targetFromConfig(config));
  try {
    const store = new Store(database, loadNoteCipher(config));
    const resealed = await store.checkIns.resealNotes();
    const tokens = await store.slackInstallations.resealTokens();
    await store.audit.record({ communityId: null, actorId: null, actorRole: 'operator', action: 'notes.rotate-key', details: { resealed, tokens } }, new Date());
    console.log(
      `Re-sealed ${resealed} note(s) and ${tokens} Slack installation(s) with the current key. Once every process runs with the new NOTES_KEY, NOTES_PREVIOUS_KEYS can be removed.`,
    );
  } finally {
    await database.close();
  }
}
