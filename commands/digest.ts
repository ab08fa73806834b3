import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { auditAction } from '../src/core/audit.js';
import { communityDigest, renderDigest } from '../src/core/digest.js';
import { ephemeral } from '../src/core/messages.js';
import { renderTrendChart } from '../src/charts/trend-chart.js';

export const digest = defineCommand({
  name: 'digest',
  description: 'Supervisors: team totals for the last four weeks that have ended, never anyone’s own check-ins',
  usage: ['digest'],
  options: [],
  args: z.object({}),
  async run(ctx) {
    if (ctx.member.role !== 'supervisor' && ctx.member.role !== 'admin') {
      return [
        ephemeral("Digests are for supervisors: they show team totals, never anyone's own check-ins. Yours stay yours; `/checkin` is where they live."),
      ];
    }
    const result = await communityDigest(ctx.services.store, ctx.community, ctx.services.now());
    await auditAction(ctx, 'digest.view', { weeks: result.weeks.length });
    const png = await renderTrendChart(result);
    return [
      ephemeral(renderDigest(result), {
        attachment: {
          filename: `digest-${result.weeks.at(-1)?.week ?? ctx.today}.png`,
          contentType: 'image/png',
          base64: png.toString('base64'),
          altText: `Line chart of the team's weekly average for each check-in question over the four weeks that have ended, each at the middle of its half-point range; the same figures are listed in the message.`,
        },
      }),
    ];
  },
});
