import type { CommandContext } from '../src/core/command.js';
import type { ChoiceEvent } from '../src/core/events.js';
import { ephemeral, type OutgoingMessage } from '../src/core/messages.js';
import type { Exercise } from '../src/content/library.js';
import { shortKey } from '../src/core/short-key.js';

/**
 * The boundaries reflection: one situation at a time, rated hard limit / soft limit / fine with me.
 * Answers are saved as the member goes, read back only to them, and never counted anywhere else.
 */
const ratings = [
  { value: 'hard', label: 'Hard limit' },
  { value: 'soft', label: 'Soft limit' },
  { value: 'fine', label: 'Fine with me' },
] as const;

const ratingLabel = new Map<string, string>(ratings.map((r) => [r.value, r.label]));

export const reflectionReplies = {
  expired: async () => [
    ephemeral("That button is from an older message. Type `/principle` to see the refreshers and reflections."),
  ],
};

export async function startReflection(ctx: CommandContext, exercise: Exercise, restart: boolean): Promise<OutgoingMessage[]> {
  const { reflections } = ctx.services.store;
  if (restart) await reflections.clear(ctx.member.id);
  const answers = await reflections.all(ctx.member.id);
  const next = firstUnanswered(exercise, answers);
  if (next === undefined) return [summary(exercise, answers)];
  const intro = answers.size === 0 ? `**${exercise.title}**\n\n${exercise.intro}` : `Welcome back. You've answered ${answers.size} of ${exercise.items.length}; let's go on.`;
  return [ephemeral(intro), question(exercise, next)];
}

export async function reflectionChoice(ctx: CommandContext, event: ChoiceEvent, idParts: string[]): Promise<OutgoingMessage[]> {
  const [exerciseKey = '', itemText = ''] = idParts;
  const { content } = ctx.services;
  // Buttons carry the exercise's short key; ones sent before keys were used carry its id.
  const exercise = content.exercises.find((candidate) => shortKey(candidate.id) === exerciseKey) ?? content.exercise(exerciseKey);
  const item = Number(itemText);
  if (!exercise || !Number.isInteger(item) || item < 0 || item >= exercise.items.length) return reflectionReplies.expired();
  const { reflections } = ctx.services.store;

  if (event.value === 'stop') {
    const answers = await reflections.all(ctx.member.id);
    return [
      ephemeral(
        `Stopped. You've answered ${answers.size} of ${exercise.items.length}, saved privately. Pick up where you left off with \`/principle ${exercise.id}\`.`,
        { replacesPrompt: true },
      ),
    ];
  }
  if (!ratingLabel.has(event.value)) {
    return [ephemeral('Please pick one of the buttons: hard limit, soft limit, fine with me, or stop.')];
  }
  await reflections.save(ctx.member.id, item, event.value);
  const answers = await reflections.all(ctx.member.id);
  const recorded = ephemeral(`${item + 1}. ${exercise.items[item]} → **${ratingLabel.get(event.value)}**`, { replacesPrompt: true });
  const next = firstUnanswered(exercise, answers, item + 1);
  return next === undefined ? [recorded, summary(exercise, answers)] : [recorded, question(exercise, next)];
}

function firstUnanswered(exercise: Exercise, answers: Map<number, string>, from = 0): number | undefined {
  const order = [...exercise.items.keys()].map((i) => (i + from) % exercise.items.length);
  return order.find((i) => !answers.has(i));
}

function question(exercise: Exercise, item: number): OutgoingMessage {
  return ephemeral(`**${item + 1} of ${exercise.items.length}.** ${exercise.items[item]}`, {
    choices: [
      {
        actionId: `principle:reflect:${shortKey(exercise.id)}:${item}`,
        options: [...ratings.map((r) => ({ label: r.label, value: r.value })), { label: 'Stop for now', value: 'stop' }],
      },
    ],
  });
}

function summary(exercise: Exercise, answers: Map<number, string>): OutgoingMessage {
  const group = (value: string) =>
    exercise.items.map((text, i) => ({ text, i })).filter(({ i }) => answers.get(i) === value).map(({ text, i }) => `- ${i + 1}. ${text}`);
  const section = (title: string, lines: string[]) => (lines.length > 0 ? [`**${title}** (${lines.length})`, ...lines, ''] : []);
  return ephemeral(
    [
      `**Your ${exercise.title.toLowerCase()}**: only you can see this.`,
      '',
      ...section('Hard limits', group('hard')),
      ...section('Soft limits', group('soft')),
      ...section('Fine with me', group('fine')),
      exercise.outro,
      '',
      `To start over: \`/principle ${exercise.id} restart\`.`,
    ].join('\n'),
  );
}
