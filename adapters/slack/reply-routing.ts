import type { OutgoingMessage } from '../../src/core/messages.js';
import type { SlackWeb } from './slack-web.js';

/** Where the replies to one event go, and what the member clicked (to replace it in place). */
export interface ReplyTarget {
  teamId: string;
  userId: string;
  /** The token Bolt authorized the event with; looked up when absent. */
  token: string | undefined;
  /** The conversation the event came from, when it has one. */
  channelId?: string;
  isDirect: boolean;
  /** The message whose button was clicked. */
  messageTs?: string;
  /** Replies through the payload's response_url (ephemeral in a channel). */
  respond?: (message: Record<string, unknown>) => Promise<unknown>;
  /** The click was on an ephemeral message (replace it through response_url). */
  clickedEphemeral?: boolean;
}

/**
 * Puts each reply where the member will see it, and only they: in the DM as a message (the one
 * whose button was pressed is updated in place), in a channel as an ephemeral reply, and `direct`
 * replies by DM. Files never go to a channel: an ephemeral reply's file follows by DM.
 */
export async function deliverReplies(web: SlackWeb, replies: OutgoingMessage[], target: ReplyTarget): Promise<void> {
  const token = async () => target.token ?? (await web.tokenFor(target.teamId));
  let replaced = false;
  for (const reply of replies) {
    const replace = reply.replacesPrompt === true && !replaced;
    if (reply.visibility === 'direct' || (!target.isDirect && !target.respond)) {
      const t = await token();
      await web.post(t, target.isDirect && target.channelId ? target.channelId : await web.openDm(t, target.teamId, target.userId), reply);
    } else if (target.isDirect && target.channelId) {
      if (replace && target.messageTs && !target.clickedEphemeral) {
        replaced = true;
        await web.update(await token(), target.channelId, target.messageTs, reply);
      } else {
        await web.post(await token(), target.channelId, reply);
      }
    } else {
      const replaceOriginal = replace && target.clickedEphemeral === true;
      if (replaceOriginal) replaced = true;
      // A long reply comes as several; only the first may take the clicked message's place.
      for (const [index, part] of (await web.render(reply)).entries()) {
        await target.respond!({ response_type: 'ephemeral', replace_original: replaceOriginal && index === 0, ...part });
      }
      if (reply.attachment) {
        const t = await token();
        await web.post(t, await web.openDm(t, target.teamId, target.userId), { ...reply, text: 'The file for the message above:' });
      }
    }
  }
}

/** A check-in typed in a channel continues in the member's DM; the channel only gets a pointer. */
export async function moveToDm(web: SlackWeb, replies: OutgoingMessage[], target: ReplyTarget): Promise<void> {
  const token = target.token ?? (await web.tokenFor(target.teamId));
  const channelId = await web.openDm(token, target.teamId, target.userId);
  await deliverReplies(web, replies, { ...target, token, channelId, isDirect: true, messageTs: undefined, respond: undefined });
  await target.respond?.({ response_type: 'ephemeral', text: "I've sent your check-in to our direct messages, where only you can see it." });
}
