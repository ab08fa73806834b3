import type { AnyCommand } from '../../src/core/command.js';
import { PeercircleError } from '../../src/core/errors.js';
import { err, ok, type Result } from '../../src/core/result.js';
import { SLACK_LIMITS } from './limits.js';
import { BOT_SCOPES } from './scopes.js';
import { DEFAULT_COMMAND_PREFIX } from './translate.js';

/** Events the app subscribes to; each one has a listener in the adapter. */
export const BOT_EVENTS = ['app_home_opened', 'message.im', 'team_join', 'app_uninstalled', 'tokens_revoked'];

export interface ManifestOptions {
  /** The public base URL in HTTP mode, e.g. https://peercircle.example.org; none: Socket Mode. */
  url?: string;
  prefix?: string;
  name?: string;
}

/**
 * A Slack app manifest (version 2) generated from `commands/`, so an admin creates the app in one
 * step (api.slack.com/apps → Create New App → From a manifest). Commands carry a prefix (`/pc-…`)
 * because slash commands share one namespace per workspace: a `/checkin` from a stand-up bot
 * would otherwise collide with ours.
 */
export function slackManifest(commands: readonly AnyCommand[], options: ManifestOptions = {}): Record<string, unknown> {
  const prefix = options.prefix ?? DEFAULT_COMMAND_PREFIX;
  const name = checkAppName(options.name ?? 'peercircle');
  if (!name.ok) throw new PeercircleError('CONFIG_INVALID', name.error);
  const base = options.url?.replace(/\/+$/, '');
  const events = base ? `${base}/slack/events` : undefined;
  return {
    _metadata: { major_version: 2, minor_version: 1 },
    display_information: {
      name: name.value,
      description: 'Check-ins, refreshers and peer support for peer support specialists.',
      long_description:
        'peercircle runs a community of practice for peer support specialists: a daily self-care check-in by direct message at your own time, refreshers on peer-support principles, peer debrief pairings, a gentle nudge when check-ins look heavy, and team digests for supervisors that never show anyone individually. It is a peer tool, not a therapist and not a crisis service. Only you see your check-ins.',
      background_color: '#2f5d62',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name.value, always_online: true },
      slash_commands: commands.map((command) => ({
        command: `/${prefix}${command.name}`.slice(0, 32),
        description: clip(command.description, 100),
        ...(command.options.length > 0 ? { usage_hint: clip(usageHint(command), 100) } : {}),
        // Escaped, a typed @mention arrives as <@U123|name>: the user id, which /pc-community needs.
        should_escape: true,
        ...(events ? { url: events } : {}),
      })),
    },
    oauth_config: {
      scopes: { bot: BOT_SCOPES },
      ...(base ? { redirect_urls: [`${base}/slack/oauth_redirect`] } : {}),
    },
    settings: {
      event_subscriptions: { ...(events ? { request_url: events } : {}), bot_events: BOT_EVENTS },
      interactivity: { is_enabled: true, ...(events ? { request_url: events } : {}) },
      org_deploy_enabled: true,
      socket_mode_enabled: base === undefined,
      token_rotation_enabled: false,
    },
  };
}

/** An app name Slack accepts in a manifest (35 characters at most), or a message saying what to do. */
export function checkAppName(raw: string): Result<string> {
  const name = raw.trim();
  if (name === '') return err('Give the app a name, such as "peercircle" or "Harbour Peers".');
  if (name.length > SLACK_LIMITS.appName) {
    return err(`Slack allows an app name of at most ${SLACK_LIMITS.appName} characters; this one has ${name.length}. Use a shorter name, such as "Harbour Peers".`);
  }
  return ok(name);
}

function usageHint(command: AnyCommand): string {
  return command.options.map((option) => (option.choices ? `[${option.choices.slice(0, 4).join('|')}${option.choices.length > 4 ? '|…' : ''}]` : `[${option.name}]`)).join(' ');
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
