import { direct } from '../../src/core/messages.js';
import { visible, type FakeMessage } from '../helpers/fake-slack.js';
import { SlackHarness, TEAM } from '../adapters/slack/slack-harness.js';
import { chatAdapterContract, type AdapterHarness, type Seen } from './chat-adapter-contract.js';

/**
 * Drives the Slack adapter as a member in Slack: signed slash commands over HTTP, clicks on the
 * Block Kit buttons the fake Web API received, the note modal opened from its button and submitted.
 */
function slackContractHarness(): AdapterHarness {
  const slack = new SlackHarness();
  const member = { id: 'UCONTRACT', name: 'contract-member' };
  let last: FakeMessage | undefined;

  const seen = (messages: FakeMessage[]): Seen => {
    const withButtons = messages.findLast((m) => visible(m).buttons.length > 0);
    if (withButtons) last = withButtons;
    const buttons = withButtons ? visible(withButtons).buttons : [];
    return {
      text: messages.map((m) => visible(m).text).join('\n\n'),
      // The form is behind its button: the member sees the button that opens it.
      choices: buttons.filter((b) => b.actionId !== 'peercircle:open-form').map((b) => b.label),
      formOpen: buttons.some((b) => b.actionId === 'peercircle:open-form'),
    };
  };

  return {
    commandPrefix: 'pc-',
    start: (_handler, app) => slack.start(app),
    runCommand: async (name, text = '') => seen(await slack.command(member, name, text)),
    pick: async (label) => seen(await slack.click(member, last!, label)),
    submitForm: async (values) => {
      const formButton = visible(last!).buttons.find((b) => b.actionId === 'peercircle:open-form');
      await slack.click(member, last!, formButton!.label);
      return seen(await slack.submitLastModal(member, values));
    },
    sendDirect: async (text) => {
      const before = slack.fake.messages.length;
      await slack.adapter.sendDirect({ communityExternalId: TEAM, platformUserId: member.id }, direct(text));
      return seen(slack.fake.messages.slice(before));
    },
    sendToGroup: async (text, others) => {
      const before = slack.fake.messages.length;
      await slack.adapter.sendToGroup({ communityExternalId: TEAM, platformUserIds: [member.id, ...others] }, direct(text));
      // The member reads the group conversation: a channel the fake opened with all of them.
      return seen(slack.fake.messages.slice(before).filter((m) => m.channel.includes(member.id)));
    },
    stop: () => slack.stop(),
  };
}

chatAdapterContract('slack', async () => slackContractHarness());
