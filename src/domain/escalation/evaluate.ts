import { LOW_DAY_THRESHOLD } from '../checkin-summary.js';

export type EscalationRule = 'extreme-day' | 'low-streak' | 'declining-trend' | 'support-request';
export type EscalationLevel = 'watch' | 'reach_out' | 'urgent';

export interface ScoredDay {
  localDate: string;
  /** 1–5, where 5 is the lighter end (wellbeingScore). */
  score: number;
}

export interface EscalationThresholds {
  /** A day at or below this score is "at the extreme end". */
  extremeScore: number;
  /** Consecutive low check-ins that make a streak. */
  lowStreakDays: number;
  /** Days looked back for a trend, and the fewest check-ins that can show one. */
  trendDays: number;
  trendMinCheckins: number;
  /** Score points lost per day (least squares) that count as declining. */
  trendSlope: number;
}

export const defaultThresholds: EscalationThresholds = {
  extremeScore: 1.4,
  lowStreakDays: 3,
  trendDays: 14,
  trendMinCheckins: 5,
  trendSlope: -0.1,
};

export interface Signal {
  rule: EscalationRule;
  level: EscalationLevel;
}

export const levelOf: Record<EscalationRule, EscalationLevel> = {
  'declining-trend': 'watch',
  'low-streak': 'reach_out',
  'support-request': 'reach_out',
  'extreme-day': 'urgent',
};

/**
 * Which burnout signals a member's own check-in history shows today. These are screens that decide
 * whether to offer support, never a judgement or a diagnosis. `history` is completed check-ins,
 * oldest first, ending with today's.
 */
export function evaluateHistory(history: ScoredDay[], today: string, thresholds: EscalationThresholds = defaultThresholds): Signal[] {
  const scored = history.filter((d) => Number.isFinite(d.score));
  const signals: Signal[] = [];
  const latest = scored.at(-1);
  if (latest?.localDate === today && latest.score <= thresholds.extremeScore) signals.push({ rule: 'extreme-day', level: 'urgent' });

  const recent = scored.slice(-thresholds.lowStreakDays);
  if (recent.length === thresholds.lowStreakDays && recent.every((d) => d.score <= LOW_DAY_THRESHOLD)) {
    signals.push({ rule: 'low-streak', level: 'reach_out' });
  }

  const windowStart = Date.parse(`${today}T00:00:00Z`) - (thresholds.trendDays - 1) * 86_400_000;
  const window = scored.filter((d) => Date.parse(`${d.localDate}T00:00:00Z`) >= windowStart);
  if (window.length >= thresholds.trendMinCheckins && slopePerDay(window) <= thresholds.trendSlope) {
    signals.push({ rule: 'declining-trend', level: 'watch' });
  }
  return signals;
}

/** Least-squares slope of score against day number. */
export function slopePerDay(days: ScoredDay[]): number {
  const points = days.map((d) => ({ x: Date.parse(`${d.localDate}T00:00:00Z`) / 86_400_000, y: d.score }));
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  if (sxx === 0) return 0;
  return points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) / sxx;
}
