import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { direct, ephemeral } from '../src/core/messages.js';
import { whoWasTold } from '../src/core/name-disclosure.js';
import { deleteMemberData, exportMemberData, type DeletedData } from '../src/storage/member-data.js';

export const mydata = defineCommand({
  name: 'mydata',
  description: 'Who was told about you, a copy of everything I keep about you, or delete it all',
  usage: ['mydata export', 'mydata delete'],
  options: [{ name: 'action', description: 'export or delete', choices: ['export', 'delete'] }],
  args: z.object({
    action: z
      .string()
      .transform((s) => s.trim().toLowerCase())
      .refine((s) => s === 'export' || s === 'delete', 'Say `/mydata export` for a copy of your data, or `/mydata delete` to remove it.')
      .optional(),
  }),
  async run(ctx, { action }) {
    if (!action) {
      const told = await whoWasTold(ctx.services.store, ctx.member.id, ctx.timeZone);
      return [ephemeral(`${told}\n\n\`/mydata export\` sends you a file with everything I keep about you. \`/mydata delete\` removes all of it, after you confirm.`)];
    }
    if (action === 'export') {
      const { store } = ctx.services;
      const data = await exportMemberData(store.database.prisma, ctx.member.id, (note) => store.cipher.decrypt(note));
      return [
        direct('Here is everything I keep about you, as a JSON file. It is yours; nobody else was sent a copy.', {
          attachment: {
            filename: `peercircle-my-data-${ctx.today}.json`,
            contentType: 'application/json',
            base64: Buffer.from(JSON.stringify(data, null, 2)).toString('base64'),
            altText: 'Your peercircle data: settings, check-ins and notes, reflections, support signals, debrief pairings and messages sent to you.',
          },
        }),
      ];
    }
    return [
      ephemeral(
        'This deletes everything I keep about you: check-ins and notes, reflections, settings, support signals, debrief pairings and your don\'t-pair list, and messages. It cannot be undone. Delete it all?',
        {
          choices: [
            {
              actionId: 'mydata:delete',
              options: [
                { label: 'Yes, delete everything', value: 'confirm' },
                { label: 'Cancel', value: 'cancel' },
              ],
            },
          ],
        },
      ),
    ];
  },
  async onChoice(ctx, event, [step = '']) {
    if (step !== 'delete') return [ephemeral('That button is from an older message. Type `/mydata` to see your options.')];
    if (event.value !== 'confirm') return [ephemeral('Cancelled. Nothing was deleted.', { replacesPrompt: true })];
    const { store } = ctx.services;
    const deleted = await deleteMemberData(store.database.prisma, ctx.member.id);
    // Files handed over on this machine (a terminal export) go too, whatever their age.
    const files = store.files.removeFor({ communityExternalId: ctx.community.externalId, platformUserId: ctx.member.platformUserId });
    // That it happened, under the now meaningless member id, and nothing else about them.
    await ctx.services.store.audit.record(
      { communityId: ctx.community.id, actorId: null, actorRole: ctx.member.role, action: 'member.data-deleted', subjectId: ctx.member.id },
      ctx.services.now(),
    );
    return [ephemeral(deletionReport(deleted, files, ctx.community.platform), { replacesPrompt: true })];
  },
});

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Exactly what went, so the member need not take "everything" on trust. */
function deletionReport(d: DeletedData, files: number, platform: string): string {
  const items = [
    d.checkIns > 0 && `${counted(d.checkIns, 'check-in', 'check-ins')}${d.notes > 0 ? ` (${counted(d.notes, 'with a private note', 'with private notes')})` : ''}`,
    d.checkInPrompts > 0 && counted(d.checkInPrompts, 'check-in invitation', 'check-in invitations'),
    d.reflectionAnswers > 0 && counted(d.reflectionAnswers, 'boundaries reflection answer', 'boundaries reflection answers'),
    d.supportSignals > 0 && `${counted(d.supportSignals, 'support signal', 'support signals')} and the notices about them`,
    d.debriefPairings > 0 && counted(d.debriefPairings, 'debrief pairing', 'debrief pairings'),
    d.dontPairEntries > 0 && `your don't-pair list (${counted(d.dontPairEntries, 'name', 'names')})`,
    d.debriefRequests > 0 && counted(d.debriefRequests, 'on-demand debrief request', 'on-demand debrief requests'),
    d.messages > 0 && counted(d.messages, 'message', 'messages'),
    files > 0 && counted(files, 'saved file (your data exports)', 'saved files (your data exports)'),
    'your settings and consents',
  ].filter((item): item is string => typeof item === 'string');
  return [
    'Done. I deleted everything I kept about you:',
    ...items.map((item) => `- ${item}`),
    '',
    'The audit log keeps that things were done, without your name.',
    ...(platform === 'terminal' ? [] : ['A data export I sent you earlier stays in our direct messages: deleting your data here does not remove that copy.']),
    "If you use peercircle again, you'll start fresh.",
  ].join('\n');
}
