import {
  ApplicationCommandOptionType,
  InteractionContextType,
  REST,
  Routes,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnyCommand } from '../../src/core/command.js';

/** What Discord allows: description length, choices per option. */
const DESCRIPTION_MAX = 100;
const CHOICES_MAX = 25;

export type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * The application command for one of peercircle's commands: every option a string, in the order
 * it is typed, with its fixed choices or autocomplete. Usable in servers and in DMs with the bot.
 */
export function commandJson(command: AnyCommand): CommandJson {
  return {
    name: command.name,
    description: clip(command.description),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: command.options.map((option) => ({
      type: ApplicationCommandOptionType.String,
      name: option.name,
      description: clip(option.description),
      required: option.required ?? false,
      // More choices than Discord lists (like /community's settings) are suggested as they are typed instead.
      ...(option.autocomplete || (option.choices && option.choices.length > CHOICES_MAX)
        ? { autocomplete: true }
        : option.choices
          ? { choices: option.choices.map((c) => ({ name: c, value: c })) }
          : {}),
    })),
  };
}

/** A command as Discord lists it: our fields, plus its id and whatever else Discord adds. */
export type RegisteredCommand = Record<string, unknown> & { id: string; name: string };

export interface RegistrationPlan {
  /** The application the commands belong to. */
  applicationId?: string;
  create: CommandJson[];
  update: { id: string; command: CommandJson }[];
  remove: { id: string; name: string }[];
  unchanged: string[];
}

/**
 * Compares what should be registered with what is: new commands are created, changed ones edited,
 * ones no longer defined removed, the rest left alone (Discord rate-limits command writes, and an
 * unchanged command keeps its id and permissions).
 */
export function planRegistration(desired: CommandJson[], registered: RegisteredCommand[]): RegistrationPlan {
  const byName = new Map(registered.filter((c) => (c.type ?? 1) === 1).map((c) => [c.name, c]));
  const plan: RegistrationPlan = { create: [], update: [], remove: [], unchanged: [] };
  for (const command of desired) {
    const existing = byName.get(command.name);
    byName.delete(command.name);
    if (!existing) plan.create.push(command);
    else if (comparable(existing) !== comparable(command as unknown as Record<string, unknown>)) plan.update.push({ id: existing.id, command });
    else plan.unchanged.push(command.name);
  }
  for (const [name, command] of byName) plan.remove.push({ id: command.id, name });
  return plan;
}

/** The fields we set, with Discord's defaults filled in, as a string to compare. */
function comparable(command: Record<string, unknown>): string {
  const options = ((command.options as Record<string, unknown>[] | undefined) ?? []).map((o) => ({
    type: o.type,
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    choices: ((o.choices as { name: string; value: unknown }[] | undefined) ?? []).map((c) => [c.name, c.value]),
  }));
  const contexts = [...((command.contexts as number[] | null | undefined) ?? [])].sort();
  return JSON.stringify({ name: command.name, description: command.description, options, contexts });
}

export interface RegistrationTarget {
  token: string;
  /** The REST base, such as https://discord.com/api (DISCORD_API_URL). */
  api: string;
  /** Register in one server only (instant, for trying out); otherwise globally. */
  guildId?: string;
}

/** Reads what is registered, applies the plan, and returns it so the caller can say what it did. */
export async function registerCommands(commands: readonly AnyCommand[], target: RegistrationTarget): Promise<RegistrationPlan> {
  const rest = new REST({ api: target.api, retries: 1 }).setToken(target.token);
  const application = (await rest.get(Routes.currentApplication())) as { id: string };
  const route = target.guildId ? Routes.applicationGuildCommands(application.id, target.guildId) : Routes.applicationCommands(application.id);
  const one = (id: string) => (target.guildId ? Routes.applicationGuildCommand(application.id, target.guildId, id) : Routes.applicationCommand(application.id, id));
  const registered = (await rest.get(route)) as RegisteredCommand[];
  const plan = planRegistration(commands.map(commandJson), registered);
  for (const command of plan.create) await rest.post(route, { body: command });
  for (const { id, command } of plan.update) await rest.patch(one(id), { body: command });
  for (const { id } of plan.remove) await rest.delete(one(id));
  return { ...plan, applicationId: application.id };
}

/** One line per change, for `peercircle discord-register`. */
export function describePlan(plan: RegistrationPlan, where: string): string {
  const lines = [
    ...plan.create.map((c) => `  created /${c.name}`),
    ...plan.update.map(({ command }) => `  updated /${command.name}`),
    ...plan.remove.map((c) => `  removed /${c.name}`),
  ];
  const unchanged = plan.unchanged.length > 0 ? `  unchanged: ${plan.unchanged.map((n) => `/${n}`).join(' ')}` : '';
  if (lines.length === 0) return `Commands ${where} are up to date (${plan.unchanged.length} unchanged); nothing sent to Discord.`;
  return [`Commands ${where}:`, ...lines, ...(unchanged ? [unchanged] : [])].join('\n');
}

const clip = (text: string) => (text.length > DESCRIPTION_MAX ? `${text.slice(0, DESCRIPTION_MAX - 1)}…` : text);
