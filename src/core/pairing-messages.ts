import { direct, type OutgoingMessage } from './messages.js';

/**
 * What the bot says to debrief pairs. The guide is the short form of content/topics/peer-debrief.md
 * (its sources are cited there): debriefing after hard sessions, checking boundaries, and looking
 * after yourself; peers are not each other's safety net.
 */

export const nameOf = (m: { displayName: string | null; platformUserId: string }) => m.displayName ?? m.platformUserId;

const list = (names: string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export const debriefGuide = [
  '**A short debrief guide** (take what fits, in any order)',
  '- **What went well**: a moment lately when your support helped, and what you did.',
  '- **What was hard**: a session or a moment you are still carrying.',
  "- **Boundaries check**: where did you give more than you meant to? What would you keep, or change, next time?",
  '- **One self-care step**: each of you names one small thing you will do for yourself this week.',
  '`/principle peer-debrief` has a little more on it.',
].join('\n');

export const safetyNote =
  "You're peers here, not each other's counsellor, and neither of you is responsible for the other's safety. If one of you is worried about yourself or someone else, talk to your supervisor, or type `/support` for people and crisis lines.";

export function roundIntroduction(names: string[]): OutgoingMessage {
  const trio = names.length > 2;
  return direct(
    [
      `**Your debrief ${trio ? 'trio' : 'pairing'} for this round**`,
      `Hi ${list(names)}: you're paired for a peer debrief${trio ? ' (three of you this time, as the numbers were odd)' : ''}. Find half an hour that suits you, here or on a call.`,
      '',
      debriefGuide,
      '',
      'What you share stays between you.',
      safetyNote,
      '',
      "Can't make it this round? `/debrief swap` and I'll let the others know kindly.",
    ].join('\n'),
  );
}

export function onDemandIntroduction(requester: string, peer: string): OutgoingMessage {
  return direct(
    [
      `**A debrief, now**`,
      `${requester}, ${peer} said yes to a debrief with you. ${peer}, thank you. Take the time you both have, here or on a call.`,
      '',
      debriefGuide,
      '',
      safetyNote,
    ].join('\n'),
  );
}

export const notMatchedThisRound = direct(
  "I couldn't find a debrief partner for you this round, and I'm sorry. It isn't about you: the numbers didn't work out. You're in the next round; if you need a debrief before then, `/debrief now` asks peers who take on-demand debriefs.",
);

export function didYouMeet(groupId: string, partners: string[]): OutgoingMessage {
  return direct(`Halfway through the round: did you meet ${list(partners)} for your debrief?`, { choices: meetingChoices(groupId) });
}

/** The one reminder, to members who have not answered "Did you meet?". */
export function didYouMeetReminder(groupId: string, partners: string[]): OutgoingMessage {
  return direct(`A gentle nudge: did you get to debrief with ${list(partners)} this round? One tap is enough, and I won't ask again.`, {
    choices: meetingChoices(groupId),
  });
}

function meetingChoices(groupId: string) {
  return [
    {
      actionId: `debrief:met:${groupId}`,
      options: [
        { label: 'We met', value: 'met' },
        { label: 'Not yet', value: 'not_yet' },
        { label: 'Skipped this time', value: 'skipped' },
      ],
    },
  ];
}

export function partnerCantMake(leaver: string): OutgoingMessage {
  return direct(
    `${leaver} can't make the debrief this round. That happens, and it isn't about you. I couldn't find someone else free this time; you're in the next round, and \`/debrief now\` asks peers who take on-demand debriefs if you need one sooner.`,
  );
}

export function trioCarriesOn(leaver: string, others: string[]): OutgoingMessage {
  return direct(`${leaver} can't make the debrief this round. ${list(others)}: you two can carry on together.`);
}

export function leftTrioForRematch(mover: string, others: string[]): OutgoingMessage {
  return direct(`${mover} is debriefing with someone whose partner couldn't make it this round, so it's ${list(others)} now. Carry on as you planned.`);
}

export function rematched(names: string[]): OutgoingMessage {
  return direct(
    [`**A new debrief partner this round**`, `${list(names)}: your partners couldn't make it this time, so I've put you together.`, '', debriefGuide, '', safetyNote].join('\n'),
  );
}

export function askPeer(requestId: string, waitMinutes: number): OutgoingMessage {
  return direct(
    `A peer in your community had a hard session and would like to debrief. Could you take it in the next ${waitMinutes} minutes? Only say yes if you have the room for it today; saying no is fine.`,
    {
      choices: [
        {
          actionId: `debrief:offer:${requestId}`,
          options: [
            { label: 'Yes, I can', value: 'accept' },
            { label: 'Not today', value: 'decline' },
          ],
        },
      ],
    },
  );
}

export const alreadyCovered = direct('Thank you for being willing. That debrief is covered now: someone else said yes first.');

export const noLongerNeeded = direct('Thank you for being willing. That debrief request has closed, so nothing more is needed from you.');

export function nobodyFree(supervisorNamed: boolean): OutgoingMessage {
  return direct(
    [
      "I'm sorry: no peer could take a debrief just now.",
      'Some other options:',
      `- ${supervisorNamed ? 'Your supervisor: `/support` can let them know you would like to talk.' : 'Your supervisor, or someone on your team you trust.'}`,
      '- `/principle self-care` for small ways to look after yourself after a hard session.',
      '- `/support` for people and crisis lines, any time.',
      'You can try `/debrief now` again later.',
    ].join('\n'),
  );
}
