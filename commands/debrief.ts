import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { ephemeral } from '../src/core/messages.js';
import { avoid } from './debrief/avoid.js';
import { answerOffer, onDemand, requestNow } from './debrief/on-demand.js';
import { leaveRound, recordMeeting } from './debrief/round-changes.js';
import { status } from './debrief/status.js';

const actions = ['now', 'leave', 'swap', 'avoid', 'on-demand'] as const;
type Action = (typeof actions)[number];
const aliases: Record<string, Action> = {
  now: 'now', leave: 'leave', swap: 'swap', skip: 'swap', "can't": 'swap', avoid: 'avoid', 'on-demand': 'on-demand', ondemand: 'on-demand',
};

const usage = [
  'debrief',
  'debrief now',
  'debrief swap',
  'debrief leave',
  'debrief avoid @someone',
  'debrief avoid remove @someone',
  'debrief on-demand on',
];

/** Peer debriefs: this round's partner, a debrief now, swapping out, and a private "don't pair me with" list. */
export const debrief = defineCommand({
  name: 'debrief',
  description: 'Your debrief partner, asking for a debrief now, swapping out of a round, and who not to pair you with',
  usage,
  options: [
    { name: 'action', description: 'now, swap, leave, avoid or on-demand', choices: actions },
    { name: 'value', description: 'A member for avoid; on or off for on-demand' },
  ],
  args: z.object({
    action: z
      .string()
      .transform((s) => aliases[s.trim().toLowerCase()])
      .refine((s) => s !== undefined, 'I can do `now`, `swap`, `leave`, `avoid` or `on-demand` after `/debrief`.')
      .optional(),
    value: z.string().max(200, 'That is longer than a member name or an on/off needs.').optional(),
  }),
  async run(ctx, { action, value }) {
    const text = value?.trim() ?? '';
    switch (action) {
      case undefined:
        return [ephemeral(await status(ctx))];
      case 'now':
        return requestNow(ctx);
      case 'leave':
      case 'swap':
        return leaveRound(ctx, action);
      case 'avoid':
        return avoid(ctx, text);
      case 'on-demand':
        return onDemand(ctx, text);
    }
  },

  async onChoice(ctx, event, [step = '', id = '']) {
    if (step === 'met') return recordMeeting(ctx, id, event.value);
    if (step === 'offer') return answerOffer(ctx, id, event.value);
    // "Debrief now" under a crisis reply: one tap starts the on-demand debrief.
    if (step === 'now') {
      return event.value === 'yes' ? requestNow(ctx) : [ephemeral('Okay. `/debrief now` is there whenever you want it.', { replacesPrompt: true })];
    }
    return [ephemeral('That button is from an older message. `/debrief` shows where you are.')];
  },
});
