import { z } from 'zod';
import { formatLocalDay } from '../src/domain/local-time.js';
import { defineCommand, type CommandContext } from '../src/core/command.js';
import { INPUT_LIMITS } from '../src/core/input-limits.js';
import { ephemeral, type OutgoingMessage } from '../src/core/messages.js';
import { communityQuestions, parseAnswer, type CheckinQuestion } from '../src/domain/checkin-questions.js';
import { checkinWayOut, questionPrompt as prompt } from '../src/core/checkin-messages.js';
import { isLowDay, wellbeingScore } from '../src/domain/checkin-summary.js';
import { reviewAfterCheckin } from '../src/core/escalations.js';
import { currentSession, saveStep, wasCancelledToday, snoozeKey, stepAfter, type Session } from './checkin/session.js';
import { answerTyped, stillOpen } from './checkin/typed-reply.js';

export const NOTE_MAX_LENGTH = INPUT_LIMITS.checkinNote;

/**
 * Today's self-care check-in: one 1–5 question at a time, then an optional private note, then a
 * short warm reply. Buttons carry the local date they were asked for, so a button from an earlier
 * day can't change today's answers. An answer can also be typed ("4", "four", "4/5"); `later` and
 * `cancel` step out. Redoing a finished day changes it only when the redo is finished.
 */
export const checkin = defineCommand({
  name: 'checkin',
  description: "Today's self-care check-in: a few 1–5 questions and an optional private note",
  usage: ['checkin'],
  options: [],
  args: z.object({}),
  async run(ctx) {
    const questions = questionsFor(ctx);
    const existing = await ctx.services.store.checkIns.forDay(ctx.member.id, ctx.today);
    const answered = existing?.answers ?? {};
    const redo = existing?.completedAt !== null && existing !== null;
    const first = (redo ? undefined : questions.find((q) => answered[q.id] === undefined)) ?? questions[0]!;
    await ctx.services.store.checkInSessions.start(ctx.member.id, { localDate: ctx.today, step: first.id, draft: redo ? {} : null });
    const intro = redo
      ? "You've already checked in today. Your new answers replace today's once you finish; until then, and if you `cancel`, today's stay as they are."
      : Object.keys(answered).length > 0
        ? "Let's pick up today's check-in where you left off."
        : `Check-in for ${formatLocalDay(ctx.today)}: ${questions.length} quick questions, 1 to 5. Only you see your answers.`;
    return [ephemeral(`${intro} ${checkinWayOut}`), prompt(ctx.today, first, questions)];
  },

  async onChoice(ctx, event, [date = '', step = '']) {
    if (date !== ctx.today) return [stale(date)];
    const questions = questionsFor(ctx);
    if (step === 'skip-note') return finishIfOpen(ctx, date, KEEP_NOTE);
    if (step === 'keep-note') return keepHeardAsNote(ctx, date);
    const question = questions.find((q) => q.id === step);
    if (!question) return [stale(date)];
    const answer = parseAnswer(event.value);
    if (!answer.ok) return [ephemeral(answer.error)];
    return recordAnswer(ctx, question, answer.value, true);
  },

  async onForm(ctx, event, [date = '', step = '']) {
    if (date !== ctx.today || step !== 'note') return [stale(date)];
    const note = (event.values.note ?? '').trim();
    if (note.length > NOTE_MAX_LENGTH) {
      return [
        ephemeral(
          `Your note is ${note.length.toLocaleString('en-US')} characters; the limit is ${NOTE_MAX_LENGTH.toLocaleString('en-US')}. Please shorten it and send it again. Nothing was lost: your answers are saved.`,
        ),
        notePrompt(date, await noteOf(ctx, date)),
      ];
    }
    return finishIfOpen(ctx, date, note === '' ? null : note);
  },

  async onText(ctx, event) {
    const session = await currentSession(ctx);
    if (!session) return null;
    const questions = questionsFor(ctx);
    return answerTyped(ctx, session, questions, event.text, {
      record: (question, value) => recordAnswer(ctx, question, value, false),
      reask: (question) => prompt(session.localDate, question, questions),
    });
  },
});

