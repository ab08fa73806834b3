import type { HomeSummary } from '../../src/core/home.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { renderMessage, type Block, type CommandNaming } from './render.js';

const bars = '▁▂▃▄▅▆▇█';

/** A 1–5 score per day as a one-line chart: ▁ a heavy day, █ a light one. */
export function sparkline(scores: number[]): string {
  return scores.map((score) => bars[Math.round(((Math.min(5, Math.max(1, score)) - 1) / 4) * (bars.length - 1))]).join('');
}

/** Compares the later half of the days with the earlier half, in plain words and without judging. */
export function trendWords(scores: number[]): string {
  if (scores.length < 4) return 'A few more check-ins and a trend will show here.';
  const half = Math.floor(scores.length / 2);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const change = mean(scores.slice(half)) - mean(scores.slice(0, half));
  if (change >= 0.4) return 'Your recent days have felt lighter than the ones before.';
  if (change <= -0.4) return 'Your recent days have felt heavier than the ones before. `/support` lists people you can reach.';
  return 'Your days have been fairly steady.';
}

/**
 * The App Home tab: the member's own recent check-ins as a simple trend, their settings (with the
 * settings buttons, which work from here too) and help. Slack shows each member only their own.
 */
export function renderHome(
  summary: HomeSummary,
  settings: OutgoingMessage | undefined,
  help: OutgoingMessage | undefined,
  naming: CommandNaming,
): Block {
  const header = (text: string): Block => ({ type: 'header', text: { type: 'plain_text', text } });
  const scores = summary.recent.map((day) => day.score);
  const checkIns: Block[] =
    scores.length === 0
      ? [{ type: 'section', text: { type: 'mrkdwn', text: 'No check-ins yet. Type `/${naming.prefix}checkin` in a message to me to do your first; it takes a minute.' } }]
      : [
          {
            type: 'section',
            text: {
              type: 'mrkdwn',
              text: `\`${sparkline(scores)}\`  your last ${scores.length} check-in${scores.length === 1 ? '' : 's'}, ${summary.recent[0]!.localDate} to ${summary.recent.at(-1)!.localDate} (▁ heavier · █ lighter)\n${trendWords(scores)}`,
            },
          },
          { type: 'context', elements: [{ type: 'mrkdwn', text: 'Only you can see this page. Your answers and notes are never shown to anyone else.' }] },
        ];
  return {
    type: 'home',
    blocks: [
      header('Your check-ins'),
      ...checkIns,
      { type: 'divider' },
      header('Your settings'),
      ...(settings ? renderMessage(settings, naming).blocks : []),
      { type: 'divider' },
      header('Help'),
      ...(help ? renderMessage(help, naming).blocks : []),
    ].slice(0, 100),
  };
}

/** What the Home tab shows someone who has not met the bot yet. */
export const introduction: OutgoingMessage = {
  visibility: 'ephemeral',
  text: "**peercircle** is a peer-support companion for your team: a daily self-care check-in, refreshers on peer-support principles, peer debrief pairings, and a gentle nudge when check-ins look heavy. It's a tool, not a therapist or a crisis service. Type `/help` in a message to me to begin.",
};
