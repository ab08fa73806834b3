import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { ephemeral } from '../src/core/messages.js';
import { isHelpRequest } from '../src/core/free-text.js';
import type { Role } from '../src/storage/members.js';

/** What a supervisor or admin can do, in the order they would need it; nothing for a peer. */
function roleSection(role: Role): string[] {
  if (role === 'peer') return [];
  const supervisor = [
    '- `/escalations`: requests and signals sent to you by name, waiting for you; `/escalations ack 1` acknowledges one',
    '- `/digest`: team totals for the weeks that have ended',
    '- `/community members`: who the supervisors and admins are',
  ];
  const admin = [
    '- `/escalations`: requests and signals sent to you by name; `/escalations ack 1` acknowledges one',
    '- `/community`: your community\'s settings in plain words; `/community help` lists every one you can change',
    '- `/community members`: everyone and their role; `/community role @sam supervisor` changes one',
    '- `/community audit`: what admins and supervisors did, newest first',
  ];
  return ['', role === 'admin' ? '**For admins**' : '**For supervisors**', ...(role === 'admin' ? admin : supervisor)];
}

export const help = defineCommand({
  name: 'help',
  description: 'What I do, my commands, and what I keep about you',
  usage: ['help'],
  options: [],
  args: z.object({}),
  async run(ctx) {
    const commands = ctx.commands.map((command) => `- \`/${command.name}\`: ${command.description}`).join('\n');
    return [
      ephemeral(
        [
          "**peercircle** is a peer-support companion for your team: a daily self-care check-in at your own time, refreshers on peer-support principles, debrief pairings, and a gentle nudge when check-ins look heavy. It's a tool, not a therapist or a crisis service.",
          '',
          '**Commands**',
          commands,
          ...roleSection(ctx.member.role),
          '',
          '**Taking a break or leaving**',
          '- `/settings pause 2 weeks` (or a date like 2026-12-24) pauses check-ins and pairings; `/settings resume` ends the pause.',
          '- `/settings checkins off` and `/settings pairings off` stop them until you turn them back on.',
          '- `/settings quiet 21:00-08:00` keeps me silent during those hours.',
          '- `/mydata export` sends you a copy of everything I keep about you; `/mydata delete` removes it all.',
          '',
          '**What I keep and who sees it**',
          '- Your check-in answers and private notes: only you.',
          '- Supervisors see team totals only when enough people took part that nobody can be picked out.',
          '- Your name reaches a supervisor only if you agree: with a request you make (`/settings share-name yes`), with a signal from heavy check-ins (`/settings share-signals yes`), or when I ask you first. A crisis request goes to your community\'s crisis contact only. `/mydata` shows who was ever told, and when.',
          '- Which refresher topics get looked up is counted for the team, without names.',
          "- Debrief pairings: who you're paired with is seen by you and your partner; your don't-pair list by you alone. Supervisors see only how many pairings met.",
        ].join('\n'),
      ),
    ];
  },

  async onText(_ctx, event) {
    if (!isHelpRequest(event.text)) return null;
    return [
      ephemeral(
        [
          "Hi! I'm peercircle, here for your own check-ins and your team's peer support. The main things:",
          "- `/checkin`: today's check-in, a few 1–5 questions (only you see them)",
          '- `/mytrends`: your own last four weeks',
          '- `/principle`: a refresher on a peer-support principle',
          '- `/debrief`: talk a hard moment through with a peer',
          '- `/settings`: your check-in time, quiet hours and breaks',
          '- `/support`: people you can reach if things feel heavy',
          '`/help` shows every command and what I keep about you.',
        ].join('\n'),
      ),
    ];
  },
});
