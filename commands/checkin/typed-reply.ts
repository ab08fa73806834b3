import type { CommandContext } from '../../src/core/command.js';
import { snoozedQuestion } from '../../src/core/checkin-messages.js';
import { isHelpRequest } from '../../src/core/free-text.js';
import { ephemeral, type OutgoingMessage } from '../../src/core/messages.js';
import { scaleLegend, type Answer, type CheckinQuestion } from '../../src/domain/checkin-questions.js';
import { readCheckinReply } from '../../src/domain/checkin-reply.js';
import { localClockOf } from '../../src/domain/local-time.js';
import { CLOSED, saveStep, snoozeKey, type Session } from './session.js';

export const SNOOZE_MS = 60 * 60 * 1000;

interface Steps {
  record(question: CheckinQuestion, value: Answer): Promise<OutgoingMessage[]>;
  reask(question: CheckinQuestion): OutgoingMessage;
}

/**
 * A message typed while a check-in question is open: an answer moves on; `cancel` stops; `later`
 * brings the question back in an hour, once; a few words are heard (see `heard`) and a mistyped
 * number gets a one-line correction, each with the same question again. Null when the message
 * isn't for the check-in (the note step takes text in its own form).
 */
export async function answerTyped(
  ctx: CommandContext,
  session: Session,
  questions: CheckinQuestion[],
  text: string,
  steps: Steps,
): Promise<OutgoingMessage[] | null> {
  if (isHelpRequest(text)) return null;
  const reply = readCheckinReply(text);
  if (reply.kind === 'cancel') return cancel(ctx, session);
  const question = questions.find((q) => q.id === session.step);
  if (!question && session.step === 'note' && reply.kind === 'unclear' && soundsLikeWords(text)) {
    await ctx.services.store.checkInSessions.hear(ctx.member.id, text.trim());
    return [heard(session.localDate), ephemeral("The check-in's last step, the optional private note, is still open.")];
  }
  if (!question && session.step === 'note' && (reply.kind === 'answer' || reply.kind === 'out-of-range')) {
    return [ephemeral("That's all the questions answered. The last step is an optional private note: add one, or choose \"No note today\" to finish.")];
  }
  if (!question) return null;
  switch (reply.kind) {
    case 'answer':
      return steps.record(question, reply.value);
    case 'later':
      return snooze(ctx, session, question, questions);
    case 'out-of-range':
      return [ephemeral(`${reply.value} is outside this scale: please pick a whole number from 1 to 5 (${scaleLegend(question)}).`), steps.reask(question)];
    case 'unclear':
      if (!soundsLikeWords(text)) {
        return [
          ephemeral('I read answers here as a number from 1 to 5 (words like "three" work too), or `later` or `cancel`. Here is the question again:'),
          steps.reask(question),
        ];
      }
      await ctx.services.store.checkInSessions.hear(ctx.member.id, text.trim());
      return [heard(session.localDate), ephemeral(stillOpen), steps.reask(question)];
  }
}

/**
 * A few words rather than a mistyped number ("3 or 4", "x"): said to the bot, not to the scale,
 * so they are heard before the question is asked again.
 */
function soundsLikeWords(text: string): boolean {
  return !/\d/.test(text) && (text.match(/\p{L}/gu)?.length ?? 0) >= 3;
}

/**
 * The reply to words written while a question is open ("rough shift, honestly"): it hears them,
 * names where to take them, and offers to keep them as today's private note. Nothing is kept
 * unless the member presses the button (the words wait, sealed, until the check-in ends).
 */
function heard(localDate: string): OutgoingMessage {
  return ephemeral(
    "Thank you for telling me. If today is weighing on you, `/support` lists people you can reach, and `/debrief now` asks for a peer to talk it through with. If you'd like, I can keep what you wrote as a private note on today's check-in: only you can read it.",
    { choices: [{ actionId: `checkin:${localDate}:keep-note`, options: [{ label: "Keep it as today's note", value: 'keep' }] }] },
  );
}

export const stillOpen = 'Your check-in question is still open, whenever you are ready: answer with a number 1–5, `later` or `cancel`.';

async function cancel(ctx: CommandContext, session: Session): Promise<OutgoingMessage[]> {
  const { checkIns, outbox } = ctx.services.store;
  await saveStep(ctx, { localDate: session.localDate, step: CLOSED, draft: null });
  await ctx.services.store.checkInSessions.takeHeard(ctx.member.id); // words not kept as a note go with the check-in
  await outbox.withdraw(snoozeKey(ctx, session.localDate, session.step));
  if (session.draft) {
    return [ephemeral("Check-in stopped. Today's earlier answers are kept exactly as they were; nothing new was saved.")];
  }
  const saved = Object.keys((await checkIns.forDay(ctx.member.id, session.localDate))?.answers ?? {}).length;
  return [
    ephemeral(
      saved === 0
        ? 'Check-in stopped. Nothing was saved. `/checkin` starts again whenever you like.'
        : `Check-in stopped. The ${saved === 1 ? 'answer' : `${saved} answers`} you gave before stopping ${saved === 1 ? 'is' : 'are'} saved; nothing else was. \`/checkin\` picks up where you left off.`,
    ),
  ];
}

async function snooze(ctx: CommandContext, session: Session, question: CheckinQuestion, questions: CheckinQuestion[]): Promise<OutgoingMessage[]> {
  const at = new Date(ctx.services.now().getTime() + SNOOZE_MS);
  const queued = await ctx.services.store.outbox.enqueue(
    [
      {
        communityId: ctx.community.id,
        platformUserId: ctx.member.platformUserId,
        kind: 'checkin-snooze',
        message: snoozedQuestion(session.localDate, question, questions),
        dedupeKey: snoozeKey(ctx, session.localDate, question.id),
      },
    ],
    at,
  );
  if (queued === 0) {
    return [ephemeral("I've already set this question aside once today, so I won't bring it back again. It stays open: answer whenever you like, or type `cancel`.")];
  }
  return [ephemeral(`Okay, I'll ask this one again at ${localClockOf(at, ctx.timeZone)}, in an hour. What you've answered so far is kept.`)];
}
