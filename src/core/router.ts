import { closest, distance } from 'fastest-levenshtein';
import type { AnyCommand, CommandContext } from './command.js';
import { parseCommandText } from './command-text.js';
import type { ChoiceEvent, CommandEvent, FormEvent, MessageEvent } from './events.js';
import { unclaimedMessageReply } from './free-text.js';
import { ephemeral, type OutgoingMessage } from './messages.js';

/** Finds the command an event belongs to and runs it; turns bad input into a kind reply. */
export class Router {
  private readonly byName: Map<string, AnyCommand>;

  constructor(readonly commands: readonly AnyCommand[]) {
    this.byName = new Map(commands.map((command) => [command.name, command]));
  }

  async command(ctx: CommandContext, event: CommandEvent): Promise<OutgoingMessage[]> {
    const name = event.name.replace(/^\//, '').trim().toLowerCase();
    const command = this.byName.get(name);
    if (!command) return [ephemeral(this.unknownCommand(name))];
    const raw = event.options ?? parseCommandText(command.options, event.text);
    const parsed = command.args.safeParse(raw);
    if (!parsed.success) {
      const reason = parsed.error.issues[0]?.message ?? 'I could not read that.';
      return [ephemeral(`${reason}\n\n${usageLines(command)}`)];
    }
    return command.run(ctx, parsed.data);
  }

  async choice(ctx: CommandContext, event: ChoiceEvent): Promise<OutgoingMessage[]> {
    const [name = '', ...parts] = event.actionId.split(':');
    const command = this.byName.get(name);
    if (!command?.onChoice) return [ephemeral(expired)];
    return command.onChoice(ctx, event, parts);
  }

  async form(ctx: CommandContext, event: FormEvent): Promise<OutgoingMessage[]> {
    const [name = '', ...parts] = event.formId.split(':');
    const command = this.byName.get(name);
    if (!command?.onForm) return [ephemeral(expired)];
    return command.onForm(ctx, event, parts);
  }

  /** A typed message: for the first command whose open conversation claims it, else a pointer. */
  async message(ctx: CommandContext, event: MessageEvent): Promise<OutgoingMessage[]> {
    for (const command of this.commands) {
      const replies = await command.onText?.(ctx, event);
      if (replies) return replies;
    }
    return [unclaimedMessageReply(ctx, event)];
  }

  private unknownCommand(name: string): string {
    const known = [...this.byName.keys()];
    const guess = name === '' ? undefined : closest(name, known);
    const hint = guess && distance(name, guess) <= Math.max(2, Math.floor(guess.length / 3)) ? ` Did you mean \`/${guess}\`?` : '';
    const shown = name.length > 30 ? `${name.slice(0, 30)}…` : name;
    return `I don't know the command \`/${shown}\`.${hint} Type \`/help\` to see what I can do.`;
  }
}

const expired = "That button doesn't do anything any more (it may be from an older message). Type `/help` to see what I can do.";

export function usageLines(command: AnyCommand): string {
  return `How to use it:\n${command.usage.map((line) => `- \`/${line}\``).join('\n')}`;
}
