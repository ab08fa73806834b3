import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startTerminalHarness, type TerminalHarness } from '../helpers/terminal-session.js';

// Sentences the screen routes today; the replies themselves are tested per route in
// test/unit/core/crisis-reply.test.ts, whatever the screen becomes.
const imminent = "I'm planning to overdose tonight";
const possible = "honestly I don't want to be here anymore";
const harm = "my partner hits me and I'm scared to go home";
const someoneElse = 'a client told me she is thinking about suicide and it stays with me';

describe('the crisis route, through the terminal', () => {
  let bot: TerminalHarness;
  afterEach(async () => bot.close());

  it('GIVEN a plan in a first message THEN the emergency number and lines come first, then "Are you safe right now?", and no welcome before them', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type(imminent);
    expect(out.startsWith("I'm really glad you told me.")).toBe(true);
    expect(out).toContain('call 911');
    expect(out).toContain('988 Suicide & Crisis Lifeline: call 988');
    expect(out).toContain("I'm a bot, not a crisis service");
    expect(out).toContain("Are you safe right now?\n  [1] I'm safe for now  [2] I'm not safe");
    expect(out).not.toContain("Hi, I'm peercircle");
    expect(out).not.toContain('I work through commands');
  });

  it('GIVEN "I\'m not safe" THEN the emergency number again, the strongest next step, then the offer of a human', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type(imminent, '2');
    const answer = out.slice(out.indexOf("[2] I'm not safe"));
    expect(answer).toContain('Please call 911 now, or ask someone near you to call for you.');
    expect(answer).toContain('go to where other people are');
    expect(answer).toContain('Would you like someone to reach out to you?');
    expect(answer).toContain('[1] Yes, ask someone to reach out to me  [2] Not now');
  });

  it('GIVEN the crisis reply was a first message THEN the welcome follows with the next command, never before', async () => {
    bot = await startTerminalHarness();
    await bot.type(imminent, '1');
    const next = await bot.type('/help');
    expect(next).toContain("Hi, I'm peercircle");
  });

  it('GIVEN passive ideation THEN it asks plainly "are you thinking about suicide?"; yes brings the lines and the safe-now question', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type(possible, '1');
    expect(out).toContain('are you thinking about suicide?');
    expect(out).toContain('[1] Yes  [2] No');
    const afterYes = out.slice(out.indexOf('[1] Yes  [2] No'));
    expect(afterYes).toContain('call 911');
    expect(afterYes).toContain('988 Suicide & Crisis Lifeline');
    expect(afterYes).toContain('Are you safe right now?');
  });

  it('GIVEN passive ideation answered "no" THEN support, a debrief now and the supervisor, and no alarm', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type(possible, '2');
    const afterNo = out.slice(out.indexOf('[1] Yes  [2] No'));
    expect(afterNo).toContain('you don\'t have to carry it alone');
    expect(afterNo).toContain('[1] A debrief with a peer now\n  [2] Talk with my supervisor');
    expect(afterNo).not.toContain('Are you safe right now?');
  });

  it('GIVEN harm from a partner THEN safety first: the emergency number and abuse lines, nothing about confronting anyone', async () => {
    bot = await startTerminalHarness({ env: { DEFAULT_LOCALE: 'en-AU' } });
    const out = await bot.type(harm);
    expect(out).toContain('What is happening is not your fault');
    expect(out).toContain('If you are in danger now, call 000.');
    expect(out).toContain('1800RESPECT: call 1800 737 732');
    expect(out).not.toMatch(/confront|stand up to|talk to (him|her|them)|tell (him|her) /i);
  });

  it('GIVEN a client’s crisis THEN secondary trauma, the community’s procedure, and one tap starts the on-demand debrief', async () => {
    bot = await startTerminalHarness();
    const { prisma } = bot.app.store.database;
    await bot.type('/help');
    await prisma.community.updateMany({ data: { crisisPolicy: 'Call the on-call lead, then write it up within 24 hours.' } });
    const out = await bot.type(someoneElse, '1');
    expect(out).toContain('secondary trauma');
    expect(out).toContain("Your organisation's procedure: Call the on-call lead, then write it up within 24 hours.");
    expect(out).toContain('[1] Debrief now  [2] Not now');
    // Nobody takes on-demand debriefs here, so the request says so and offers the other ways.
    expect(out).toContain('nobody here has signed up to be asked for on-demand debriefs yet');
  });

  it('GIVEN risk words in a private check-in note THEN the crisis reply comes first and the note is still saved', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type('/checkin', '1', '5', '5', '1', '1', 'everyone would be better off without me');
    expect(out.indexOf('are you thinking about suicide?')).toBeGreaterThan(-1);
    expect(out.indexOf('are you thinking about suicide?')).toBeLessThan(out.indexOf('Thank you for checking in.'));
    const [row] = await bot.app.store.database.prisma.checkIn.findMany();
    expect(bot.app.store.cipher.decrypt(row!.note!)).toBe('everyone would be better off without me');
  });

  it('GIVEN text after a command THEN it is screened: the crisis reply first, then the command’s own answer', async () => {
    bot = await startTerminalHarness();
    await bot.type('/help');
    const out = await bot.type("/support I don't see the point in anything anymore");
    expect(out.indexOf('are you thinking about suicide?')).toBeGreaterThan(-1);
    expect(out.indexOf('are you thinking about suicide?')).toBeLessThan(out.indexOf("You don't have to carry this alone."));
    const debrief = await bot.type(`/debrief ${imminent}`);
    expect(debrief).toContain('Are you safe right now?');
  });

  it('GIVEN Spanish THEN the reply is in Spanish, and a yes in the US brings 988 in Spanish (press 2, AYUDA)', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type('quiero morir', '1');
    expect(out).toContain('¿estás pensando en el suicidio?');
    expect(out).toContain('[1] Sí  [2] No');
    expect(out).toContain('llama al 911');
    expect(out).toContain('988 Lifeline en español: llama al 988 y marca el 2 o envía AYUDA al 988');
    expect(out).toContain('¿Estás a salvo ahora mismo?');
  });

  it('GIVEN the crisis route is logged THEN the log line never appears in the conversation', async () => {
    let logged = '';
    const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((logged += chunk.toString()), done()) });
    bot = await startTerminalHarness({ logger: pino({ level: 'trace' }, sink) });
    const out = await bot.type(imminent);
    expect(logged).toContain('crisis route shown');
    expect(logged).not.toContain('overdose');
    expect(out).not.toContain('crisis route shown');
    expect(out).not.toContain('"level"');
    expect(out).not.toMatch(/method|concepts|route/);
  });

  it('GIVEN an everyday idiom THEN no alarm', async () => {
    bot = await startTerminalHarness();
    const out = await bot.type('this deadline is killing me');
    expect(out).not.toContain("I'm a bot, not a crisis service");
    expect(out).toContain('I work through commands');
  });
});

