import type { HomeSummary } from '../../src/core/home.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { SLACK_LIMITS } from './limits.js';
import { renderBlocks, type Block, type CommandNaming } from './render.js';

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

/** The action id of the App Home's page buttons (`…:prev` / `…:next`); the value is the page to show. */
export const HOME_PAGE_ACTION = 'peercircle:home-page';

/** Blocks of content on one page of the Home tab: the rest of Slack's 100 hold the page line and its buttons. */
const PAGE_BLOCKS = SLACK_LIMITS.viewBlocks - 2;

/**
 * The App Home tab: the member's own recent check-ins as a simple trend, their settings (with the
 * settings buttons, which work from here too) and help. Slack shows each member only their own.
 * More than Slack's 100 blocks go on pages, with buttons to move between them.
 */
export function renderHome(
  summary: HomeSummary,
  settings: OutgoingMessage | undefined,
  help: OutgoingMessage | undefined,
  naming: CommandNaming,
  page = 0,
): Block {
  const header = (text: string): Block => ({ type: 'header', text: { type: 'plain_text', text } });
  const scores = summary.recent.map((day) => day.score);
  const checkIns: Block[] =
    scores.length === 0
      ? [{ type: 'section', text: { type: 'mrkdwn', text: `No check-ins yet. Type \`/${naming.prefix}checkin\` in a message to me to do your first; it takes a minute.` } }]
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
  const blocks = [
    header('Your check-ins'),
    ...checkIns,
    { type: 'divider' },
    header('Your settings'),
    ...(settings ? renderBlocks(settings, naming) : []),
    { type: 'divider' },
    header('Help'),
    ...(help ? renderBlocks(help, naming) : []),
  ];
  return { type: 'home', blocks: paginate(blocks, page) };
}

/** One page of the blocks, with a line saying where the member is and buttons to the others; all of them when they fit. */
function paginate(blocks: Block[], page: number): Block[] {
  if (blocks.length <= SLACK_LIMITS.viewBlocks) return blocks;
  const pages = Math.ceil(blocks.length / PAGE_BLOCKS);
  const shown = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
  const button = (direction: 'prev' | 'next', label: string, to: number): Block => ({
    type: 'button',
    action_id: `${HOME_PAGE_ACTION}:${direction}`,
    text: { type: 'plain_text', text: label },
    value: String(to),
  });
  return [
    ...blocks.slice(shown * PAGE_BLOCKS, (shown + 1) * PAGE_BLOCKS),
    { type: 'context', elements: [{ type: 'mrkdwn', text: `Page ${shown + 1} of ${pages}` }] },
    {
      type: 'actions',
      elements: [...(shown > 0 ? [button('prev', '◂ Previous page', shown - 1)] : []), ...(shown < pages - 1 ? [button('next', 'Next page ▸', shown + 1)] : [])],
    },
  ];
}

/** The page a Home page button asks for, or undefined when the action is not one. */
export function homePageOf(actionId: unknown, value: unknown): number | undefined {
  if (typeof actionId !== 'string' || !actionId.startsWith(`${HOME_PAGE_ACTION}:`)) return undefined;
  const page = Number(value);
  return Number.isInteger(page) && page >= 0 ? page : 0;
}

/** What the Home tab shows someone who has not met the bot yet. */
export const introduction: OutgoingMessage = {
  visibility: 'ephemeral',
  text: "**peercircle** is a peer-support companion for your team: a daily self-care check-in, refreshers on peer-support principles, peer debrief pairings, and a gentle nudge when check-ins look heavy. It's a tool, not a therapist or a crisis service. Type `/help` in a message to me to begin.",
};
