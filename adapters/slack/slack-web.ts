import http from 'node:http';
import https from 'node:https';
import type { App, Installation } from '@slack/bolt';
import type { DeliveryReceipt } from '../../src/core/adapter.js';
import { DeliveryError } from '../../src/core/errors.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import type { SlackInstallationRepository } from '../../src/storage/slack-installations.js';
import { shelveLongForms, type FormShelf } from './form-button.js';
import { renderMessages, type CommandNaming, type RenderedMessage } from './render.js';

/** Bounds on the search for a workspace's org: org-wide installs asked, and pages of workspaces each. */
const maxOrgInstalls = 20;
const maxTeamPages = 10;

/** No installation serves the workspace: the outbox gives up, and its record says why. */
export class NotInstalledError extends DeliveryError {
  constructor(readonly teamId: string) {
    super(
      `peercircle has no installation serving the Slack workspace ${teamId}: it was not installed there, and no org-wide install covers it. ` +
        'Install the app in that workspace, or add the workspace to the org-wide install.',
      { permanent: true },
    );
  }
}

/**
 * What the bot says in Slack through the Web API: messages (Block Kit, files by upload v2), updates
 * in place, DMs and group DMs, with the right workspace's token (the single-workspace token, or the
 * sealed installation's).
 */
export class SlackWeb {
  private readonly dmChannels = new Map<string, string>();

  constructor(
    private readonly client: App['client'],
    private readonly naming: CommandNaming,
    private readonly installations: SlackInstallationRepository,
    private readonly botToken: string | undefined,
    /** Keeps forms too long for their button; without it, such a form's button opens it without its long starting values. */
    private readonly forms?: FormShelf,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A message as Slack messages, any form too long for its button kept on the shelf first. */
  async render(message: OutgoingMessage): Promise<RenderedMessage[]> {
    return renderMessages(message, this.naming, await shelveLongForms([message], this.forms, this.now()));
  }

  /**
   * The bot token for a workspace: the single-workspace token, the workspace's own installation, or
   * the org-wide one it was linked to. A workspace of an Enterprise Grid org the bot has not heard
   * from yet is not linked: each org-wide install is asked which workspaces it covers. No
   * installation at all is permanent (retrying cannot help) and says why.
   */
  async tokenFor(teamId: string): Promise<string> {
    if (this.botToken) return this.botToken;
    const installation = (await this.installations.find({ teamId })) as Installation | undefined;
    const token = installation?.bot?.token ?? (await this.orgTokenFor(teamId));
    if (!token) throw new NotInstalledError(teamId);
    return token;
  }

  /** The token of the org-wide install whose org holds this workspace, which is then linked. */
  private async orgTokenFor(teamId: string): Promise<string | undefined> {
    for (const { enterpriseId, installation } of await this.installations.orgWide(maxOrgInstalls)) {
      const token = (installation as Installation).bot?.token;
      if (!token) continue;
      if (await this.orgCovers(token, teamId)) {
        await this.installations.linkTeam(enterpriseId, teamId);
        return token;
      }
    }
    return undefined;
  }

  /** Whether an org-wide install's workspaces (auth.teams.list, page by page, bounded) include this one. */
  private async orgCovers(token: string, teamId: string): Promise<boolean> {
    let cursor: string | undefined;
    for (let page = 0; page < maxTeamPages; page++) {
      // A failure here (a revoked org token, say) only means this org cannot be shown to cover it.
      const listed = await this.client.auth.teams.list({ token, limit: 1000, ...(cursor ? { cursor } : {}) }).catch(() => undefined);
      if (!listed) return false;
      if ((listed.teams ?? []).some((team) => team.id === teamId)) return true;
      cursor = listed.response_metadata?.next_cursor || undefined;
      if (!cursor) return false;
    }
    return false;
  }

  /** Posts the message (as several, in order, when it is longer than one Slack message holds), then its file. */
  async post(token: string, channel: string, message: OutgoingMessage): Promise<DeliveryReceipt> {
    let ts: string | undefined;
    for (const part of await this.render(message)) {
      const posted = await this.client.chat.postMessage({ token, channel, ...part } as never);
      ts = posted.ts ?? ts;
    }
    await this.upload(token, channel, message);
    return ts ? { messageId: ts } : {};
  }

  /** Replaces a message with the first part of the new one; any further parts follow it as new messages. */
  async update(token: string, channel: string, ts: string, message: OutgoingMessage): Promise<void> {
    const [first, ...rest] = await this.render(message);
    await this.client.chat.update({ token, channel, ts, ...first } as never);
    for (const part of rest) await this.client.chat.postMessage({ token, channel, ...part } as never);
  }

  private async upload(token: string, channel: string, message: OutgoingMessage): Promise<void> {
    if (!message.attachment) return;
    const { filename, base64, altText } = message.attachment;
    await this.client.files.uploadV2({ token, channel_id: channel, filename, file: Buffer.from(base64, 'base64'), alt_text: altText } as never);
  }

  /** The member's DM with the bot; cached, since it never changes. */
  async openDm(token: string, teamId: string, userId: string): Promise<string> {
    const key = `${teamId}:${userId}`;
    const cached = this.dmChannels.get(key);
    if (cached) return cached;
    const channel = await this.open(token, [userId]);
    if (this.dmChannels.size > 50_000) this.dmChannels.clear();
    this.dmChannels.set(key, channel);
    return channel;
  }

  /** One conversation with several members and the bot (a group DM). */
  openGroup(token: string, userIds: string[]): Promise<string> {
    return this.open(token, [...new Set(userIds)]);
  }

  private async open(token: string, userIds: string[]): Promise<string> {
    const opened = await this.client.conversations.open({ token, users: userIds.join(',') });
    if (!opened.channel?.id) throw new DeliveryError('Slack did not open the conversation');
    return opened.channel.id;
  }
}

/** Connections to response URLs kept open between replies (they all go to one host). */
const responseAgents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) } as const;

/**
 * Replies through a payload's response_url (a modal's origin, where Bolt has no `respond`). Plain
 * node:http(s) over kept-alive connections: it runs on the thread that acknowledges requests, and
 * costs it several times less than fetch does.
 */
export function postToResponseUrl(url: string, message: Record<string, unknown>): Promise<void> {
  const target = new URL(url);
  const protocol = target.protocol;
  if (protocol !== 'https:' && protocol !== 'http:') return Promise.reject(new DeliveryError('the response URL is not an http(s) URL'));
  const body = Buffer.from(JSON.stringify(message));
  return new Promise((resolve, reject) => {
    const request = (protocol === 'https:' ? https : http).request(
      target,
      { method: 'POST', agent: responseAgents[protocol], headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (response) => {
        const status = response.statusCode ?? 0;
        response.on('error', reject);
        response.on('end', () => (status >= 200 && status < 300 ? resolve() : reject(new DeliveryError(`the response URL answered ${status}`))));
        response.resume();
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
