import type { Community } from '../storage/communities.js';
import { direct, type OutgoingMessage } from './messages.js';

/** What the bot itself does when words point to risk; a community may publish its own policy on top. */
export function crisisPolicyText(community: Community): string {
  const contact = community.crisisContactName ?? 'your supervisor';
  const own = community.crisisPolicy ? `\n${community.crisisPolicy}` : '';
  return (
    `If something you write suggests you or someone else may be in danger, I show crisis lines straight away. ` +
    `I never contact anyone on my own: I offer to let ${contact} know, and only do it if you say yes.${own}`
  );
}

/**
 * The first thing a member hears from the bot: what it does, what it keeps, who sees what, the
 * crisis policy, how to step away, and one choice that is theirs to make. Informed consent comes
 * before anything else.
 */
export function welcomeMessage(community: Community): OutgoingMessage {
  const place = community.name ? ` for ${community.name}` : '';
  return direct(
    [
      `**Hi, I'm peercircle**, a peer-support companion${place}. I'm a tool, not a therapist or a crisis service.`,
      '',
      'What I do: a short daily self-care check-in, refreshers on peer-support principles (`/principle`), debrief pairings with peers, and a gentle nudge if your check-ins look heavy for a while.',
      '',
      '**What I keep and who sees it**',
      '- Your check-in answers and private notes: only you. Supervisors see team totals, and only when enough people took part that nobody can be picked out.',
      '- Your settings (time zone, check-in time, quiet hours).',
      "- Debrief pairings: your partner sees who they're paired with; a don't-pair list you keep is seen by you alone.",
      "- Your name reaches a supervisor only if you say yes below, or under your community's crisis policy.",
      '',
      `**Crisis policy**: ${crisisPolicyText(community)}`,
      '',
      "**You are in charge**: `/settings` sets your time and quiet hours, `/settings pause 2 weeks` takes a break, `/settings checkins off` stops check-ins. `/mydata export` gives you a copy of your data and `/mydata delete` removes it. `/help` lists everything; `/support` lists people to talk to.",
      '',
      '**One choice for you** (change it any time with `/settings share-name`): if you ask for support, may your supervisor be told it is you? If not, your signal only counts in team totals.',
    ].join('\n'),
    {
      choices: [
        {
          actionId: 'settings:share-name',
          options: [
            { label: 'Yes, they may know it is me', value: 'yes' },
            { label: 'No, keep me anonymous', value: 'no' },
          ],
        },
      ],
    },
  );
}
