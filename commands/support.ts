import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { ephemeral } from '../src/core/messages.js';
import { crisisResourcesFor } from '../src/domain/crisis-resources.js';

export const support = defineCommand({
  name: 'support',
  description: 'People and crisis lines you can reach, any time',
  usage: ['support'],
  options: [],
  args: z.object({}),
  async run(ctx) {
    const resources = crisisResourcesFor(ctx.community.locale, ctx.community.crisisResources);
    const lines = resources.lines.map((line) => `- **${line.name}**: ${line.contact}${line.hours ? ` (${line.hours})` : ''}`);
    return [
      ephemeral(
        [
          "**You don't have to carry this alone.**",
          '',
          "I'm a peer-support tool, not a crisis service: I can't see when you need help and I can't send anyone.",
          '',
          `If you or someone else is in danger right now, ${resources.emergency}.`,
          '',
          '**Free, confidential lines**',
          ...lines,
          '',
          '**People near you**: a peer you trust, your supervisor, or your own support network. Reaching out after a hard session is part of the work, not a failure.',
          '`/principle self-care` has ideas for looking after yourself.',
        ].join('\n'),
      ),
    ];
  },
});
