import type { Community } from '../storage/communities.js';
import type { RiskKind } from '../domain/crisis/detect-risk.js';
import { crisisLineList, crisisResourcesFor } from '../domain/crisis-resources.js';
import { crisisContactDisplay } from './crisis-contact.js';
import { direct, type OutgoingMessage } from './messages.js';

/**
 * What the bot says at once when words point to risk. Safe-messaging: plain, calm, hopeful, with
 * actions and resources, no method talk, and honest that a bot is not a crisis service.
 */
export function crisisReply(kind: RiskKind, community: Community): OutgoingMessage {
  const resources = crisisResourcesFor(community.locale, community.crisisResources);
  const lines = crisisLineList(resources);
  const help = [
    `If you are in danger right now, ${resources.emergency}.`,
    '',
    '**You can reach a person now, free and confidential:**',
    ...lines,
  ];
  const notACrisisService = "I'm a bot, not a crisis service: I can't call anyone or send help.";
  const people = 'A person you trust, a peer or your supervisor can be there with you too. You deserve support, and things can change.';
  const contact = crisisContactDisplay(community) ?? 'someone';
  // The offer to reach a named human; nothing is sent unless the member says yes.
  const offer = {
    choices: [
      {
        actionId: 'support:crisis',
        options: [
          { label: `Yes, ask ${contact} to reach out to me`, value: 'yes' },
          { label: 'Not now', value: 'no' },
        ],
      },
    ],
  };

  switch (kind) {
    case 'someone-else':
      return direct(
        [
          "That sounds heavy to carry. Hearing about someone else's crisis stays with you: that's secondary trauma, and it deserves care, not just coping.",
          '',
          'A debrief with a peer or your supervisor can help you put it down for a while. You are not responsible for anyone else’s safety on your own.',
          '',
          `If the person is in danger right now, ${resources.emergency} and follow your organisation's procedure.`,
          '`/support` lists crisis lines for them and for you; `/principle self-care` has ideas for afterwards.',
        ].join('\n'),
      );
    case 'harm-from-others':
      return direct(
        [
          "Thank you for telling me. Nobody should have to feel unsafe, and it isn't your fault.",
          notACrisisService,
          '',
          ...help,
          '',
          people,
        ].join('\n'),
        offer,
      );
    case 'unclear':
      return direct(
        [
          "Something in what you wrote sounds hard. If it's about you, or about someone you support, you don't have to hold it alone.",
          notACrisisService,
          '',
          ...help,
          '',
          "If it's someone you support, a debrief with a peer or your supervisor can help you carry it.",
        ].join('\n'),
        offer,
      );
    case 'self':
      return direct(
        ["I'm really glad you told me. It sounds like things may be very hard right now.", notACrisisService, '', ...help, '', people].join('\n'),
        offer,
      );
  }
}
