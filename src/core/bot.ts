import { localDateOf } from '../domain/local-time.js';
import { resolveRole } from '../domain/roles.js';
import type { AnyCommand, CommandContext, Services } from './command.js';
import type { EventHandler, HandleHooks } from './adapter.js';
import type { IncomingEvent } from './events.js';
import { auditPlatformRoleChange } from './audit.js';
import { clearBackupIfNotSupervisor } from './backup-supervisor.js';
import { crisisReply } from './crisis-reply.js';
import { refuseCommand, refuseOversizedText } from './input-guard.js';
import { ephemeral, type OutgoingMessage } from './messages.js';
import { welcomeMessage } from './onboarding.js';
import type { CommandRateLimiter } from './rate-limit.js';
import { Router } from './router.js';
import { BurstReader } from './burst-reader.js';
import type { RiskScreen } from '../domain/crisis/screen.js';
import type { RecentMessages } from './recent-messages.js';

export interface BotOptions {
  services: Services;
  commands: readonly AnyCommand[];
  /** For communities seen for the first time. */
  defaults: { timeZone: string; locale: string };
  /** Per-member command rate limit; none when unset. */
  rateLimiter?: CommandRateLimiter;
  /** A member's last few messages, so a disclosure sent in pieces is read whole; one in memory unless given. */
  recentMessages?: RecentMessages;
}

/**
 * The core's one entry point: every adapter hands it normalized events and renders what comes back.
 * It resolves who is speaking (creating the community and member on first contact), routes the
 * event, and turns any failure into a calm reply; it never throws at an adapter.
 */
export class Bot implements EventHandler {
  private readonly router: Router;
  private readonly burstReader: BurstReader;

  constructor(private readonly options: BotOptions) {
    this.router = new Router(options.commands);
    this.burstReader = new BurstReader(options.recentMessages);
  }

  get commands(): readonly AnyCommand[] {
    return this.options.commands;
  }

  async handle(received: IncomingEvent, hooks: HandleHooks = {}): Promise<OutgoingMessage[]> {
    const { services } = this.options;
    let event = received;
    try {
      // Every free text is read for risk before anything else: before rate limits, before the
      // welcome, before the command runs. Only the route and concept ids are logged, never words.
      const screen = this.burstReader.read(event);
      if (!screen.route) {
        // Before any database work: a flood of commands costs nothing but this check.
        const refused = refuseCommand(event, this.options.rateLimiter, services.now().getTime());
        if (refused) return [ephemeral(refused)];
      }
      const ctx = screen.route ? await this.context(event, hooks).catch((error: unknown) => this.crisisWithoutDatabase(screen, event, hooks, error)) : await this.context(event, hooks);
      if (Array.isArray(ctx)) return ctx;
      // With what the platform says about the user (see HandleHooks.standing).
      event = ctx.event;
      const replies: OutgoingMessage[] = [];
      if (screen.route) {
        services.logger.info({ route: screen.route, language: screen.language, concepts: screen.concepts, community: ctx.community.id }, 'crisis route shown');
        replies.push(...crisisReply(screen.route, screen.language, { community: ctx.community, memberLocale: ctx.member.locale, lines: services.content.crisisLines }));
        // A free message has had its answer; a command, a form still do what was asked, after.
        if (event.kind === 'message') {
          const oversized = refuseOversizedText(event);
          return oversized ? [...replies, ephemeral(oversized)] : replies;
        }
        const refused = refuseCommand(event, this.options.rateLimiter, services.now().getTime());
        if (refused) return [...replies, ephemeral(refused)];
      } else if (!ctx.member.onboardedAt && event.kind !== 'choice') {
        // The welcome waits while a crisis reply and its buttons are being answered.
        replies.push(welcomeMessage(ctx.community));
        ctx.member = await services.store.members.markOnboarded(ctx.member.id, services.now());
      }
      const oversized = refuseOversizedText(event);
      if (oversized) replies.push(ephemeral(oversized));
      else replies.push(...(await this.route(ctx, event)));
      return replies;
    } catch (error) {
      services.logger.error({ err: error, kind: event.kind }, 'could not handle an event');
      return [ephemeral(somethingWentWrong)];
    }
  }