/**
 * Saves one answer where it belongs and asks the next question. A first check-in saves each answer
 * as it comes; a redo keeps them in its session until the end. A button from an earlier prompt,
 * pressed after the day is finished and with no redo under way, changes nothing.
 */
async function recordAnswer(ctx: CommandContext, question: CheckinQuestion, value: number, pressed: boolean): Promise<OutgoingMessage[]> {
  const { checkIns } = ctx.services.store;
  const questions = questionsFor(ctx);
  let session: Session | null = await currentSession(ctx);
  if (!session) {
    const existing = await checkIns.forDay(ctx.member.id, ctx.today);
    if (existing?.completedAt) {
      return [
        ephemeral(`You've already checked in today, and those answers are kept as they are. To change them, type \`/checkin\`.`),
      ];
    }
    if (await wasCancelledToday(ctx)) {
      return [ephemeral('You stopped this check-in, so I left that answer unsaved. `/checkin` picks it up again.')];
    }
    session = { localDate: ctx.today, step: question.id, draft: null };
  }
  const draft = session.draft ? { ...session.draft, [question.id]: value } : null;
  if (!draft) await checkIns.saveAnswer(ctx.member.id, session.localDate, question.id, value);
  const next = stepAfter(questions, question);
  await saveStep(ctx, { localDate: session.localDate, step: next?.id ?? 'note', draft });
  await ctx.services.store.outbox.withdraw(snoozeKey(ctx, session.localDate, question.id));
  const recorded = ephemeral(`${question.prompt} **${value}**`, pressed ? { replacesPrompt: true } : {});
  return [recorded, next ? prompt(session.localDate, next, questions) : notePrompt(session.localDate, await noteOf(ctx, session.localDate))];
}

/** "Keep my note as it is" / "No note today": the note step ends without changing the day's note. */
const KEEP_NOTE = Symbol('keep the note');

/**
 * "Keep it as today's note", pressed under the words a member wrote during the check-in: they are
 * added to today's private note (after any note already there), and the check-in carries on
 * where it was.
 */
async function keepHeardAsNote(ctx: CommandContext, date: string): Promise<OutgoingMessage[]> {
  const { checkIns, checkInSessions } = ctx.services.store;
  const words = await checkInSessions.takeHeard(ctx.member.id);
  const session = await currentSession(ctx);
  const carryOn = session ? await whereItWas(ctx, session) : [];
  if (words === null) {
    return [ephemeral("I don't have those words any more: they were kept already, or that check-in has ended. You can write a note at the end of `/checkin`.", { replacesPrompt: true }), ...carryOn];
  }
  const earlier = await noteOf(ctx, date);
  const note = earlier ? `${earlier}\n\n${words}` : words;
  if (note.length > NOTE_MAX_LENGTH) {
    return [
      ephemeral(
        `That would make today's note ${note.length.toLocaleString('en-US')} characters; the limit is ${NOTE_MAX_LENGTH.toLocaleString('en-US')}, so I haven't kept it. You can write a shorter note at the end of the check-in.`,
        { replacesPrompt: true },
      ),
      ...carryOn,
    ];
  }
  await checkIns.keepNote(ctx.member.id, date, note);
  return [
    ephemeral("Kept as today's private note: only you can read it, and you can change it at the end of the check-in.", { replacesPrompt: true }),
    ...(session && session.step !== 'note' ? [ephemeral(stillOpen)] : []),
    ...(session ? await whereItWas(ctx, session) : []),
  ];
}

/** The open step asked again: the question, or the note step with today's note in it. */
async function whereItWas(ctx: CommandContext, session: Session): Promise<OutgoingMessage[]> {
  const questions = questionsFor(ctx);
  const question = questions.find((q) => q.id === session.step);
  if (question) return [prompt(session.localDate, question, questions)];
  return session.step === 'note' ? [notePrompt(session.localDate, await noteOf(ctx, session.localDate))] : [];
}

