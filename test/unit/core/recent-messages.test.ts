import { describe, expect, it } from 'vitest';
import { mostUrgent, outranks, RecentMessages } from '../../../src/core/recent-messages.js';

const minute = 60_000;

describe('a member’s recent messages, held so a disclosure sent in pieces is read whole', () => {
  it('GIVEN two messages a minute apart THEN the second sees the first and the route shown for it', () => {
    const recent = new RecentMessages();
    recent.remember('m', 'im so tired', 0, null);
    expect(recent.before('m', minute)).toEqual({ texts: ['im so tired'], shown: null });
  });

  it('GIVEN a message older than the window THEN it is not read beside the next', () => {
    const recent = new RecentMessages({ windowMs: 5 * minute });
    recent.remember('m', 'first', 0, 'possible');
    expect(recent.before('m', 6 * minute)).toEqual({ texts: [], shown: null });
  });

  it('GIVEN more messages than it keeps THEN only the newest are read, oldest first', () => {
    const recent = new RecentMessages({ keep: 2 });
    for (const [i, text] of ['a', 'b', 'c'].entries()) recent.remember('m', text, i * 1000, null);
    expect(recent.before('m', 5000).texts).toEqual(['b', 'c']);
  });

  it('GIVEN several routes shown in the window THEN the most urgent is the one reported', () => {
    const recent = new RecentMessages();
    recent.remember('m', 'a', 0, 'someone-else');
    recent.remember('m', 'b', 1000, 'possible');
    recent.remember('m', 'c', 2000, null);
    expect(recent.before('m', 3000).shown).toBe('possible');
  });

  it('GIVEN another member THEN their messages are never read beside this one’s', () => {
    const recent = new RecentMessages();
    recent.remember('m', 'mine', 0, null);
    expect(recent.before('someone', 1000).texts).toEqual([]);
  });

  it('GIVEN more members than it holds THEN the least recently active are dropped first', () => {
    const recent = new RecentMessages({ maxMembers: 2 });
    recent.remember('a', 'x', 0, null);
    recent.remember('b', 'x', 1, null);
    recent.remember('a', 'y', 2, null);
    recent.remember('c', 'x', 3, null);
    expect(recent.size).toBe(2);
    expect(recent.before('b', 4).texts).toEqual([]);
    expect(recent.before('a', 4).texts).toEqual(['x', 'y']);
  });

  it('GIVEN a long message THEN only its end is kept, so memory stays bounded whatever members send', () => {
    const recent = new RecentMessages({ maxChars: 10 });
    recent.remember('m', `${'x'.repeat(50)}0123456789`, 0, null);
    expect(recent.before('m', 1).texts).toEqual(['0123456789']);
  });

  it('GIVEN routes THEN urgency follows the screen’s order, and any route outranks none', () => {
    expect(mostUrgent([null, 'someone-else', 'harm-from-others'])).toBe('harm-from-others');
    expect(mostUrgent([null])).toBeNull();
    expect(outranks('imminent', 'possible')).toBe(true);
    expect(outranks('possible', null)).toBe(true);
    expect(outranks('possible', 'possible')).toBe(false);
    expect(outranks(null, null)).toBe(false);
  });
});
