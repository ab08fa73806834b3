import { beforeAll, describe, expect, it } from 'vitest';
import type { CrisisLineDirectory } from '../../../src/content/crisis-lines.js';
import { builtInContentDir, loadContent } from '../../../src/content/library.js';
import { askedAnswered, crisisReply, safeNowAnswered, type CrisisAudience } from '../../../src/core/crisis-reply.js';
import type { OutgoingMessage } from '../../../src/core/messages.js';
import { contactsFor, countryOfLocale } from '../../../src/domain/crisis-resources.js';

// The replies per route, whatever the screen: these don't depend on how text is read.
let lines: CrisisLineDirectory;
beforeAll(async () => {
  lines = (await loadContent([builtInContentDir])).library.crisisLines;
});

const community = (locale: string, extra: Partial<CrisisAudience['community']> = {}): CrisisAudience['community'] => ({
  locale,
  crisisResources: null,
  crisisPolicy: null,
  crisisContactName: null,
  crisisContactMemberId: null,
  crisisContactChannelId: null,
  ...extra,
});
const audience = (locale: string, memberLocale: string | null = null, extra: Partial<CrisisAudience['community']> = {}): CrisisAudience => ({
  community: community(locale, extra),
  memberLocale,
  lines,
});
const all = (messages: OutgoingMessage[]) => messages.map((m) => m.text).join('\n');
const buttons = (messages: OutgoingMessage[]) => messages.flatMap((m) => m.choices ?? []).map((c) => [c.actionId, c.options.map((o) => o.value)]);

describe('the four crisis replies', () => {
  it('imminent: the emergency number and lines first, then "Are you safe right now?"', () => {
    const reply = crisisReply('imminent', 'en', audience('en-US'));
    expect(reply[0]!.text.indexOf('call 911')).toBeLessThan(reply[0]!.text.indexOf('988 Suicide & Crisis Lifeline'));
    expect(reply[0]!.text).toContain("I'm a bot, not a crisis service");
    expect(reply[1]!.text).toBe('**Are you safe right now?**');
    expect(buttons(reply)).toEqual([['support:safe:en', ['safe', 'not-safe']]]);
  });

  it('imminent, "not safe": the emergency number again, the next step, then the offer of a human (support:crisis yes/no)', () => {
    const answer = safeNowAnswered('not-safe', 'en', audience('en-AU', null, { crisisContactName: 'Dana (clinical lead)', crisisContactMemberId: 'dana-member-id' }));
    expect(answer[0]!.text).toContain('Please **call 000 now**');
    expect(answer[0]!.replacesPrompt).toBe(true);
    expect(answer[1]!.text).toContain('Would you like Dana (clinical lead) to reach out to you?');
    expect(buttons(answer)).toEqual([['support:crisis', ['yes', 'no']]]);
  });

  it('possible: asks plainly, yes or no; yes brings the imminent lines and question; no brings a debrief or the supervisor', () => {
    const asked = crisisReply('possible', 'en', audience('en-US'));
    expect(asked[0]!.text).toContain('**are you thinking about suicide?**');
    expect(buttons(asked)).toEqual([['support:asked:en', ['yes', 'no']]]);
    const yes = askedAnswered('yes', 'en', audience('en-US'));
    expect(all(yes)).toContain('call 911');
    expect(buttons(yes)).toEqual([['support:safe:en', ['safe', 'not-safe']]]);
    const no = askedAnswered('no', 'en', audience('en-US'));
    expect(all(no)).not.toContain('call 911');
    expect(buttons(no)).toEqual([
      ['debrief:now', ['yes']],
      ['support:offer', ['supervisor']],
    ]);
  });

  it('harm from others: emergency number and abuse lines for the country, nothing about confronting anyone', () => {
    const reply = crisisReply('harm-from-others', 'en', audience('es-MX'));
    expect(reply[0]!.text).toContain('If you are in danger now, call 911.');
    expect(reply[0]!.text).toContain('Línea de las Mujeres**: call 079, then press 1');
    expect(reply[0]!.text).not.toContain('Línea de la Vida');
    expect(all(reply)).not.toMatch(/confront|stand up to|leave (him|her)/i);
  });

  it('someone else: secondary trauma, lines for the client, the community’s published procedure, and "Debrief now"', () => {
    const reply = crisisReply('someone-else', 'en', audience('en-US', null, { crisisPolicy: 'Tell the duty manager at once.' }));
    expect(reply[0]!.text).toContain('secondary trauma');
    expect(reply[0]!.text).toContain('988 Suicide & Crisis Lifeline');
    expect(reply[0]!.text).toContain("**Your organisation's procedure:** Tell the duty manager at once.");
    expect(buttons(reply)).toEqual([['debrief:now', ['yes', 'no']]]);
  });

  it('every crisis message has a neutral preview for the lock screen, in the reply’s language', () => {
    for (const route of ['imminent', 'possible', 'harm-from-others', 'someone-else'] as const) {
      for (const message of crisisReply(route, 'en', audience('en-US'))) expect(message.preview).toBe('A message from peercircle');
      for (const message of crisisReply(route, 'es', audience('en-US'))) expect(message.preview).toBe('Un mensaje de peercircle');
    }
  });

  it('Spanish: all four routes in Spanish, and 988’s Spanish option first in the US', () => {
    expect(crisisReply('imminent', 'es', audience('en-US'))[0]!.text).toMatch(/llama al 911[\s\S]*988 Lifeline en español\*\*: llama al 988 y marca el 2 o envía AYUDA al 988/);
    expect(crisisReply('possible', 'es', audience('en-US'))[0]!.text).toContain('¿estás pensando en el suicidio?');
    expect(crisisReply('harm-from-others', 'es', audience('es-MX'))[0]!.text).toContain('Línea de las Mujeres**: llama al 079 y marca el 1');
    expect(crisisReply('someone-else', 'es', audience('en-US'))[0]!.text).toContain('trauma secundario');
    expect(askedAnswered('yes', 'es', audience('en-US'))[1]!.choices![0]!.options.map((o) => o.label)).toEqual(['Por ahora estoy a salvo', 'No estoy a salvo']);
  });
});

