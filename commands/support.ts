import { z } from 'zod';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { auditAction } from '../src/core/audit.js';
import { raiseAndNotify, supportOffer } from '../src/core/escalations.js';
import { ephemeral, type OutgoingMessage } from '../src/core/messages.js';
import { askedAnswered, safeNowAnswered, type CrisisAudience } from '../src/core/crisis-reply.js';
import { contactsFor } from '../src/domain/crisis-resources.js';

export const support = defineCommand({
  name: 'support',
  description: 'People and crisis lines you can reach, any time, and asking for support',
  usage: ['support'],
  options: [],
  args: z.object({}),
  async run(ctx) {
    return [ephemeral(supportText(ctx)), supportOffer()];
  },

  async onChoice(ctx, event, [step = '', id = '']) {
    switch (step) {
      case 'offer':
        return offerChosen(ctx, event.value);
      case 'name-once':
        return event.value === 'yes'
          ? askSupervisor(ctx, 'support-request', true)
          : [ephemeral("Okay, nobody is told. Your check-ins only count in team totals. `/support` is here whenever you want it.", { replacesPrompt: true })];
      case 'crisis':
        return event.value === 'yes'
          ? askSupervisor(ctx, 'crisis-contact', true)
          : [ephemeral("Okay. The lines above are there any time, day or night. You can also type `/support`.", { replacesPrompt: true })];
      case 'ack':
        return acknowledge(ctx, id);
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
    case 'supervisor':
      if (ctx.member.consentNameToSupervisor) return askSupervisor(ctx, 'support-request', true);
      return [
        ephemeral('To let your supervisor know it is you who would like to talk, I need your OK. May I tell them, just this once?', {
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
    case 'idea': {
      const idea = content.selfCareIdeas[Math.floor(random() * content.selfCareIdeas.length)];
      return [ephemeral(idea ? `One small idea, if it fits: ${idea}` : '`/principle self-care` has ideas for looking after yourself.')];
    }
    case 'resources':
      return [ephemeral(supportText(ctx))];
    case 'ask':
      await raiseAndNotify(ctx, 'support-request', false);
      return [supportOffer()];
    default:
      return [ephemeral('Please pick one of the buttons.')];
  }
}

async function askSupervisor(ctx: CommandContext, rule: 'support-request' | 'crisis-contact', named: boolean): Promise<OutgoingMessage[]> {
  const supervisors = await ctx.services.store.members.supervisors(ctx.community.id);
  if (supervisors.length === 0) {
    return [
      ephemeral(
        "Your community hasn't named a supervisor in peercircle yet, so I can't pass this on. Please reach out to your supervisor directly, or use the lines in `/support`.",
      ),
    ];
  }
  await raiseAndNotify(ctx, rule, named);
  const who = rule === 'crisis-contact' ? (ctx.community.crisisContactName ?? 'your supervisor') : 'your supervisor';
  return [ephemeral(`I've let ${who} know you'd like them to reach out. Nothing you wrote was shared, only that you asked.`, { replacesPrompt: true })];
}

async function acknowledge(ctx: CommandContext, escalationId: string): Promise<OutgoingMessage[]> {
  const { store, now } = ctx.services;
  const escalation = /^[0-9a-f-]{36}$/.test(escalationId) ? await store.escalations.byId(escalationId) : null;
  if (!escalation || escalation.communityId !== ctx.community.id) return [ephemeral("I couldn't find that request; it may have been removed.")];
  if (ctx.member.role !== 'supervisor' && ctx.member.role !== 'admin') {
    return [ephemeral('This button is for supervisors.')];
  }
  const acknowledged = await store.escalations.acknowledge(escalation.id, ctx.member.id, now());
  if (!acknowledged) return [ephemeral('Already acknowledged. Thank you.', { replacesPrompt: true })];
  // Mirrors the escalation's own event trail, so one place lists every supervisor action.
  await auditAction(ctx, 'escalation.acknowledge', { escalationId: escalation.id, level: escalation.level });
  return [ephemeral('Acknowledged. Thank you for reaching out to them.', { replacesPrompt: true })];
}

export function audienceOf(ctx: CommandContext): CrisisAudience {
  return { community: ctx.community, memberLocale: ctx.member.locale, lines: ctx.services.content.crisisLines };
}

export function supportText(ctx: CommandContext): string {
  const contacts = contactsFor({
    memberLocale: ctx.member.locale,
    communityLocale: ctx.community.locale,
    configured: ctx.community.crisisResources,
    directory: ctx.services.content.crisisLines,
    language: 'en',
  });
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
