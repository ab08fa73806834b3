import type { CommandContext } from './command.js';
import type { CrisisLineDirectory } from '../content/crisis-lines.js';
import type { CrisisRoute, ScreenLanguage } from '../domain/crisis/screen.js';
import { contactsFor, type CrisisContacts } from '../domain/crisis-resources.js';
import type { Community } from '../storage/communities.js';
import { crisisCopy, type CrisisCopy } from './crisis-copy.js';
import { direct, ephemeral, type OutgoingMessage } from './messages.js';

/** Who the reply is for: the community, the locale the member's platform reported, the lines on file. */
export interface CrisisAudience {
  community: Pick<Community, 'locale' | 'crisisResources' | 'crisisPolicy' | 'crisisContactName' | 'crisisContactMemberId' | 'crisisContactChannelId'>;
  memberLocale: string | null;
  lines: CrisisLineDirectory;
}

/** Who a crisis reply is for, from a command's context. */
export function audienceOf(ctx: CommandContext): CrisisAudience {
  return { community: ctx.community, memberLocale: ctx.member.locale, lines: ctx.services.content.crisisLines };
}

/** Buttons of the crisis route. Each carries the reply's language, so the answer stays in it. */
export const SAFE_NOW_ACTION = 'support:safe';
export const ASKED_ACTION = 'support:asked';
/** The offer of a human; what happens on yes belongs to /support. */
export const HUMAN_OFFER_ACTION = 'support:crisis';
export const DEBRIEF_NOW_ACTION = 'debrief:now';

/**
 * What the bot says at once when the screen picks a route. Every message's preview is neutral, so a
 * lock screen never spells out a crisis.
 */
export function crisisReply(route: CrisisRoute, language: ScreenLanguage, audience: CrisisAudience): OutgoingMessage[] {
  const words = crisisCopy[language];
  const contacts = contactsOf(audience, language);
  switch (route) {
    case 'imminent':
      return [resourcesNow(words.imminentOpening, words, contacts), safeNowQuestion(words, language)];
    case 'possible':
      return [
        say(words, [words.possibleOpening, '', words.askDirectly, '', words.whateverYourAnswer, contacts.suicide[0] ?? '', '', words.notACrisisService].join('\n'), {
          choices: [{ actionId: `${ASKED_ACTION}:${language}`, options: [{ label: words.yes, value: 'yes' }, { label: words.no, value: 'no' }] }],
        }),
      ];
    case 'harm-from-others':
      return [
        say(
          words,
          [
            words.harmOpening,
            '',
            words.harmDanger(contacts.emergency),
            ...(contacts.emergencyNote ? [contacts.emergencyNote] : []),
            '',
            words.harmLines,
            ...contacts.violence,
            ...(contacts.alsoCommunity ? ['', contacts.alsoCommunity] : []),
            '',
            words.harmPace,
            words.harmDevice,
            '',
            words.notACrisisService,
          ].join('\n'),
        ),
        humanOffer(words, audience.community),
      ];
    case 'someone-else':
      return [
        say(
          words,
          [
            words.someoneElseOpening,
            '',
            words.forThem(contacts.emergency),
            ...contacts.suicide,
            '',
            `${words.procedure} ${audience.community.crisisPolicy ?? words.defaultProcedure}`,
            '',
            words.forYou,
          ].join('\n'),
          {
            choices: [{ actionId: DEBRIEF_NOW_ACTION, options: [{ label: words.debriefNow, value: 'yes' }, { label: words.notNow, value: 'no' }] }],
          },
        ),
      ];
  }
}

/** "Are you safe right now?" answered. Not safe: the emergency number again and the strongest next step. */
export function safeNowAnswered(answer: string, language: ScreenLanguage, audience: CrisisAudience): OutgoingMessage[] {
  const words = crisisCopy[language];
  const contacts = contactsOf(audience, language);
  const reply =
    answer === 'not-safe'
      ? [words.notSafe(contacts.emergency), ...(contacts.emergencyNote ? [contacts.emergencyNote] : []), '', words.notSafeMeanwhile, '', words.ifYouWouldRatherTalk, contacts.suicide[0] ?? '']
      : [words.safeForNow];
  return [ephemeral(reply.join('\n'), { replacesPrompt: true, preview: words.preview }), humanOffer(words, audience.community)];
}

/** "Are you thinking about suicide?" answered. Yes: the imminent route's lines and question; no: support. */
export function askedAnswered(answer: string, language: ScreenLanguage, audience: CrisisAudience): OutgoingMessage[] {
  const words = crisisCopy[language];
  if (answer === 'yes') {
    return [{ ...resourcesNow(words.askedYesOpening, words, contactsOf(audience, language)), visibility: 'ephemeral', replacesPrompt: true }, safeNowQuestion(words, language)];
  }
  return [
    ephemeral([words.askedNo, '', words.supportAnyTime].join('\n'), {
      replacesPrompt: true,
      preview: words.preview,
      choices: [
        { actionId: DEBRIEF_NOW_ACTION, options: [{ label: words.debriefWithPeer, value: 'yes' }] },
        { actionId: 'support:offer', options: [{ label: words.talkWithSupervisor, value: 'supervisor' }] },
      ],
    }),
  ];
}

/** The lines for where this member is: their locale first, then the community's. */
export function contactsOf(audience: CrisisAudience, language: ScreenLanguage): CrisisContacts {
  return contactsFor({
    memberLocale: audience.memberLocale,
    communityLocale: audience.community.locale,
    configured: audience.community.crisisResources,
    directory: audience.lines,
    language,
  });
}

function resourcesNow(opening: string, words: CrisisCopy, contacts: CrisisContacts): OutgoingMessage {
  return say(
    words,
    [
      opening,
      '',
      words.dangerNow(contacts.emergency),
      ...(contacts.emergencyNote ? [contacts.emergencyNote] : []),
      '',
      words.peopleNow,
      ...contacts.suicide,
      ...(contacts.alsoCommunity ? ['', contacts.alsoCommunity] : []),
      '',
      words.notACrisisService,
    ].join('\n'),
  );
}

function safeNowQuestion(words: CrisisCopy, language: ScreenLanguage): OutgoingMessage {
  return say(words, words.safeQuestion, {
    choices: [{ actionId: `${SAFE_NOW_ACTION}:${language}`, options: [{ label: words.safeLabel, value: 'safe' }, { label: words.notSafeLabel, value: 'not-safe' }] }],
  });
}

/** The offer to let the community's crisis contact know; nothing is sent unless the member says yes. */
function humanOffer(words: CrisisCopy, community: CrisisAudience['community']): OutgoingMessage {
  // Only the community's real crisis contact (a person or a channel) is ever asked.
  const named = community.crisisContactMemberId || community.crisisContactChannelId ? (community.crisisContactName ?? words.yourCrisisContact) : null;
  return say(words, words.offerQuestion(named ?? words.someone), {
    choices: [{ actionId: HUMAN_OFFER_ACTION, options: [{ label: words.offerYes(named ?? words.someone), value: 'yes' }, { label: words.notNow, value: 'no' }] }],
  });
}

function say(words: CrisisCopy, text: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return direct(text, { preview: words.preview, ...extra });
}