async function noteOf(ctx: CommandContext, date: string): Promise<string | null> {
  return (await ctx.services.store.checkIns.forDay(ctx.member.id, date))?.note ?? null;
}

async function finishIfOpen(ctx: CommandContext, date: string, note: string | null | typeof KEEP_NOTE): Promise<OutgoingMessage[]> {
  const { checkIns, checkInSessions } = ctx.services.store;
  const existing = await checkIns.forDay(ctx.member.id, date);
  if (!existing) return [stale(date)];
  const session = await currentSession(ctx);
  if (session?.draft) await checkIns.replaceAnswers(ctx.member.id, date, { ...existing.answers, ...session.draft });
  await checkInSessions.end(ctx.member.id);
  return finish(ctx, date, note);
}

async function finish(ctx: CommandContext, date: string, given: string | null | typeof KEEP_NOTE): Promise<OutgoingMessage[]> {
  const { store, content, now, random } = ctx.services;
  if (given !== KEEP_NOTE) await store.checkIns.saveNote(ctx.member.id, date, given);
  await store.checkIns.complete(ctx.member.id, date, now());
  const saved = await store.checkIns.forDay(ctx.member.id, date);
  const note = saved?.note ?? null;
  const questions = questionsFor(ctx);
  const score = wellbeingScore(questions, saved?.answers ?? {});
  const offers = await reviewAfterCheckin(ctx, questions);
  const ideas = content.selfCareIdeas;
  const idea = ideas[Math.floor(random() * ideas.length)];
  const opening = isLowDay(score)
    ? "Thank you for checking in. It sounds like today asked a lot of you; that's worth noticing, and it's okay to let some things wait."
    : 'Thank you for checking in. Taking a minute for yourself is part of the work.';
  return [
    ephemeral(
      [
        opening,
        ...(idea ? ['', `One small idea, if it fits: ${idea}`] : []),
        '',
        note ? 'Your note is saved. Only you can read it.' : 'Saved.',
        isLowDay(score) ? 'If you want to talk it through with someone, `/support` lists people you can reach.' : '',
        'You can change today\'s answers with `/checkin` until the day ends.',
      ]
        .filter((line, i, all) => line !== '' || all[i - 1] !== '')
        .join('\n')
        .trim(),
      offers.length > 0
        ? { replacesPrompt: true }
        : { replacesPrompt: true, choices: [{ actionId: 'support:offer', options: [{ label: "I'd like some support", value: 'ask' }] }] },
    ),
    ...offers,
  ];
}

function questionsFor(ctx: CommandContext): CheckinQuestion[] {
  return communityQuestions(ctx.community.checkinQuestions);
}

/** The last step: an optional private note; a note kept earlier today is in the form, and kept as it is unless changed. */
function notePrompt(date: string, note: string | null): OutgoingMessage {
  const text = note
    ? "Anything to add to today's note, or change? It stays private: only you can read it."
    : 'Anything you want to note for yourself about today? It stays private: only you can read it.';
  return ephemeral(text, {
    form: {
      id: `checkin:${date}:note`,
      title: 'A private note',
      openLabel: 'Add a note',
      submitLabel: 'Save',
      fields: [
        {
          id: 'note',
          label: 'Your note (only you can read it)',
          multiline: true,
          optional: true,
          maxLength: NOTE_MAX_LENGTH,
          placeholder: 'What stayed with you today?',
          ...(note && note.length <= NOTE_MAX_LENGTH ? { value: note } : {}),
        },
      ],
    },
    choices: [{ actionId: `checkin:${date}:skip-note`, options: [{ label: note ? 'Keep my note as it is' : 'No note today', value: 'skip' }] }],
  });
}

function stale(date: string): OutgoingMessage {
  const when = /^\d{4}-\d{2}-\d{2}$/.test(date) ? ` for ${formatLocalDay(date)}` : '';
  return ephemeral(`That check-in${when} is closed now. Start today's with \`/checkin\`.`);
}
