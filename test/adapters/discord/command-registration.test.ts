import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandJson, planRegistration, registerCommands } from '../../../adapters/discord/command-registration.js';
import { commands } from '../../../commands/index.js';
import { FakeDiscord } from '../../helpers/fake-discord.js';
import { exited, startPeercircle } from '../../helpers/processes.js';

const writes = (fake: FakeDiscord, after: number) => fake.calls.slice(after).filter((c) => c.method !== 'GET' && c.path.includes('/commands'));

describe('Discord application commands, derived from commands/', () => {
  it('GIVEN /settings THEN its setting is a pick-list and its value autocompletes; /principle topic autocompletes', () => {
    const settings = commandJson(commands.find((c) => c.name === 'settings')!);
    expect(settings.options?.[0]).toMatchObject({ name: 'setting', type: 3, required: false });
    expect((settings.options?.[0] as { choices: { value: string }[] }).choices.map((c) => c.value)).toContain('timezone');
    expect(settings.options?.[1]).toMatchObject({ name: 'value', autocomplete: true });
    const principle = commandJson(commands.find((c) => c.name === 'principle')!);
    expect(principle.options?.[0]).toMatchObject({ name: 'topic', autocomplete: true });
    for (const command of commands.map(commandJson)) {
      expect(command.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('GIVEN /community, with more settings than Discord lists as choices THEN its setting autocompletes instead, so none is cut off', () => {
    const community = commands.find((c) => c.name === 'community')!;
    expect(community.options[0]!.choices!.length).toBeGreaterThan(25);
    expect(commandJson(community).options?.[0]).toMatchObject({ name: 'setting', autocomplete: true });
    expect(commandJson(community).options?.[0]).not.toHaveProperty('choices');
  });

  it('GIVEN what is registered THEN only new, changed and removed commands are planned', () => {
    const desired = commands.map(commandJson);
    const registered = desired.map((c, i) => ({ ...c, id: String(i + 1), version: 'x', default_member_permissions: null, nsfw: false, type: 1 }));
    registered[0] = { ...registered[0]!, description: 'an older description' };
    registered.push({ ...desired[1]!, name: 'retired', id: '99', version: 'x', default_member_permissions: null, nsfw: false, type: 1 });
    const plan = planRegistration(desired.slice(0, -1), registered);
    expect(plan.update.map((u) => u.command.name)).toEqual([desired[0]!.name]);
    expect(plan.remove.map((r) => r.name).sort()).toEqual(['retired', desired.at(-1)!.name].sort());
    expect(plan.create).toEqual([]);
    expect(plan.unchanged).toHaveLength(desired.length - 2);
  });
});

describe('registering with Discord, against a fake REST API', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(() => fake.close());

  it('GIVEN nothing registered THEN every command is created; GIVEN a second run THEN nothing is written', async () => {
    const first = await registerCommands(commands, { token: 'test-token', api: fake.apiUrl });
    expect(first.create).toHaveLength(commands.length);
    expect(fake.commandsOf(undefined).size).toBe(commands.length);
    const before = fake.calls.length;
    const second = await registerCommands(commands, { token: 'test-token', api: fake.apiUrl });
    expect(second.unchanged).toHaveLength(commands.length);
    expect(writes(fake, before)).toEqual([]);
  });

  it('GIVEN one command changed on Discord and one left over THEN exactly one PATCH and one DELETE are sent', async () => {
    const registered = fake.commandsOf(undefined);
    const checkin = [...registered.values()].find((c) => c.name === 'checkin')!;
    registered.set(String(checkin.id), { ...checkin, description: 'stale' });
    registered.set('42', { id: '42', name: 'old-command', description: 'gone', type: 1, options: [] });
    const before = fake.calls.length;
    await registerCommands(commands, { token: 'test-token', api: fake.apiUrl });
    const sent = writes(fake, before).map((c) => `${c.method} ${c.path.replace(/\d{6,}/g, ':id')}`);
    expect(sent).toEqual(['PATCH /applications/:id/commands/:id', 'DELETE /applications/:id/commands/42']);
    expect([...registered.values()].find((c) => c.name === 'checkin')?.description).toBe(commandJson(commands[0]!).description);
  });

  it('GIVEN peercircle discord-register --guild THEN it registers in that server and prints what it did, then nothing the second time', async () => {
    const env = { DISCORD_TOKEN: 'MTAwMDAwMDAwMDAw.GaBcDe.abcdefghijklmnopqrstuvwxyz', DISCORD_API_URL: fake.apiUrl };
    const first = startPeercircle(['discord-register', '--guild', '100000000000000001'], env);
    expect(await exited(first)).toBe(0);
    expect(first.output()).toContain('Commands in server 100000000000000001:');
    expect(first.output()).toContain('created /checkin');
    // The invite link asks for the bot and command scopes and only the permissions it uses (View
    // Channels, Send Messages, Attach Files, Create Private Threads, Send Messages in Threads).
    const link = new URL(/https:\/\/discord\.com\/oauth2\/authorize\S+/.exec(first.output())![0]);
    expect(Object.fromEntries(link.searchParams)).toEqual({ client_id: '900000000000000001', scope: 'bot applications.commands', permissions: String(1024 + 2048 + 32768 + 2 ** 36 + 2 ** 38) });
    expect(fake.commandsOf('100000000000000001').size).toBe(commands.length);
    const second = startPeercircle(['discord-register', '--guild', '100000000000000001'], env);
    expect(await exited(second)).toBe(0);
    expect(second.output()).toContain('up to date');
    expect(second.output() + second.errors()).not.toContain(env.DISCORD_TOKEN);
  }, 120_000); // two real processes, one after the other

  it('GIVEN no token THEN discord-register names DISCORD_TOKEN and exits non-zero', async () => {
    const child = startPeercircle(['discord-register'], { DISCORD_API_URL: fake.apiUrl });
    expect(await exited(child)).not.toBe(0);
    expect(child.errors()).toContain('DISCORD_TOKEN: expected');
  });
});
