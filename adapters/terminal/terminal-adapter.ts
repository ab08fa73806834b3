import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChannelRef, ChatAdapter, DeliveryReceipt, EventHandler, GroupRecipient, Recipient } from '../../src/core/adapter.js';
import type { CommunityRef, IncomingEvent, UserRef } from '../../src/core/events.js';
import type { OutgoingMessage } from '../../src/core/messages.js';
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
  /** Where files sent with messages (charts) are saved; the terminal prints the path. */
  attachmentsDir?: string;
  /** Called after each line has been handled and its replies written (tests wait on it). */
  onLineHandled?: () => void;
}

/**
 * The bot in a terminal: one member of a local community. Lines in, replies out, in order; at the
 * end of input it finishes, so scripts and tests can drive it like any other platform.
 */
export class TerminalAdapter implements ChatAdapter {
  readonly platform = 'terminal' as const;
  private pending: PendingInput = nothingPending;
  private done!: Promise<void>;
  private stopped = false;

  constructor(private readonly options: TerminalAdapterOptions) {}

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
    // The local community can hold more members than the one at this keyboard (scheduled work,
    // tests): their messages are shown with who they are for.
    const forSomeoneElse = to.platformUserId !== this.options.user.id;
    this.show([forSomeoneElse ? { ...message, text: `✉ to ${to.platformUserId}: ${message.text}` } : message]);
    return {};
  }

  async sendToGroup(to: GroupRecipient, message: OutgoingMessage): Promise<DeliveryReceipt> {
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
      this.show(await handler.handle(event), answered);
    } catch {
      // The core answers failures itself; this only guards the terminal against a broken handler.
      this.write("Sorry, something went wrong and I couldn't answer that. Please try again.\n\n");
    }
  }

  private show(messages: OutgoingMessage[], replacePending = true): void {
    if (messages.length === 0) return;
    const { text, pending } = renderReplies(messages.map((m) => this.withSavedAttachment(m)));
    const asksSomething = pending.choices.length > 0 || pending.form !== undefined;
    if (replacePending || asksSomething) this.pending = pending;
    this.write(`${text}\n\n`);
  }

  private withSavedAttachment(message: OutgoingMessage): OutgoingMessage {
    const { attachment } = message;
    if (!attachment) return message;
    const dir = this.options.attachmentsDir ?? path.join(os.tmpdir(), 'peercircle');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, path.basename(attachment.filename));
    writeFileSync(file, Buffer.from(attachment.base64, 'base64'));
    return { ...message, text: `${message.text}\n\n📎 ${attachment.altText}\n   Saved to ${file}` };
  }

  private prompt(): void {
    if (this.options.interactive) this.write('> ');
  }

  private write(text: string): void {
    this.options.output.write(text);
  }
}
