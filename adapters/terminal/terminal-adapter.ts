import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChannelRef, ChatAdapter, DeliveryReceipt, EventHandler, GroupRecipient, Recipient, SoleRecipient } from '../../src/core/adapter.js';
import { DeliveryError } from '../../src/core/errors.js';
import type { CommunityRef, IncomingEvent, UserRef } from '../../src/core/events.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
import { MemberFiles } from '../../src/storage/member-files.js';
import { readLine } from './read-line.js';
import { nothingPending, renderReplies, type PendingInput } from './render.js';

export interface TerminalAdapterOptions {
  input: Readable;
  output: Writable;
  /** Show a prompt and a greeting: for a person at a terminal, not for piped input. */
  interactive: boolean;
  community: CommunityRef;
  user: UserRef;
  now?: () => Date;
  /**
   * Where files sent to the member (a data export, a chart) are saved, in a folder only they (this
   * operating-system user) can open, for a day; the terminal prints the path. Give it the app's
   * `store.files`, so deleting a member's data and the retention sweep remove them too.
   */
  files?: MemberFiles;
  /** Called after each line has been handled and its replies written (tests wait on it). */
  onLineHandled?: () => void;
}

/**
 * The bot in a terminal: one member of a local community. Lines in, replies out, in order; at the
 * end of input it finishes, so scripts and tests can drive it like any other platform.
 */
export class TerminalAdapter implements ChatAdapter {
  readonly platform = 'terminal' as const;
  /** One member at the keyboard: only their messages are delivered here; others' wait for them. */
  readonly reachesOnly: SoleRecipient;
  private readonly files: MemberFiles;
  private pending: PendingInput = nothingPending;
  private done!: Promise<void>;
  private stopped = false;

  constructor(private readonly options: TerminalAdapterOptions) {
    this.reachesOnly = { communityExternalId: options.community.externalId, platformUserId: options.user.id };
    this.files = options.files ?? new MemberFiles(path.join(os.tmpdir(), 'peercircle'));
  }

  async start(handler: EventHandler): Promise<void> {
    const { input, interactive } = this.options;
    const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
    if (interactive) this.write('peercircle is ready. Type /help to begin, /checkin for today\'s check-in, or Ctrl-D to leave.\n');
    this.done = (async () => {
      this.prompt();
      for await (const line of lines) {
        if (this.stopped) break;
        await this.handleLine(handler, line);
        this.prompt();
        this.options.onLineHandled?.();
      }
      lines.close();
    })();
  }

  finished(): Promise<void> {
    return this.done;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.options.input.unpipe?.();
  }

  async sendDirect(to: Recipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
    // The outbox gives this terminal only its member's messages; anyone else's must never show here.
    if (!this.isAtTheKeyboard(to)) throw new DeliveryError(`this terminal shows only ${this.options.user.id}'s messages`);
    this.show([message], true, to);
    return {};
  }

  async sendToGroup(to: GroupRecipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
    if (!to.platformUserIds.some((platformUserId) => this.isAtTheKeyboard({ communityExternalId: to.communityExternalId, platformUserId }))) {
      throw new DeliveryError(`this terminal shows only ${this.options.user.id}'s messages`);
    }
    const others = to.platformUserIds.filter((id) => id !== this.options.user.id);
    const who = others.length < to.platformUserIds.length ? `you and ${others.join(', ')}` : others.join(', ');
    this.show([{ ...message, text: `✉ to ${who}: ${message.text}` }]);
    return {};
  }

  async sendToChannel(to: ChannelRef, message: OutgoingMessage): Promise<DeliveryReceipt> {
    this.show([{ ...message, text: `# ${to.channelId}: ${message.text}` }]);
    return {};
  }

  private async handleLine(handler: EventHandler, line: string): Promise<void> {
    const body = readLine(line, this.pending);
    if (!body) return;
    if (body.kind === 'form-step') {
      if (this.pending.form) this.pending = { ...this.pending, form: { ...this.pending.form, values: body.values } };
      this.write(`${body.prompt}\n\n`);
      return;
    }
    const event = {
      ...body,
      community: this.options.community,
      user: this.options.user,
      isDirect: true,
      receivedAt: this.options.now?.() ?? new Date(),
    } as IncomingEvent;
    // An answer (choice or form) moves the conversation on, so what it asked before is done. After
    // a command or a stray message that asks nothing new, the open question is still open.
    const answered = body.kind === 'choice' || body.kind === 'form';
    try {
      this.show(await handler.handle(event), answered, this.reachesOnly);
    } catch {
      // The core answers failures itself; this only guards the terminal against a broken handler.
      this.write("Sorry, something went wrong and I couldn't answer that. Please try again.\n\n");
    }
  }

  private isAtTheKeyboard(to: { communityExternalId: string; platformUserId: string }): boolean {
    return to.communityExternalId === this.reachesOnly.communityExternalId && to.platformUserId === this.reachesOnly.platformUserId;
  }

  /** `owner`: whose any attached file is (the member at the keyboard, or a channel's reader). */
  private show(messages: OutgoingMessage[], replacePending = true, owner: SoleRecipient = this.reachesOnly): void {
    if (messages.length === 0) return;
    const { text, pending } = renderReplies(messages.map((m) => this.withSavedAttachment(m, owner)));
    const asksSomething = pending.choices.length > 0 || pending.form !== undefined;
    if (replacePending || asksSomething) this.pending = pending;
    this.write(`${text}\n\n`);
  }

  private withSavedAttachment(message: OutgoingMessage, owner: SoleRecipient): OutgoingMessage {
    const { attachment } = message;
    if (!attachment) return message;
    const file = this.files.save(owner, attachment.filename, Buffer.from(attachment.base64, 'base64'), this.options.now?.() ?? new Date());
    return {
      ...message,
      text: `${message.text}\n\n📎 ${attachment.altText}\n   Saved to ${file}\n   Only your account on this computer can open it, and it is deleted after a day.`,
    };
  }

  private prompt(): void {
    if (this.options.interactive) this.write('> ');
  }

  private write(text: string): void {
    this.options.output.write(text);
  }
}
