import type { Community } from '../storage/communities.js';
import { crisisContactDisplay } from './crisis-contact.js';
import { direct, type OutgoingMessage } from './messages.js';

/** What the bot itself does when words point to risk; a community may publish its own policy on top. */
export function crisisPolicyText(community: Community): string {
  const contact = crisisContactDisplay(community);
  const own = community.crisisPolicy ? `\n${community.crisisPolicy}` : '';
  const offer = contact
    ? `I never contact anyone on my own: I offer to let ${contact} know, and only they are told, only if you say yes.`
    : "I never contact anyone on my own. Your community hasn't named a crisis contact in peercircle yet, so I can't ask anyone for you.";
  return `If something you write suggests you or someone else may be in danger, I show crisis lines straight away. ${offer}${own}`;
}

/** The two consents, each off until the member says yes. Buttons come back to /settings. */
export const consentChoices = [
  {
    actionId: 'settings:share-name',
    options: [
      { label: 'Yes, when I ask for support', value: 'yes' },
      { label: 'No, ask me each time', value: 'no' },
    ],
  },
  {
    actionId: 'settings:share-signals',
    options: [
      { label: 'Yes, for heavy check-ins too', value: 'yes' },
      { label: 'No, ask me first', value: 'no' },
    ],
  },
];

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
      "- Your name reaches a supervisor only if you say yes, below or when I ask, or under your community's crisis policy. `/mydata` shows who was ever told, and when.",
      '',
      `**Crisis policy**: ${crisisPolicyText(community)}`,
      '',
      "**You are in charge**: `/settings` sets your time and quiet hours, `/settings pause 2 weeks` takes a break, `/settings checkins off` stops check-ins. `/mydata export` gives you a copy of your data and `/mydata delete` removes it. `/help` lists everything; `/support` lists people to talk to.",
      '',
      '**Two choices for you.** Both stay no until you say yes, and `/settings` changes them any time:',
      '1. When you ask me for support, may your supervisor be told it is you? If not, I ask you each time.',
      '2. If your check-ins look heavy for a while, may I let your supervisor know it is you without asking first? If not, I ask you first; without your yes it only counts in team totals.',
    ].join('\n'),
    { choices: consentChoices },
  );
}
