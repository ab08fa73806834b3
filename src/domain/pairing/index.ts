export * from './types.js';
export { matchRound, isEligible } from './match.js';
export { overlapMinutes, workingHoursUtc } from './hours.js';
export { PairCosts, REPEAT_COST } from './costs.js';
