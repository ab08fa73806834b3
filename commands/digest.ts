import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { communityDigest, renderDigest } from '../src/core/digest.js';
import { ephemeral } from '../src/core/messages.js';

export const digest = defineCommand({
  name: 'digest',
  description: 'Supervisors: team totals for the last four weeks, never anyone’s own check-ins',
  usage: ['digest'],
  options: [],
  args: z.object({}),
  async run(ctx) {
    if (ctx.member.role !== 'supervisor' && ctx.member.role !== 'admin') {
      return [
        ephemeral("Digests are for supervisors: they show team totals, never anyone's own check-ins. Yours stay yours; `/checkin` is where they live."),
      ];
    }
    const result = await communityDigest(ctx.services.store, ctx.community, ctx.today);
    return [ephemeral(renderDigest(result))];
  },
});