  /**
   * The database is unreachable, but a crisis reply never waits for it: the lines for the member's
   * platform locale, else the default community's, with what the community set left out.
   */
  private async crisisWithoutDatabase(screen: RiskScreen, event: IncomingEvent, hooks: HandleHooks, error: unknown): Promise<OutgoingMessage[]> {
    const { services, defaults } = this.options;
    services.logger.error({ err: error, kind: event.kind, route: screen.route }, 'crisis route shown without the database');
    if (!screen.route) return [ephemeral(somethingWentWrong)];
    const community = { locale: defaults.locale, crisisResources: null, crisisPolicy: null, crisisContactName: null, crisisContactMemberId: null, crisisContactChannelId: null };
    // The platform may still say where the member is (no groups are mapped without the database).
    const standing = await hooks.standing?.({ supervisorGroupId: null, adminGroupId: null }).catch(() => undefined);
    return crisisReply(screen.route, screen.language, { community, memberLocale: platformLocale(standing?.locale ?? event.user.locale) ?? null, lines: services.content.crisisLines });
  }

  private async context(received: IncomingEvent, hooks: HandleHooks): Promise<CommandContext> {
    const { store, now } = this.options.services;
    const community = await store.communities.findOrCreate(received.community, this.options.defaults);
    // Unknown when the platform cannot be asked: the member keeps the role they had.
    const standing = hooks.standing ? await hooks.standing({ supervisorGroupId: community.supervisorGroupId, adminGroupId: community.adminGroupId }).catch(() => undefined) : undefined;
    const event = standing ? { ...received, user: { ...received.user, ...standing } } : received;
    const found = await store.members.findOrCreate(community.id, event.user);
    let member = found.member;
    const locale = platformLocale(event.user.locale);
    if (locale && locale !== member.locale) member = await store.members.setLocale(member.id, locale);
    // The platform's word on roles is kept, so scheduled work (digests, escalations) sees it too.
    const role = resolveRole(member.role, community, event.user);
    if (role !== member.role) {
      const from = member.role;
      member = await store.members.setRole(member.id, role, now());
      await auditPlatformRoleChange(store, community.id, member.id, from, role, event.user.isPlatformAdmin === true, now());
      await clearBackupIfNotSupervisor(store, community, member, role, { actorId: null, actorRole: 'platform' }, now());
    }
    const timeZone = member.timeZone ?? community.timeZone;
    return {
      event,
      community,
      member,
      timeZone,
      today: localDateOf(now(), timeZone),
      services: this.options.services,
      commands: this.options.commands,
    };
  }

  private route(ctx: CommandContext, event: IncomingEvent): Promise<OutgoingMessage[]> {
    switch (event.kind) {
      case 'command':
        return this.router.command(ctx, event);
      case 'choice':
        return this.router.choice(ctx, event);
      case 'form':
        return this.router.form(ctx, event);
      case 'message':
        return this.router.message(ctx, event);
      case 'member-joined':
        // The welcome above is the whole answer to a join.
        return Promise.resolve([]);
    }
  }
}

/** A locale as the platform reported it, when it reads as one ("en-GB", "de", "es-419"). */
function platformLocale(locale: string | undefined): string | undefined {
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > 35) return undefined;
  // Platforms report a handful of locales; each is read once (Intl.Locale is costly per event).
  if (readLocales.has(locale)) return readLocales.get(locale);
  let read: string | undefined;
  try {
    read = new Intl.Locale(locale.replace('_', '-')).toString();
  } catch {
    read = undefined;
  }
  if (readLocales.size >= 1000) readLocales.clear();
  readLocales.set(locale, read);
  return read;
}

const readLocales = new Map<string, string | undefined>();

const somethingWentWrong =
  "Sorry, something went wrong on my side and I couldn't finish that, so it may not have been saved. What you saved before is safe. Please try again in a minute.";