describe('lines for where the member is, through the terminal (the community’s locale)', () => {
  let bot: TerminalHarness;
  afterEach(async () => bot.close());

  const cases = [
    { locale: 'en-US', suicide: '988 Suicide & Crisis Lifeline: call 988', emergency: 'call 911', abuse: 'findahelpline.com' },
    { locale: 'en-GB', suicide: 'Shout: text SHOUT to 85258', emergency: 'call 999', abuse: 'findahelpline.com' },
    { locale: 'de-DE', suicide: 'findahelpline.com', emergency: 'call 112', abuse: 'Hilfetelefon Gewalt gegen Frauen: call 116 016' },
    { locale: 'es-MX', suicide: 'Línea de la Vida: call 800 911 2000', emergency: 'call 911', abuse: 'Línea de las Mujeres: call 079, then press 1' },
    { locale: 'en-AU', suicide: 'Lifeline: call 13 11 14', emergency: 'call 000', abuse: '1800RESPECT: call 1800 737 732' },
  ];
  for (const { locale, suicide, emergency, abuse } of cases) {
    it(`GIVEN a community in ${locale} THEN its emergency number, its suicide lines and its abuse lines`, async () => {
      bot = await startTerminalHarness({ env: { DEFAULT_LOCALE: locale } });
      const own = await bot.type(imminent);
      expect(own).toContain(emergency);
      expect(own).toContain(suicide);
      const fromOthers = await bot.type(harm);
      expect(fromOthers).toContain(emergency);
      expect(fromOthers).toContain(abuse);
    });
  }
});
