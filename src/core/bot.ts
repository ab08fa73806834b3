import { detectRisk } from '../domain/crisis/detect-risk.js';
import { localDateOf } from '../domain/local-time.js';
import { resolveRole } from '../domain/roles.js';
import type { AnyCommand, CommandContext, Services } from './command.js';
import type { EventHandler } from './adapter.js';
import type { IncomingEvent } from './events.js';
import { auditPlatformRoleChange } from './audit.js';
import { crisisReply } from './crisis-reply.js';
import { refuseCommand, refuseOversizedText } from './input-guard.js';
import { ephemeral, type OutgoingMessage } from './messages.js';
import { welcomeMessage } from './onboarding.js';
import type { CommandRateLimiter } from './rate-limit.js';
import { Router } from './router.js';

export interface BotOptions {
  services: Services;
  commands: readonly AnyCommand[];
  /** For communities seen for the first time. */
  defaults: { timeZone: string; locale: string };
  /** Per-member command rate limit; none when unset. */
  rateLimiter?: CommandRateLimiter;
}

/**
 * The core's one entry point: every adapter hands it normalized events and renders what comes back.
 * It resolves who is speaking (creating the community and member on first contact), routes the
 * event, and turns any failure into a calm reply; it never throws at an adapter.
 */
export class Bot implements EventHandler {
  private readonly router: Router;

  constructor(private readonly options: BotOptions) {
    this.router = new Router(options.commands);
  }

  get commands(): readonly AnyCommand[] {
    return this.options.commands;
  }

  async handle(event: IncomingEvent): Promise<OutgoingMessage[]> {
    const { services } = this.options;
    try {
      // Before any database work: a flood of commands costs nothing but this check.
      const refused = refuseCommand(event, this.options.rateLimiter, services.now().getTime());
      if (refused) return [ephemeral(refused)];
      const ctx = await this.context(event);
      const replies: OutgoingMessage[] = [];
      if (!ctx.member.onboardedAt) {
        replies.push(welcomeMessage(ctx.community));
        ctx.member = await services.store.members.markOnboarded(ctx.member.id, services.now());
      }
      // Any free text is read for risk before anything else happens with it, and the crisis
      // route comes first. Only the rule ids are logged, never the words.
      const risk = detectRisk(freeTextOf(event));
      if (risk.kind) {
        services.logger.warn({ kind: risk.kind, rules: risk.rules, community: ctx.community.id }, 'crisis route shown');
        replies.push(crisisReply(risk.kind, ctx.community));
      }
      const oversized = refuseOversizedText(event);
      if (oversized) replies.push(ephemeral(oversized));
      else if (!(risk.kind && event.kind === 'message')) replies.push(...(await this.route(ctx, event)));
      return replies;
    } catch (error) {
      services.logger.error({ err: error, kind: event.kind }, 'could not handle an event');
      return [ephemeral(somethingWentWrong)];
    }
  }

  private async context(event: IncomingEvent): Promise<CommandContext> {
    const { store, now } = this.options.services;
    const community = await store.communities.findOrCreate(event.community, this.options.defaults);
    const found = await store.members.findOrCreate(community.id, event.user);
    let member = found.member;
    // The platform's word on roles is kept, so scheduled work (digests, escalations) sees it too.
    const role = resolveRole(member.role, community, event.user);
    if (role !== member.role) {
      const from = member.role;
      member = await store.members.setRole(member.id, role);
      await auditPlatformRoleChange(store, community.id, member.id, from, role, event.user.isPlatformAdmin === true, now());
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

function freeTextOf(event: IncomingEvent): string {
  if (event.kind === 'message') return event.text;
  if (event.kind === 'form') return Object.values(event.values).join('\n');
  return '';
}

const somethingWentWrong =
  "Sorry, something went wrong on my side and I couldn't finish that, so it may not have been saved. What you saved before is safe. Please try again in a minute.";

