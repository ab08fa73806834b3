import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { ephemeral } from '../src/core/messages.js';
import { renderMemberTrendChart } from '../src/charts/member-trend-chart.js';
import { communityQuestions, scaleLegend } from '../src/domain/checkin-questions.js';
import { addDays, formatLocalDay } from '../src/domain/local-time.js';
import { average, memberTrends, sparkline, TREND_DAYS } from '../src/domain/member-trends.js';

/** `/mytrends`: the member's own last four weeks, only ever shown to them. */
export const mytrends = defineCommand({
  name: 'mytrends',
  description: 'Your own check-ins over the last four weeks, as a chart only you see',
  usage: ['mytrends'],
  options: [],
  args: z.object({}),
  async run(ctx) {
    const questions = communityQuestions(ctx.community.checkinQuestions);
    const since = addDays(ctx.today, -(TREND_DAYS - 1));
    const checkIns = await ctx.services.store.checkIns.since(ctx.member.id, since);
    const trends = memberTrends(questions, checkIns, ctx.today);
    if (trends.checkIns === 0) {
      // Answers saved but the check-in not finished (it ends with the note, or "No note today").
      const today = await ctx.services.store.checkIns.forDay(ctx.member.id, ctx.today);
      if (today && Object.keys(today.answers).length > 0) {
        return [
          ephemeral(
            "Today's check-in isn't finished yet, so there's nothing to show. `/checkin` picks it up where you left off; once it's done (the note at the end is optional), it shows here. Only you see it.",
          ),
        ];
      }
      return [
        ephemeral(
          "You haven't checked in during the last four weeks yet, so there's nothing to show. `/checkin` takes a minute; after a few days your trends appear here. Only you see them.",
        ),
      ];
    }
    const lines = trends.questions.map((q) => {
      const mean = average(q.values);
      return `**${q.question.prompt}**\n\`${sparkline(q.values)}\` average ${mean === null ? '–' : mean.toFixed(1)} (${scaleLegend(q.question)})`;
    });
    const text = [
      `**Your last four weeks** (${formatLocalDay(trends.days[0]!)} to today): ${trends.checkIns} check-in${trends.checkIns === 1 ? '' : 's'}. Only you see this.`,
      'One mark a day, low to high; a dot is a day without a check-in.',
      '',
      lines.join('\n\n'),
    ].join('\n');
    const png = await renderMemberTrendChart(trends);
    return [
      ephemeral(text, {
        attachment: {
          filename: `mytrends-${ctx.today}.png`,
          contentType: 'image/png',
          base64: png.toString('base64'),
          altText: 'Line chart of your own daily check-in answers over the last four weeks, one line per question; the message lists the same days as text.',
        },
      }),
    ];
  },
});
