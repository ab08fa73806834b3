import type { CommandContext } from '../src/core/command.js';
import { auditCommunityChange } from '../src/core/audit.js';
import { minGroup } from '../src/domain/digest/privacy.js';

/**
 * `/community principles training-need <n|off>`: the digest suggests a refresher on a principle
 * that at least n different members looked up in a closed week. Never below the minimum group size,
 * so a suggestion can't point at one or two people.
 */
export async function setTrainingNeed(ctx: CommandContext, value: string): Promise<string> {
  const { prisma } = ctx.services.store.database;
  const floor = minGroup(ctx.community.minGroupSize);
  const text = value.trim().toLowerCase();
  const current = ctx.community.trainingNeedReaders;
  if (text === '') {
    return current === null
      ? `No training-need suggestions yet. \`/community principles training-need ${floor}\` turns them on: the digest then suggests a refresher on a principle that ${floor} or more different people looked up in a week.`
      : `The digest suggests a refresher on a principle ${Math.max(current, floor)} or more different people looked up in a week. \`/community principles training-need off\` stops it.`;
  }
  const readers = text === 'off' ? null : Number(text);
  if (readers !== null && (!Number.isInteger(readers) || readers < 1 || readers > 500)) {
    return `Please give how many different people should have looked up a principle in one week, a whole number like ${floor}, or "off".`;
  }
  const updated = await prisma.community.update({ where: { id: ctx.community.id }, data: { trainingNeedReaders: readers } });
  await auditCommunityChange(ctx, 'training-need', ctx.community, updated, text);
  if (readers === null) return 'Training-need suggestions are off. The digest still lists the refreshers looked up most.';
  const raised = readers < floor ? ` I used ${floor}, your minimum group size, so a suggestion never points at one or two people.` : '';
  return `When ${Math.max(readers, floor)} or more different people look up the same principle in a week, the digest suggests a refresher session on it.${raised} Nobody is named; only the count is used.`;
}