describe('lines for where the member is', () => {
  const cases: [string, string | null, { emergency: string; suicide: string; violence: string }][] = [
    ['en-US', 'en-US', { emergency: 'call 911', suicide: '988 Suicide & Crisis Lifeline', violence: 'findahelpline.com' }],
    ['en-US', 'en-GB', { emergency: 'call 999', suicide: 'Shout', violence: 'findahelpline.com' }],
    ['en-US', 'de-DE', { emergency: 'call 112', suicide: 'findahelpline.com', violence: 'Hilfetelefon Gewalt gegen Frauen' }],
    ['es-MX', 'es-419', { emergency: 'call 911', suicide: 'Línea de la Vida', violence: 'Línea de las Mujeres' }],
    ['en-AU', 'en-US', { emergency: 'call 000', suicide: 'Lifeline', violence: '1800RESPECT' }],
  ];
  for (const [communityLocale, memberLocale, expected] of cases) {
    it(`GIVEN a ${communityLocale} community and a member whose platform says ${memberLocale} THEN ${expected.emergency}`, () => {
      const contacts = contactsFor({ memberLocale, communityLocale, configured: null, directory: lines, language: 'en' });
      expect(contacts.emergency).toBe(expected.emergency);
      expect(contacts.suicide[0]).toContain(expected.suicide);
      expect(contacts.violence[0]).toContain(expected.violence);
    });
  }

  it('GIVEN a member elsewhere than their community THEN the community’s country follows in one line', () => {
    const contacts = contactsFor({ memberLocale: 'en-GB', communityLocale: 'en-AU', configured: null, directory: lines, language: 'en' });
    expect(contacts.alsoCommunity).toBe('In Australia: call 000; Lifeline: call 13 11 14 or online at lifeline.org.au (online chat).');
  });

  it('GIVEN a country with no file THEN "your local emergency number" and Find A Helpline', () => {
    const contacts = contactsFor({ memberLocale: 'is-IS', communityLocale: 'is-IS', configured: null, directory: lines, language: 'en' });
    expect(contacts).toMatchObject({ emergency: 'call your local emergency number', suicide: [expect.stringContaining('findahelpline.com')] });
  });

  it('GIVEN the community’s own crisisResources setting THEN its lines replace the built-in suicide lines', () => {
    const configured = { emergency: 'call 999, or our on-site team on ext. 222', lines: [{ name: 'Samaritans', contact: 'call 116 123', hours: '24/7' }] };
    const contacts = contactsFor({ memberLocale: null, communityLocale: 'en-GB', configured, directory: lines, language: 'en' });
    expect(contacts.emergency).toBe('call 999, or our on-site team on ext. 222');
    expect(contacts.suicide).toEqual(['- **Samaritans**: call 116 123 (24/7)']);
  });

  it('reads countries from locales as the platforms send them', () => {
    expect(countryOfLocale('en-GB')).toBe('GB');
    expect(countryOfLocale('de')).toBe('DE');
    expect(countryOfLocale('de', 'de-AT')).toBe('AT');
    expect(countryOfLocale('es-419', 'en-US')).toBeUndefined();
    expect(countryOfLocale('es-LA', 'es-MX')).toBe('MX');
    expect(countryOfLocale('en-US', 'en-AU')).toBe('AU');
    expect(countryOfLocale('en-US', 'de-DE')).toBe('US');
    expect(countryOfLocale('not a locale!')).toBeUndefined();
    expect(countryOfLocale(null)).toBeUndefined();
  });
});
