import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

/**
 * Everyday talk of peer specialists that shares the words of crisis (branch t-alarms), each family beside the risk said next to
 * the same words, which still routes. Read by the patterns alone, so the families are proved without the learned opinion.
 */
const { each, ownRisk } = routesBy(patternRouteOf);

describe('a vague "im doing it tonight" whose everyday deed is named', () => {
  it('GIVEN the deed after "finally", opening the next sentence, or as an errand word THEN none', () => {
    each(
      [
        'im doing it tonight!! finally dyeing my hair purple',
        'tonight is the night. proposing to him on the pier after dinner',
        'ok im doing it. my essay is due at midnight and i have two pages',
        'for real this time. finally cleaning out the garage this weekend',
      ],
      'none',
    );
  });
  it('GIVEN a means, a goodbye, a note or the ending itself beside the same words THEN own risk', () => {
    ownRisk([
      'im doing it tonight!! finally dyeing my hair. the pills are in my drawer',
      'tonight is the night. saying goodbye to all of you',
      'im doing it tonight. finally going to be free',
      'tonight is the night. i left the note on the table',
      'im doing it tonight',
    ]);
  });
});

describe('medication taken as the routine says', () => {
  it('GIVEN all of them taken as prescribed, as reminded, with breakfast THEN none', () => {
    each(['took all my pills this morning as prescribed', 'i took all my meds with breakfast like the nurse said'], 'none');
  });
  it('GIVEN not as prescribed, or a death beside the dose THEN own risk', () => {
    ownRisk(['took all my pills, not as prescribed', 'took all my pills like i always said i would', 'took all my pills like you reminded me and now i wont wake up']);
  });
});

describe('recovery told as freedom or as the past', () => {
  it('GIVEN "sh free", "free from self harm", "back when i was using" THEN none', () => {
    each(['200 days sh free today!!', 'one year free from self harm and i feel proud', 'back when i was using i wanted to die all the time. today i coach a softball team'], 'none');
  });
  it('GIVEN an urge or the wish come back beside it THEN own risk', () => {
    ownRisk(['sh free for a year and i want to cut again tonight', 'back when i was using i wanted to die. now i want to again', 'i want to die. back when i was a kid i was happy']);
  });
});

describe('trips and job goodbyes that say when the writer is back', () => {
  it('GIVEN a leaving bounded by a return, or a new job or program THEN none', () => {
    each(
      [
        'logging off for good. (just for the holiday weekend, see you tuesday)',
        'last time you will hear from me until i am back from the conference!',
        'my last week at this clinic, i go to another agency in june',
        'im on the roof fixing the gutters with my brother',
      ],
      'none',
    );
  });
  it('GIVEN a means, a note or a leaving with no way back beside it THEN own risk', () => {
    ownRisk(['logging off for good', 'last time you will hear from me till friday, the pills are ready', 'wrote my suicide note. see you monday', 'im on the roof and im going to jump']);
  });
});

describe('hyperbole said on a nuisance and taken back', () => {
  it('GIVEN an act only on a nuisance condition, taken back THEN none', () => {
    each(['if the wifi drops again im jumping off the roof lol jk', 'si me cambian el turno otra vez me aviento del puente jaja es broma', 'if the copier jams again im throwing it off the roof'], 'none');
  });
  it('GIVEN a loss, a time or no taking back THEN own risk', () => {
    ownRisk(['if she leaves me im going to jump off the bridge. jk. unless?', 'im going to throw myself off the roof', 'im going to jump off the bridge. jk']);
  });
});

describe('overwork, a chore ahead and things "unalived"', () => {
  it('GIVEN "killed myself studying", "die if i have to grade", "unalive my phone" THEN none', () => {
    each(['basically killed myself cleaning for the inspection', 'i will die if i have to chart one more note today', 'about to unalive my printer'], 'none');
  });
  it('GIVEN the same words about living or about the writer THEN own risk', () => {
    ownRisk(['im going to die if i have to live like this', 'i want to unalive myself', 'i want to kill myself. working here is hell']);
  });
});

describe('an accident told with its cause, and a training named in a bilingual message', () => {
  it('GIVEN a wound from a thorn or a fence, or "suicide prevention training" THEN none', () => {
    each(['scraped my leg on the barbed wire fixing the fence', 'got scratched by the kitten again lol', 'reminder: suicide awareness webinar tuesday, cameras on'], 'none');
  });
  it('GIVEN a wound on purpose or with a blade THEN own risk', () => {
    ownRisk(['i cut my arm on purpose again', 'cut my wrist on the counter with a razor']);
  });
});

describe('Spanish everyday talk', () => {
  it('GIVEN a drink finished, an ibuprofen dose asked, a grandmother who "kills" THEN none', () => {
    each(['me tome toda la coca de la fiesta jaja', 'cuantas pastillas de paracetamol puedo tomar para la fiebre', 'mi abuela me mata si no voy a misa', 'mi jefa me mata si me ve llegar tarde otra vez'], 'none');
  });
  it('GIVEN the bottle, a dose to not wake up, a partner who threatens THEN their route', () => {
    ownRisk(['me tome todo el frasco de pastillas', 'cuantas pastillas de paracetamol se necesitan para no despertar']);
    each(['mi pareja dijo que hoy me mata si me ve', 'mi ex dijo que me mata si me encuentra con otro'], 'harm-from-others');
  });
});

describe('a trip, a move or a last day beside a means at hand', () => {
  it('GIVEN the goodbyes and letters of a move or a last day beside a rope or pills ready THEN imminent: a trip explains a goodbye, never a means', () => {
    each(
      [
        'my last day in the program. i wrote letters to everyone and the rope is ready',
        'moving to ohio next week. wrote letters to everyone. the rope is ready',
        'last shift at the agency tomorrow. gave my dog to my sister, pills are counted',
      ],
      'imminent',
    );
  });
  it('GIVEN a bridge emoji on a vacation, or goodbyes before a move THEN none', () => {
    each(['👋🌉 bye from the golden gate! vacation pics incoming', 'moving to ohio next week. gave my plants to the office, see you all at the party'], 'none');
  });
});
