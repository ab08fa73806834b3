import type { App } from '@slack/bolt';
import type { DurableWork } from '../../src/core/durable-work.js';
import type { IncomingEvent } from '../../src/core/events.js';
import type { Logger } from '../../src/core/logger.js';
import type { SlackInstallationRepository } from '../../src/storage/slack-installations.js';
import { loggableError } from './delivery-error.js';
import type { SlackEventRunner } from './event-runner.js';
import type { FormShelf } from './form-button.js';
import { homePageOf } from './home-view.js';
import { openForm } from './open-form.js';
import { OPEN_FORM_ACTION } from './render.js';
import type { ReplyTarget } from './reply-routing.js';
import { eventKey, triggerKey } from './delivery-keys.js';
import { postToResponseUrl } from './slack-web.js';
import { translateAction, translateCommand, translateDirectMessage, translateTeamJoin, translateViewSubmission } from './translate.js';

/** One event acknowledged to Slack and where its replies go: what is recorded until it is done. */
export interface SlackJob {
  event: IncomingEvent;
  target: Omit<ReplyTarget, 'respond' | 'token'> & { responseUrl?: string };
  enterpriseId?: string;
  /** Kept in memory only, never recorded; looked up again when another process takes the job. */
  token?: string;
}

/** Slack's limit for an ack is 3 s: past this, acknowledge even though the record is not written yet. */
const RECORD_BEFORE_ACK_MS = 2000;

export interface IntakeOptions {
  /** Where each job is recorded before its ack; a re-send (same event or trigger id), in any process, is not worked on again. */
  work: DurableWork<SlackJob>;
  runner: SlackEventRunner;
  installations: SlackInstallationRepository;
  forms: FormShelf | undefined;
  commandPrefix: string;
  logger: Logger;
  /** Runs side work after the ack (opening a form, a Home page, forgetting an installation), tracked so stop can drain. */
  track: (work: () => Promise<unknown>) => void;
  now: () => Date;
}

/** Works on one recorded job, here or in the process that took it over. */
export function runJob(runner: SlackEventRunner, job: SlackJob): Promise<void> {
  const event = { ...job.event, receivedAt: new Date(job.event.receivedAt) } as IncomingEvent;
  return runner.run(event, replyTarget(job.target, job.token), job.enterpriseId);
}

function replyTarget(recorded: SlackJob['target'], token: string | undefined): ReplyTarget {
  const { responseUrl, ...rest } = recorded;
  return { ...rest, token, ...(responseUrl ? { respond: (message: Record<string, unknown>) => postToResponseUrl(responseUrl, message) } : {}) };
}

/**
 * Slack's requests in: slash commands, button presses, modal submissions and direct messages
 * become jobs, each recorded in the database and then acknowledged (see `accept`); a form button
 * opens its modal at once, and App Home and installation events are handled in place.
 */
