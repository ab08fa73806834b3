import type { CommandContext } from '../../src/core/command.js';
import { ephemeral, type OutgoingMessage } from '../../src/core/messages.js';
import { nameOf } from '../../src/core/pairing-messages.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { short } from '../../src/domain/clock-time.js';
import type { Member } from '../../src/storage/members.js';

/** `/debrief avoid [remove] @someone`: the private "please don't pair me with" list. */
export async function avoid(ctx: CommandContext, text: string): Promise<OutgoingMessage[]> {
  const { pairings } = ctx.services.store;
  if (text === '') {
    const list = await pairings.avoidList(ctx.member.id);
    return [
      ephemeral(
        list.length === 0
          ? "Your don't-pair list is empty. `/debrief avoid @someone` adds someone; only you ever see this list."
          : `**Your private don't-pair list** (only you see it)\n${list.map((m) => `- ${nameOf(m)}`).join('\n')}\n\n\`/debrief avoid remove @someone\` takes someone off.`,
      ),
    ];
  }
  const removing = /^(remove|rm|delete|off)\s+/i.exec(text);
  const reference = removing ? text.slice(removing[0].length) : text;
  const target = await findMember(ctx, reference);
  if (!target.ok) return [ephemeral(target.error)];
  if (removing) {
    const removed = await pairings.unavoid(ctx.member.id, target.value.id);
    return [ephemeral(removed ? `${nameOf(target.value)} is off your don't-pair list.` : `${nameOf(target.value)} wasn't on your don't-pair list.`)];
  }
  await pairings.avoid(ctx.member.id, target.value.id);
  return [ephemeral(`Done. I won't pair you with ${nameOf(target.value)}, in rounds or on-demand debriefs. You don't need to explain, and they are never told.`)];
}

async function findMember(ctx: CommandContext, reference: string): Promise<Result<Member>> {
  // A Slack mention arrives as <@U123|name>, a Discord one as <@123> or <@!123>.
  const id = reference.trim().replace(/^<@!?([^|>]+)(\|[^>]*)?>$/, '$1').replace(/^@/, '');
  if (!id) return err('Please name the member, like `/debrief avoid @alex`.');
  const { prisma } = ctx.services.store.database;
  const byId = await prisma.member.findUnique({ where: { communityId_platformUserId: { communityId: ctx.community.id, platformUserId: id } } });
  const byName = byId ? [byId] : await prisma.member.findMany({ where: { communityId: ctx.community.id, displayName: { equals: id, mode: 'insensitive' } }, take: 2 });
  if (byName.length !== 1) {
    return err(
      byName.length > 1
        ? `More than one member is called "${short(reference)}". Please use their @mention.`
        : `I don't know a member "${short(reference)}" here yet. They need to have used peercircle once; an @mention works best.`,
    );
  }
  if (byName[0]!.id === ctx.member.id) return err("That's you. You won't be paired with yourself.");
  return ok(byName[0]!);
}

