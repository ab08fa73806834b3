import type { RiskScreen } from '../domain/crisis/screen.js';
import { isControlReply } from '../domain/checkin-reply.js';
import type { IncomingEvent } from './events.js';
import { RecentMessages } from './recent-messages.js';
import { freeTextOf, screenEvent, screenInBurst } from './screen-event.js';

/**
 * Reads each event's free text for risk the way the bot shows it: a message also with the same member's messages just
 * before it in the same place (a DM, or mentions in a community), so a disclosure sent in pieces is read whole.
 */
export class BurstReader {
  constructor(private readonly recent: RecentMessages = new RecentMessages()) {}

  read(event: IncomingEvent): RiskScreen {
    const alone = screenEvent(event);
    if (event.kind !== 'message') return alone;
    // "cancel" or "3" after a vent is a reply to the bot, not more of the vent: the words before it were already read
    // together, and a bare control word only adds the learned opinion's noise to them.
    if (isControlReply(event.text)) return alone;
    const member = `${event.community.platform}:${event.community.externalId}:${event.user.id}:${event.isDirect ? 'dm' : 'mention'}`;
    const at = event.receivedAt.getTime();
    const screen = screenInBurst(event, alone, this.recent.before(member, at));
    this.recent.remember(member, freeTextOf(event), at, screen.route);
    return screen;
  }
}
