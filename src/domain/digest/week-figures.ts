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
  if (tally.withdrawn) return withdrawnWeek(tally.week, questions);
  const min = minGroup(k);
  const averages: Record<string, Shown<Band>> = {};
  for (const q of questions) {
    const cell = tally.questions[q.id];
    // A figure one later reader could see through is withheld, saying why (insider-exposure.ts).
    averages[q.id] = atLeastK(() => averageBand(cell!.sum, cell!.count), cell?.people ?? 0, min, cell?.exposed);
  }
  return {
    week: tally.week,
    participants: atLeastK(() => countBand(tally.people, min), tally.people, min),
    checkinDays: atLeastK(() => countBand(tally.days, min), tally.people, min),
    heavyDayShare: atLeastK(() => shareBand(tally.lowDays, tally.days), tally.people, min, tally.heavyShareExposed),
    averages,
    signals: supportSignals(tally, min),
  };
}

/** A withdrawn week: every figure withheld, whatever its frozen tally says. */
function withdrawnWeek(week: string, questions: readonly CheckinQuestion[]): WeekFigures {
  const none = { shown: false, reason: 'withdrawn' } as const;
  return {
    week,
    participants: none,
    checkinDays: none,
    heavyDayShare: none,
    averages: Object.fromEntries(questions.map((q) => [q.id, none])),
    signals: { watch: none, reach_out: none, urgent: none },
  };
}
