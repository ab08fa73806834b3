import { auditCsv, auditLines } from '../core/audit-report.js';
import type { ExportOptions } from './export-digest.js';
import { withCommunity } from './with-community.js';

/** `peercircle audit`: the community's audit log between two UTC days; the export is itself recorded. */
export function exportAudit(options: ExportOptions): Promise<void> {
  return withCommunity('audit', options.community, async (store, community) => {
    const from = new Date(`${options.from}T00:00:00Z`);
    const to = new Date(new Date(`${options.to}T00:00:00Z`).getTime() + 86_400_000);
    const lines = await auditLines(store.database.prisma, await store.audit.between(community.id, from, to));
    await store.audit.record(
      { communityId: community.id, actorId: null, actorRole: 'operator', action: 'audit.export', details: { from: options.from, to: options.to, entries: lines.length } },
      new Date(),
    );
    console.log(options.format === 'csv' ? auditCsv(lines) : JSON.stringify(lines, null, 2));
  });
}
