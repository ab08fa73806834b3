import { communityQuestions, scaleLegend, type CheckinQuestion } from '../domain/checkin-questions.js';
import { ephemeral, type OutgoingMessage } from './messages.js';

/**
 * One 1–5 question of the check-in, with both ends of its scale named (the scales point different
 * ways: energy's 5 is good, stress's 5 is heavy). Its buttons carry the local date it was asked for.
 */
export function questionPrompt(date: string, question: CheckinQuestion, all: CheckinQuestion[]): OutgoingMessage {
  const position = `${all.indexOf(question) + 1}/${all.length}`;
  return ephemeral(`**${position}** ${question.prompt}\n${scaleLegend(question)}`, {
    choices: [
      {
        actionId: `checkin:${date}:${question.id}`,
        options: [1, 2, 3, 4, 5].map((n) => ({ label: String(n), value: String(n) })),
      },
    ],
  });
}

/** How to step out of a check-in, said once at its start. */
export const checkinWayOut = 'Type `later` to have a question come back in an hour, or `cancel` to stop.';

/** The direct message the scheduler sends when a member's check-in time comes. */
export function scheduledCheckinPrompt(configuredQuestions: unknown, localDate: string): OutgoingMessage {
  const questions = communityQuestions(configuredQuestions);
  const first = questionPrompt(localDate, questions[0]!, questions);
  return {
    ...first,
    visibility: 'direct',
    text: `Time for your check-in, if you have a minute. Only you see your answers; \`/settings\` changes the time or pauses these. ${checkinWayOut}\n\n${first.text}`,
  };
}

/** The one reminder, if today's check-in is still open some hours later. */
export function checkinReminder(configuredQuestions: unknown, localDate: string): OutgoingMessage {
  const questions = communityQuestions(configuredQuestions);
  const first = questionPrompt(localDate, questions[0]!, questions);
  return {
    ...first,
    visibility: 'direct',
    text: `A gentle reminder: today's check-in is still open. No pressure; skipping a day is fine too.\n\n${first.text}`,
  };
}

/** A question the member set aside with "later", brought back once by the outbox. */
export function snoozedQuestion(date: string, question: CheckinQuestion, all: CheckinQuestion[]): OutgoingMessage {
  const asked = questionPrompt(date, question, all);
  return { ...asked, visibility: 'direct', text: `Here's the check-in question you set aside an hour ago. No pressure; \`cancel\` stops it.\n\n${asked.text}` };
}
