import type { Community } from '../storage/communities.js';
import { openDatabase, targetFromConfig } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { loadNoteCipher } from '../security/load-keys.js';
import { communityNeeded, findCommunity, knownCommunities } from './find-community.js';
import { loadConfigOrExit } from './load-config.js';

/**
 * Opens the database, finds the community named by --community, runs `work`, and always closes.
 * A --community left out or not found gets one line naming the communities there are, and exit 2.
 */
export async function withCommunity(command: string, reference: string | undefined, work: (store: Store, community: Community) => Promise<void>): Promise<void> {
  const config = loadConfigOrExit();
  const database = await openDatabase(targetFromConfig(config));
  try {
    const community = reference === undefined ? null : await findCommunity(database, reference);
    if (!community) {
      process.stderr.write(communityNeeded(command, reference, await knownCommunities(database)));
      process.exitCode = 2;
      return;
    }
    await work(new Store(database, loadNoteCipher(config)), community);
  } finally {
    await database.close();
  }
}