export function listenForRequests(app: App, options: IntakeOptions): void {
  const { now, track, runner } = options;
  const jobOf = (event: IncomingEvent, target: SlackJob['target'], context: { enterpriseId?: string; botToken?: string }): SlackJob => ({
    event,
    target,
    ...(context.enterpriseId ? { enterpriseId: context.enterpriseId } : {}),
    ...(context.botToken ? { token: context.botToken } : {}),
  });
  /** Records the job (durably: a re-send anywhere is not worked on again), then acknowledges it. */
  const accept = async (key: string | undefined, ack: () => Promise<void>, job: SlackJob) => {
    const recorded = options.work.accept(key, job);
    // A database slower than Slack's 3 s for the ack delays the record, not the member.
    await Promise.race([recorded, new Promise((resolve) => setTimeout(resolve, RECORD_BEFORE_ACK_MS).unref())]);
    await ack();
  };

  app.command(/.*/, async ({ body, ack, context }) => {
    const event = translateCommand(body as unknown as Record<string, unknown>, now(), options.commandPrefix);
    if (!event.ok) {
      await ack({ response_type: 'ephemeral', text: 'Sorry, I could not read that command. Please try again.' });
      return;
    }
    const responseUrl = typeof body.response_url === 'string' ? body.response_url : undefined;
    const target = { teamId: event.value.community.externalId, userId: event.value.user.id, channelId: body.channel_id, isDirect: event.value.isDirect, ...(responseUrl ? { responseUrl } : {}) };
    await accept(triggerKey(body), () => ack(), jobOf(event.value, target, context));
  });

  app.action(/.*/, async ({ body, ack, context, client }) => {
    const raw = body as unknown as Record<string, unknown>;
    const action = (raw.actions as Record<string, unknown>[] | undefined)?.[0];
    const channelId = (raw.channel as { id?: string } | undefined)?.id;
    const container = raw.container as { type?: string; is_ephemeral?: boolean; message_ts?: string } | undefined;
    const messageTs = (raw.message as { ts?: string } | undefined)?.ts ?? container?.message_ts;
    const responseUrl = typeof raw.response_url === 'string' ? raw.response_url : undefined;
    const homePage = homePageOf(action?.action_id, action?.value);
    if (homePage !== undefined) {
      await ack();
      const clicked = translateAction(raw, now());
      if (clicked.ok) track(() => runner.publishHome(clicked.value.community.externalId, clicked.value.user.id, context.botToken, homePage));
      return;
    }
    if (action?.action_id === OPEN_FORM_ACTION) {
      await ack();
      const triggerId = typeof raw.trigger_id === 'string' ? raw.trigger_id : undefined;
      if (!triggerId) return;
      const origin = { ...(channelId ? { channelId } : {}), ...(messageTs ? { messageTs } : {}), ...(responseUrl ? { responseUrl } : {}), isEphemeral: container?.is_ephemeral ?? false };
      track(() => openForm(client, { value: action.value, triggerId, origin }, options.forms, now(), options.logger));
      return;
    }
    const event = translateAction(raw, now());
    if (!event.ok) {
      await ack();
      return;
    }
    const target: SlackJob['target'] = {
      teamId: event.value.community.externalId,
      userId: event.value.user.id,
      // An ephemeral message can sit in any conversation; only the bot's own messages are in its DM.
      isDirect: event.value.isDirect && channelId !== undefined && container?.is_ephemeral !== true,
      clickedEphemeral: container?.is_ephemeral ?? false,
      ...(channelId ? { channelId } : {}),
      ...(messageTs ? { messageTs } : {}),
      ...(responseUrl ? { responseUrl } : {}),
    };
    await accept(triggerKey(raw), () => ack(), jobOf(event.value, target, context));
  });

  app.view(/.*/, async ({ body, ack, context }) => {
    const submitted = translateViewSubmission(body as unknown as Record<string, unknown>, now());
    if (!submitted.ok) {
      await ack();
      return;
    }
    const { event, origin } = submitted.value;
    const target: SlackJob['target'] = {
      teamId: event.community.externalId,
      userId: event.user.id,
      isDirect: event.isDirect,
      clickedEphemeral: origin.isEphemeral ?? false,
      ...(origin.channelId ? { channelId: origin.channelId } : {}),
      ...(origin.messageTs ? { messageTs: origin.messageTs } : {}),
      ...(origin.responseUrl ? { responseUrl: origin.responseUrl } : {}),
    };
    await accept(triggerKey(body), () => ack(), jobOf(event, target, context));
  });

  // One listener for every event type: Bolt runs each listener's chain for every request, a slash
  // command included, so fewer listeners cost each request less on the thread that acknowledges.
  app.event(/.*/, async ({ event, body, context }) => {
    switch (event.type) {
      case 'message': {
        const message = translateDirectMessage(event as unknown as Record<string, unknown>, (body as { team_id?: string }).team_id, now());
        if (!message.ok || !message.value) return;
        const typed = message.value;
        const target = { teamId: typed.community.externalId, userId: typed.user.id, channelId: (event as { channel?: string }).channel!, isDirect: true };
        // Events are acknowledged by Bolt's receiver once this listener returns.
        await accept(eventKey(body), async () => {}, jobOf(typed, target, context));
        return;
      }
      case 'team_join': {
        const joined = translateTeamJoin(event as unknown as Record<string, unknown>, (body as { team_id?: string }).team_id, now());
        if (!joined.ok || !joined.value) return;
        const newcomer = joined.value;
        await accept(eventKey(body), async () => {}, jobOf(newcomer, { teamId: newcomer.community.externalId, userId: newcomer.user.id, isDirect: true }, context));
        return;
      }
      case 'app_home_opened': {
        if (event.tab !== 'home') return;
        const teamId = (body as { team_id?: string }).team_id ?? context.teamId;
        if (!teamId) return;
        track(() => runner.publishHome(teamId, event.user, context.botToken));
        return;
      }
      case 'app_uninstalled':
        track(() => forget(options, body as Record<string, unknown>, context.isEnterpriseInstall));
        return;
      case 'tokens_revoked':
        // A revoked bot token makes the installation useless; revoked user tokens alone do not.
        if ((event.tokens.bot ?? []).length > 0) track(() => forget(options, body as Record<string, unknown>, context.isEnterpriseInstall));
        return;
      default:
        return;
    }
  });

  app.error(async (error) => {
    options.logger.error({ failure: loggableError(error) }, 'slack listener failed');
  });
}

async function forget(options: IntakeOptions, body: Record<string, unknown>, isEnterpriseInstall: boolean | undefined): Promise<void> {
  const teamId = typeof body.team_id === 'string' ? body.team_id : undefined;
  const enterpriseId = typeof body.enterprise_id === 'string' ? body.enterprise_id : undefined;
  const removed = await options.installations.delete({
    ...(teamId ? { teamId } : {}),
    ...(enterpriseId ? { enterpriseId } : {}),
    isEnterpriseInstall: isEnterpriseInstall ?? false,
  });
  options.logger.info({ team: teamId, enterprise: enterpriseId, removed }, 'slack installation removed');
}
