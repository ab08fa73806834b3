/**
 * What adapters hand the core: every platform's payloads are translated into one of these.
 * Nothing here knows about Slack or Discord.
 */
export type Platform = 'terminal' | 'slack' | 'discord';

export interface CommunityRef {
  platform: Platform;
  /** The workspace / server id on the platform. */
  externalId: string;
  name?: string;
}

export interface UserRef {
  /** The user's id on the platform. */
  id: string;
  displayName?: string;
  /**
   * The user's locale as the platform reports it (Slack users.info `locale`, Discord's interaction
   * `locale`), e.g. "en-GB" or "de"; it picks the crisis lines for where they are.
   */
  locale?: string;
  /**
   * Ids of the platform groups the user is in (Discord role ids, Slack user-group ids), when the
   * adapter knows them; undefined when it does not (a Discord DM, say). A community can map one group
   * to supervisors and one to admins; then membership decides that role.
   */
  groups?: string[];
  /** The platform says this user runs the place: Discord guild owner or Administrator, Slack workspace owner/admin or installer. */
  isPlatformAdmin?: boolean;
}

interface EventBase {
  community: CommunityRef;
  user: UserRef;
  /** True when the event came from a direct message with the bot. */
  isDirect: boolean;
  receivedAt: Date;
}

/** `/name text` typed as a slash command. Platforms that parse options themselves pass `options`. */
export interface CommandEvent extends EventBase {
  kind: 'command';
  name: string;
  text: string;
  options?: Record<string, string>;
}

/** A button (or numbered choice in the terminal) was picked. */
export interface ChoiceEvent extends EventBase {
  kind: 'choice';
  actionId: string;
  value: string;
}

/** A form (modal) was submitted. */
export interface FormEvent extends EventBase {
  kind: 'form';
  formId: string;
  values: Record<string, string>;
}

/** Free text sent to the bot (a direct message, or a mention). */
export interface MessageEvent extends EventBase {
  kind: 'message';
  text: string;
}

/** A member joined the workspace, server or the bot's channel. */
export interface MemberJoinedEvent extends EventBase {
  kind: 'member-joined';
}

export type IncomingEvent = CommandEvent | ChoiceEvent | FormEvent | MessageEvent | MemberJoinedEvent;
