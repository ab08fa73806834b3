import type { App } from '@slack/bolt';
import type { EventHandler } from '../../src/core/adapter.js';
import type { CommunityRef, IncomingEvent, UserRef } from '../../src/core/events.js';
import type { HomeSummary } from '../../src/core/home.js';
import type { Logger } from '../../src/core/logger.js';
import type { RoleGroups } from '../../src/domain/roles.js';
import type { SlackInstallationRepository } from '../../src/storage/slack-installations.js';
import { loggableError } from './delivery-error.js';
import { introduction, renderHome } from './home-view.js';
import type { CommandNaming } from './render.js';
import { deliverReplies, moveToDm, type ReplyTarget } from './reply-routing.js';
import type { SlackWeb } from './slack-web.js';
import { StandingCache } from './standing.js';

export interface EventRunnerOptions {
  client: App['client'];
  web: SlackWeb;
  naming: CommandNaming;
  installations: SlackInstallationRepository;
  logger: Logger;
  /** A member's own recent check-ins, for their App Home. */
  home?: (community: CommunityRef, user: UserRef) => Promise<HomeSummary>;
  now: () => Date;
}

/** Commands whose conversation belongs in the member's DM even when typed in a channel. */
const directOnlyCommands = new Set(['checkin']);

/**
 * Hands one acknowledged event to the core and puts the replies where the member will see them;
 * publishes a member's App Home. Never throws: it runs after the ack, so failures are logged.
 */
export class SlackEventRunner {
  private readonly standing: StandingCache;
  handler: EventHandler | undefined;

  constructor(private readonly options: EventRunnerOptions) {
    const { client, installations } = options;
    this.standing = new StandingCache({
      profile: async (token, user) => {
        const info = await client.users.info({ token, user, include_locale: true });
        const isAdmin = info.user?.is_admin === true || info.user?.is_owner === true || info.user?.is_primary_owner === true;
        return { isAdmin, ...(typeof info.user?.locale === 'string' ? { locale: info.user.locale } : {}) };
      },
      groupMembers: async (token, usergroup) => (await client.usergroups.users.list({ token, usergroup })).users ?? [],
      installer: (teamId) => installations.installerOf(teamId),
    });
  }

  async run(event: IncomingEvent, initialTarget: ReplyTarget, enterpriseId: string | undefined): Promise<void> {
    const { web } = this.options;
    let target = initialTarget;
    const handler = this.handler;
    if (!handler) return;
    try {
      if (enterpriseId) await this.options.installations.linkTeam(enterpriseId, target.teamId);
      const replies = await handler.handle(event, { standing: (mapping) => this.standingOf(event, target, mapping) });
      // A command typed in a DM between two people arrives from a D… channel too: only the
      // member's DM with the bot is theirs alone, and the bot can post there.
      if (event.kind === 'command' && target.isDirect && target.channelId) {
        const token = target.token ?? (await web.tokenFor(target.teamId));
        if ((await web.openDm(token, target.teamId, target.userId)) !== target.channelId) target = { ...target, isDirect: false };
      }
      if (event.kind === 'command' && !target.isDirect && directOnlyCommands.has(event.name)) {
        await moveToDm(web, replies, target);
      } else {
        await deliverReplies(web, replies, target);
      }
      // A button pressed on the App Home (no conversation): the page shows the change.
      if (event.kind === 'choice' && !target.channelId) await this.publishHome(target.teamId, target.userId, target.token);
    } catch (error) {
      this.options.logger.error({ failure: loggableError(error), kind: event.kind }, 'could not deliver replies in slack');
    }
  }

  /** The member's App Home: their recent check-ins, settings and help, as /settings and /help would show them. */
  async publishHome(teamId: string, userId: string, token?: string, page = 0): Promise<void> {
    const handler = this.handler;
    if (!handler) return;
    try {
      const community: CommunityRef = { platform: 'slack', externalId: teamId };
      const user: UserRef = { id: userId };
      const summary = (await this.options.home?.(community, user)) ?? { recent: [], known: false };
      // For someone who has not met the bot yet, settings wait until they have (opening a page is not joining).
      const base = { community, user, isDirect: true, receivedAt: this.options.now() };
      const settings = summary.known ? (await handler.handle({ ...base, kind: 'command', name: 'settings', text: '' })).at(-1) : undefined;
      const help = summary.known ? (await handler.handle({ ...base, kind: 'command', name: 'help', text: '' })).at(-1) : undefined;
      const view = renderHome(summary, settings, help ?? introduction, this.options.naming, page);
      await this.options.client.views.publish({ token: token ?? (await this.options.web.tokenFor(teamId)), user_id: userId, view: view as never });
    } catch (error) {
      this.options.logger.warn({ failure: loggableError(error) }, 'could not publish the app home');
    }
  }

  /**
   * The user as Slack sees them (admin? in a mapped user group? locale?), so the core can keep roles
   * current. The core asks with the community's role groups from its own read of the community on
   * this event: an admin's `/community supervisor-group` holds from the next message, in every process.
   */
  private async standingOf(event: IncomingEvent, target: ReplyTarget, mapping: RoleGroups): Promise<{ isPlatformAdmin?: boolean; groups?: string[]; locale?: string }> {
    const token = target.token ?? (await this.options.web.tokenFor(target.teamId).catch(() => undefined));
    if (!token) return {};
    return this.standing.of(target.teamId, event.user.id, token, mapping);
  }
}
