import { renderMessages } from '../../adapters/slack/render.js';
import { translateAction } from '../../adapters/slack/translate.js';
import { slackViolations } from '../helpers/slack-limits.js';
import { rendererContract } from './renderer-contract.js';

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Renders as the Slack adapter posts, and reads buttons back through the adapter's own click translation. */
rendererContract('slack', {
  boldMarker: '*',
  render(message) {
    const messages = renderMessages(message);
    return {
      texts: messages.map(({ blocks }) =>
        blocks
          .filter((block) => block.type === 'section')
          .map((block) => unescape((block.text as { text: string }).text))
          .join('\n'),
      ),
      buttons: messages.flatMap(({ blocks }, index) =>
        blocks
          .filter((block) => block.type === 'actions')
          .flatMap((block) => block.elements as { action_id: string; value: string; text: { text: string } }[])
          .map((button) => {
            const click = translateAction({ team: { id: 'T1' }, user: { id: 'U1' }, channel: { id: 'D1' }, actions: [{ action_id: button.action_id, value: button.value }] }, new Date(0));
            return { message: index, label: button.text.text, answer: click.ok && click.value.kind === 'choice' ? { actionId: click.value.actionId, value: click.value.value } : undefined };
          }),
      ),
      violations: messages.flatMap(({ blocks, text }) => [...slackViolations(blocks, 'message'), ...(text.length > 3000 ? [`a fallback text of ${text.length} characters`] : [])]),
    };
  },
});
