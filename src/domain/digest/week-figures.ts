import type { CheckinQuestion } from '../checkin-questions.js';
import { averageBand, countBand, shareBand, type Band, type ShareBand } from './precision.js';
import { atLeastK, minGroup, type Shown } from './privacy.js';
import { supportSignals } from './support-signals.js';
import type { SignalLevel, WeekTally } from './week-tally.js';

/** What any digest, chart or export may say about one closed week: every figure guarded and banded. */
export interface WeekFigures {
  week: string;
  participants: Shown<Band>;
  checkinDays: Shown<Band>;
  heavyDayShare: Shown<ShareBand>;
  averages: Record<string, Shown<Band>>;
  signals: Record<SignalLevel, Shown<Band>>;
}

/**
 * The one place a week's tally becomes figures. Each figure needs k contributors; none spans two
 * weeks or adds up others, so withholding one never leaves it recomputable from the rest, except
 * for the support-signal levels, which handle that themselves.
 */
export function weekFigures(tally: WeekTally, questions: readonly CheckinQuestion[], k: number): WeekFigures {
  const min = minGroup(k);
  const averages: Record<string, Shown<Band>> = {};
  for (const q of questions) {
    const cell = tally.questions[q.id];
    averages[q.id] = atLeastK(() => averageBand(cell!.sum, cell!.count), cell?.people ?? 0, min);
  }
  return {
    week: tally.week,
    participants: atLeastK(() => countBand(tally.people, min), tally.people, min),
    checkinDays: atLeastK(() => countBand(tally.days, min), tally.people, min),
    heavyDayShare: atLeastK(() => shareBand(tally.lowDays, tally.days), tally.people, min),
    averages,
    signals: supportSignals(tally, min),
  };
}
