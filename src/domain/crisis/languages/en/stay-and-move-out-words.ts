import type { StayAndMoveOutWords } from '../../everyday-stay-and-move-out.js';

/**
 * English words for two everyday sighs set aside for the learned opinion (../../everyday-stay-and-move-out.ts): staying "out of
 * bed" on a lazy day ("ion even wanna get out of bed, it's saturday and it's raining"), and a child or a roommate threatening to
 * "move out" ("my daughter keep threatening to move out when she turn 18"; a partner is no mover).
 */
export const englishStayAndMoveOutWords: StayAndMoveOutWords = {
  bed: {
    phrase: ['out', 'of', 'bed'],
    lazyDays: new Set(['saturday', 'sunday', 'weekend', 'holiday', 'raining', 'rainy', 'rain', 'snowing', 'snow', 'cold', 'freezing', 'gloomy']),
  },
  moveOut: {
    movers: new Set(['daughter', 'son', 'kid', 'kids', 'teen', 'teenager', 'child', 'stepdaughter', 'stepson', 'niece', 'nephew', 'grandson', 'granddaughter', 'roommate', 'roomate', 'housemate']),
    threats: new Set(['threaten', 'threatening', 'threatens', 'threatened']),
    phrase: ['move', 'out'],
  },
};
