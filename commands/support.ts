import { z } from 'zod';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { acknowledgeEscalation } from '../src/core/acknowledge.js';
import { askCrisisContact } from '../src/core/crisis-contact.js';
import { noSupervisorText, raiseAnonymous, raiseToSupervisors, shareSignal, supportChoices, whoText } from '../src/core/escalations.js';
import { ephemeral, type OutgoingMessage } from '../src/core/messages.js';
import { askedAnswered, audienceOf, contactsOf, safeNowAnswered } from '../src/core/crisis-reply.js';

export const support = defineCommand({
  name: 'support',
  description: 'People and crisis lines you can reach, any time, and asking for support',
  usage: ['support'],
  options: [],
  args: z.object({}),
  async run(ctx) {
    return [ephemeral(supportText(ctx)), supportChoices()];
  },

  async onChoice(ctx, event, [step = '', id = '']) {
    switch (step) {
      case 'offer':
        return offerChosen(ctx, event.value);
      case 'name-once':
        return event.value === 'yes'
          ? askSupervisor(ctx, 'you said yes when you asked for support')
          : [ephemeral("Okay, nobody is told. Your check-ins only count in team totals. `/support` is here whenever you want it.", { replacesPrompt: true })];
      case 'share':
        return event.value === 'yes'
          ? shareSignal(ctx, id)
          : [ephemeral("Okay, nobody is told: it only counts in team totals. `/support` is here whenever you want it.", { replacesPrompt: true })];
      case 'crisis':
        return event.value === 'yes'
          ? askCrisisContact(ctx)
          : [ephemeral("Okay. The lines above are there any time, day or night. You can also type `/support`.", { replacesPrompt: true })];
      case 'ack':
        return [ephemeral(await acknowledgeEscalation(ctx, id), { replacesPrompt: true })];
      // The crisis route's questions; the part after the step is the reply's language.
      case 'safe':
        return safeNowAnswered(event.value, id === 'es' ? 'es' : 'en', audienceOf(ctx));
      case 'asked':
        return askedAnswered(event.value, id === 'es' ? 'es' : 'en', audienceOf(ctx));
      default:
        return [ephemeral('That button is from an older message. Type `/support` to see your options.')];
    }
  },
});

async function offerChosen(ctx: CommandContext, choice: string): Promise<OutgoingMessage[]> {
  const { content, random } = ctx.services;
  switch (choice) {
    case 'supervisor': {
      if (ctx.member.consentNameToSupervisor) return askSupervisor(ctx, 'you agreed that your requests for support may carry your name');
      const supervisors = await ctx.services.store.members.supervisors(ctx.community.id);
      if (supervisors.length === 0) return [ephemeral(noSupervisorText)];
      return [
        ephemeral(`To let ${whoText(supervisors)} know it is you who would like to talk, I need your OK. May I tell them, just this once?`, {
          choices: [
            {
              actionId: 'support:name-once',
              options: [
                { label: 'Yes, tell them it is me', value: 'yes' },
                { label: 'No, keep me anonymous', value: 'no' },
              ],
            },
          ],
        }),
      ];
    }
    case 'idea': {
      const idea = content.selfCareIdeas[Math.floor(random() * content.selfCareIdeas.length)];
      return [ephemeral(idea ? `One small idea, if it fits: ${idea}` : '`/principle self-care` has ideas for looking after yourself.')];
    }
    case 'resources':
      return [ephemeral(supportText(ctx))];
    case 'ask':
      // "I'd like some support" after a check-in: counted in team totals, nobody named.
      await raiseAnonymous(ctx, 'support-request', 'kept-anonymous');
      return [supportChoices()];
    default:
      return [ephemeral('Please pick one of the buttons.')];
  }
}

async function askSupervisor(ctx: CommandContext, basis: string): Promise<OutgoingMessage[]> {
  const supervisors = await ctx.services.store.members.supervisors(ctx.community.id);
  if (supervisors.length === 0) return [ephemeral(noSupervisorText)];
  await raiseToSupervisors(ctx, 'support-request', supervisors, basis);
  return [
    ephemeral(`I've let ${whoText(supervisors)} know you'd like them to reach out. Nothing you wrote was shared, only that you asked. I'll tell you here when they've seen it.`, {
      replacesPrompt: true,
    }),
  ];
}

export function supportText(ctx: CommandContext): string {
  const contacts = contactsOf(audienceOf(ctx), 'en');
  return [
    "**You don't have to carry this alone.**",
    '',
    "I'm a peer-support tool, not a crisis service: I can't see when you need help and I can't send anyone.",
    '',
    `If you or someone else is in danger right now, ${contacts.emergency}.`,
    '',
    '**Free, confidential lines**',
    ...contacts.suicide,
    ...(contacts.alsoCommunity ? [contacts.alsoCommunity] : []),
    '',
    '**If someone is hurting you** (abuse, violence, stalking)',
    ...contacts.violence,
    '',
    '**People near you**: a peer you trust, your supervisor, or your own support network. Reaching out after a hard session is part of the work, not a failure.',
    '`/principle self-care` has ideas for looking after yourself.',
  ].join('\n');
}
