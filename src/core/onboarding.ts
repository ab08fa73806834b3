import type { Community } from '../storage/communities.js';
import { direct, type OutgoingMessage } from './messages.js';

/**
 * The first thing a member hears from the bot: what it does, what it keeps, who sees what, and how
 * to step away. Informed consent comes before anything else.
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
      '- Your name reaches a supervisor only if you say yes to that, or under your community\'s published crisis policy.',
      '',
      '**You are in charge**: `/settings` to set your time and quiet hours, `/settings pause 2 weeks` to take a break, `/settings checkins off` to stop check-ins. `/help` lists everything; `/support` lists people to talk to.',
    ].join('\n'),
  );
}
