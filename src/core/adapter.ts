import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RoleGroups } from '../domain/roles.js';
import type { IncomingEvent, Platform, UserRef } from './events.js';
import type { OutgoingMessage } from './messages.js';

/** What an adapter may add while the core handles an event. */
export interface HandleHooks {
  /**
   * What the platform says about the user (admin? in the community's mapped groups? locale?),
   * asked once the core has read the community, with its role groups: the adapter needs no read of
   * its own for them.
   */
  standing?: (mapping: RoleGroups) => Promise<Pick<UserRef, 'isPlatformAdmin' | 'groups' | 'locale'>>;
}

/** What an adapter calls for every incoming event: the core's whole inbound surface. */
export interface EventHandler {
  handle(event: IncomingEvent, hooks?: HandleHooks): Promise<OutgoingMessage[]>;
  /**
   * Counts an event the core handled on another thread of this process, as if handled here (metrics),
   * with the commands that thread's rate limit refused since it last said.
   */
  handledElsewhere?(kind: IncomingEvent['kind'], seconds: number, rateLimited?: number): void;
}

/** A channel the bot posts to on its own initiative (a private digest channel). */
export interface ChannelRef {
  communityExternalId: string;
  channelId: string;
  /** See Recipient.deliveryId. */
  deliveryId?: string;
}

/** Someone the bot can reach on its own initiative (a scheduled check-in, a digest). */
export interface Recipient {
  communityExternalId: string;
  platformUserId: string;
  /**
   * The same for every attempt at one outbox message: platforms with idempotent sends (Discord's
   * nonce) use it so a retried send is not posted twice.
   */
  deliveryId?: string;
}

/** Several members reached together in one conversation (a debrief pair or trio). */
export interface GroupRecipient {
  communityExternalId: string;
  platformUserIds: string[];
  /** See Recipient.deliveryId. */
  deliveryId?: string;
}

/** One member of one community, for an adapter that can reach only them (see ChatAdapter.reachesOnly). */
export interface SoleRecipient {
  communityExternalId: string;
  platformUserId: string;
}

export interface DeliveryReceipt {
  /** The platform's id for the posted message, when it has one. */
  messageId?: string;
}

/**
 * The port every chat platform implements. An adapter translates platform payloads into
 * IncomingEvents, passes them to the handler, and renders the returned messages natively.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  /**
   * Set by an adapter that shows messages to one member only (the terminal: whoever is at the
   * keyboard). The outbox then gives it that member's messages alone; everyone else's wait for them
   * to open their own terminal, as they would wait on a platform.
   */
  readonly reachesOnly?: SoleRecipient;
  /** Connects and starts passing events to `handler`. Resolves once the adapter is ready. */
  start(handler: EventHandler): Promise<void>;
  /** Stops taking events; resolves once in-flight work is done. */
  stop(): Promise<void>;
  /** Sends a message to one member by direct message. */
  sendDirect(to: Recipient, message: OutgoingMessage): Promise<DeliveryReceipt>;
  /** Posts a message in a channel the community chose (e.g. a private supervisors' channel). */
  sendToChannel(to: ChannelRef, message: OutgoingMessage): Promise<DeliveryReceipt>;
  /**
   * Opens one conversation with these members together and posts the message there: a group DM on
   * Slack; on Discord, where bots cannot open group DMs, a private thread in the community's pairing
   * channel, or the same message by DM to each member when none is set.
   */
  sendToGroup(to: GroupRecipient, message: OutgoingMessage): Promise<DeliveryReceipt>;
  /**
   * For adapters that take platform requests over HTTP (Slack's HTTP mode): serves its own routes
   * on the process's one port, beside /healthz, /readyz and /metrics. Returns false for other paths.
   */
  handleHttpRequest?(request: IncomingMessage, response: ServerResponse): boolean;
  /**
   * Whether the adapter's link to the platform is up right now (a Socket Mode or gateway
   * connection); /readyz reports not ready while it is down. Adapters without one leave it out.
   */
  connected?(): boolean;
  /**
   * Why the adapter cannot yet serve at full speed (a job thread still loading), or undefined once it can. /readyz reports
   * not ready meanwhile, so a load balancer or a rolling deploy sends it no traffic yet; requests that come anyway are served.
   */
  warmingUp?(): string | undefined;
  /** Resolves when the adapter has no more input (the terminal at end of input); never for servers. */
  finished?(): Promise<void>;
}
