import { communityDigest, digestCsv, digestJson, weeksLine, wholeWeeksLine } from '../core/digest.js';
import { withCommunity } from './with-community.js';

export interface ExportOptions {
  /** Checked by the command: left out, it answers with the communities there are. */
  community?: string;
  from: string;
  to: string;
  format: 'json' | 'csv';
}

/** `peercircle digest`: the aggregated digest as JSON or CSV; what the weeks are goes to stderr. */
export function exportDigest(options: ExportOptions): Promise<void> {
  return withCommunity('digest', options.community, async (store, community) => {
    const digest = await communityDigest(store, community, new Date(), { from: options.from, to: options.to });
    // Which weeks are in the export, and that the running week is not, goes to stderr so the data stays clean.
    const widened = wholeWeeksLine(digest, options);
    if (widened) process.stderr.write(`${widened}\n`);
    process.stderr.write(`${weeksLine(digest)}\n`);
    await store.audit.record(
      { communityId: community.id, actorId: null, actorRole: 'operator', action: 'digest.export', details: { from: options.from, to: options.to, format: options.format } },
      new Date(),
    );
    console.log(options.format === 'csv' ? digestCsv(digest) : JSON.stringify(digestJson(digest), null, 2));
  });
}
