import { combine, kindOf, NEVER, tierUrgency, vetoKeyOf, vetoKeys, type Thresholds, type ThresholdsByLanguage, type VetoThresholds } from './opinion.js';
import type { Scored } from './training.js';

/**
 * How sure the learned opinion must be before its word counts, chosen from out-of-fold scores (training.ts): each line of
 * the development files scored by classifiers that never saw its file, so the thresholds are set on wording the
 * classifiers had not learned, as a member's message will be.
 */

export interface ThresholdBudget {
  /** The most none lines the learned opinion may route, as a share of all none lines. */
  falseAlarms: number;
  /** The share of that budget own risk may spend first, before the other routes bid for the rest. */
  ownReserve: number;
  /** The most possible lines it may raise to imminent, as a share of possible lines. */
  raised: number;
  /** However the share falls, raising needs imminent's odds (log2, against possible) at least this high. */
  raiseFloor: number;
  /**
   * Per vetoed route: the most lines of its kind that the patterns routed right which the veto may drop,
   * as a share of all lines of that kind. Own risk: none (a missed crisis costs far more than a false alarm).
   */
  vetoLoss: VetoThresholds;
  /** The most someone-else lines the patterns routed right that may be read as the writer's own risk instead, as a share of someone-else lines. */
  overOtherLoss: number;
  /**
   * The most none lines, as a share of all none lines, that the imminent tier (`chooseOwnImminent`) may route on top of the
   * rest. At 0 the tier lets no none line through (it may still catch imminent lines above every one).
   */
  imminentAlarms: number;
}

/**
 * Raising possible to imminent needs at least this, however the budget falls: imminent twice as likely as possible
 * (1 bit). The budget alone lets through a share of possible lines whatever their odds, and the possible lines score so
 * low that the share once set the bar at -2.96 bits (imminent eight times less likely than possible): the retrained
 * opinion then raised plain hopelessness ("I can't do this anymore") and gave it the emergency number where asking
 * directly is the route. On the development files' out-of-fold scores the floor keeps 41 of the 46 English imminent
 * lines the raise caught and stops 114 of its 135 wrong raises (Spanish: 10 of 10 kept, 15 of 28 wrong stopped).
 */
export const RAISE_FLOOR = 1;

/**
 * The false-alarm share is 1.25%, and the imminent tier may spend 0.5% more. Until the twenty-second session the share was
 * 1%: 1.5% had routed everyday lines the tests hold quiet ("i wouldn't say i'm hopeless", "i dont want to kill myself"),
 * because the opinion read the words of a denied wish as the wish. With the denial a feature of its own (features.ts
 * `denied`), on the development files' out-of-fold scores (124 files; own / imminent / harm / someone else / false alarms):
 * 1% 96.8 / 96.3 / 96.8 / 95.1 / 2.3; 1% with the tier 97.3 / 97.4 / 96.8 / 95.1 / 2.7; 1.25% with the tier 97.6 / 97.5 /
 * 96.9 / 94.8 / 3.0; 1.5% with the tier 97.6 / 97.5 / 97.2 / 95.2 / 3.3. Retrained on every file, 1% set the English own bar
 * at 3.08 bits and lost five possible development lines the last model caught ("the only thing keeping me here is the cat
 * and shes 14"); 1.25% set it at 2.49 and lost none of them. The greedy steps jump (a quarter point of budget moved the bar
 * by 0.6 bits), which is why the imminent tier has a budget of its own.
 */
export const defaultBudget: ThresholdBudget = { falseAlarms: 0.0125, ownReserve: 0.5, raised: 0.05, raiseFloor: RAISE_FLOOR, vetoLoss: { possible: 0, harm: 0.005, someoneElse: 0.02 }, overOtherLoss: 0.01, imminentAlarms: 0.005 };

const addKinds = [
  ['own', 'own'],
  ['harm', 'harm-from-others'],
  ['someoneElse', 'someone-else'],
] as const;

/**
 * What one more line caught is worth when the false-alarm budget is shared out, in the routes' priority: the
 * writer's own risk first (a missed crisis costs far more than a missed referral), then harm from others (the writer's
 * own safety), then someone else's crisis, whose lines are more numerous and easier to catch. With harm worth no more
 * than someone else's crisis, a retraining once let the harm threshold drift up and lose harm lines only the learned
 * opinion had caught.
 */
export type CatchWorth = Record<(typeof addKinds)[number][0], number>;
export const catchWorth: CatchWorth = { own: 4, harm: 2, someoneElse: 1 };

/**
 * Thresholds from out-of-fold scores. Each add threshold starts above every none line; step by step,
 * the one whose next lowering catches the most lines of its kind, weighted by `catchWorth` (standalone, as a stand-in for wording
 * the patterns have not seen) is lowered past one more none line the patterns left alone, until the
 * false-alarm budget is spent. The raise threshold lets through at most `raised` of the possible lines.
 */
export function chooseThresholds(scored: readonly Scored[], budget: ThresholdBudget = defaultBudget, worth: CatchWorth = catchWorth): Thresholds {
  const noneCount = scored.filter(({ line }) => line.route === 'none').length;
  const silentNone = scored.filter(({ line }) => line.route === 'none' && line.patternRoute === null);
  const ladders = Object.fromEntries(
    addKinds.map(([key]) => {
      const values = [...new Set(silentNone.map(({ scores }) => scores[key]))].sort((a, b) => b - a);
      // Rung i lets through the i highest none scores: a threshold halfway to the next one down.
      const rungs = [Math.ceil(Math.max(values[0] ?? 0, 0)) + 1];
      for (let i = 0; i < values.length; i++) rungs.push(round(i + 1 < values.length ? (values[i]! + values[i + 1]!) / 2 : values[i]! - 1));
      return [key, rungs];
    }),
  ) as Record<(typeof addKinds)[number][0], number[]>;
  type Key = (typeof addKinds)[number][0];
  const at = { own: 0, harm: 0, someoneElse: 0 };
  const thresholdsAt = (steps: typeof at): Thresholds => ({
    own: ladders.own[steps.own]!,
    harm: ladders.harm[steps.harm]!,
    someoneElse: ladders.someoneElse[steps.someoneElse]!,
    split: 0,
    raise: NEVER,
    veto: { possible: NEVER, harm: NEVER, someoneElse: NEVER },
  });
  const falseAlarms = (thresholds: Thresholds) => silentNone.filter(({ line, scores }) => combine(null, scores, thresholds, line.concepts, line.setAside) !== null).length;
  const caught = (key: Key, kind: string, threshold: number) => scored.filter(({ line, scores }) => kindOf(line.route) === kind && scores[key] >= threshold).length;
  // Each step takes the lowering (by one or more rungs, within the limit) that catches the most lines per false alarm.
  const lower = (keys: readonly (typeof addKinds)[number][], limit: number) => {
    for (let spent = falseAlarms(thresholdsAt(at)); ; ) {
      let best: { key: Key; rungs: number; rate: number; spent: number } | null = null;
      for (const [key, kind] of keys) {
        const now = caught(key, kind, ladders[key][at[key]]!);
        for (let rung = at[key] + 1; rung < ladders[key].length; rung++) {
          const alarms = falseAlarms(thresholdsAt({ ...at, [key]: rung }));
          if (alarms > limit) break;
          const gain = caught(key, kind, ladders[key][rung]!) - now;
          const rate = (worth[key] * gain) / Math.max(alarms - spent, 0.5);
          if (gain > 0 && (best === null || rate > best.rate)) best = { key, rungs: rung, rate, spent: alarms };
        }
      }
      if (best === null) return;
      at[best.key] = best.rungs;
      spent = best.spent;
    }
  };
  const limit = budget.falseAlarms * noneCount;
  // Own risk spends its reserve first, alone: shared from the start, harm's many cheap catches once took the whole budget.
  lower([addKinds[0]], budget.ownReserve * limit);
  lower(addKinds, limit);
  const possibleScores = scored
    .filter(({ line }) => line.route === 'possible')
    .map(({ scores }) => scores.imminent)
    .sort((a, b) => b - a);
  const allowed = Math.floor(budget.raised * possibleScores.length);
  // Just above the first possible line not allowed through, and never below the floor.
  const raise = Math.max(justAbove(possibleScores, allowed), budget.raiseFloor);
  const thresholds = thresholdsAt(at);
  const chosen = { ...thresholds, raise };
  return { ...chosen, ownOverOther: chooseOwnOverOther(scored, budget.overOtherLoss, thresholds.own), ownImminent: chooseOwnImminent(scored, chosen, budget.imminentAlarms * noneCount), veto: chooseVetoes(scored, budget.vetoLoss) };
}

/**
 * The own-risk odds at which a line the patterns routed to someone else's crisis is read as the writer's own
 * instead: just above the someone-else line, routed right by the patterns, that the budget may not lose, and
 * never below the bar for adding own risk where the patterns found nothing.
 */
export function chooseOwnOverOther(scored: readonly Scored[], loss: number, ownBar: number): number {
  const others = scored.filter(({ line }) => line.route === 'someone-else');
  const right = others
    .filter(({ line }) => line.patternRoute === 'someone-else' && !line.setAside.toldAsOver)
    .map(({ scores }) => scores.own)
    .sort((a, b) => b - a);
  const above = justAbove(right, Math.floor(loss * others.length));
  return above === NEVER ? NEVER : Math.max(above, ownBar);
}

/**
 * The imminent tier: where the patterns found nothing and own risk falls short of its bar, the own-risk odds at which a
 * line urgency calls clearly imminent (opinion.ts `tierUrgency`: 4 bits) is routed imminent all the same. A plain imminent line missed is the
 * worst error the screen can make, and the one bar for all own risk is set by everyday lines in risk's words ("the plan is
 * tomorrow at noon" beside "the plan is tomorrow at noon for the picnic"), so it rose as such lines were added and dropped
 * imminent lines. The tier lets through at most `alarms` none lines the rest leave quiet, and is off (NEVER) when it would
 * catch no imminent line the rest miss.
 */
export function chooseOwnImminent(scored: readonly Scored[], thresholds: Thresholds, alarms: number): number {
  const beneath = (s: Scored) => s.line.patternRoute === null && !s.line.setAside.toldAsOver && !s.line.setAside.goingExplained && s.scores.imminent >= tierUrgency(thresholds) && combine(null, s.scores, thresholds, s.line.concepts, s.line.setAside) === null;
  const none = scored.filter((s) => s.line.route === 'none' && beneath(s)).map(({ scores }) => scores.own).sort((a, b) => b - a);
  const allowed = Math.floor(alarms);
  const bar = allowed < none.length ? Math.max(justAbove(none, allowed), OWN_IMMINENT_FLOOR) : OWN_IMMINENT_FLOOR;
  const caught = scored.filter((s) => s.line.route === 'imminent' && beneath(s) && s.scores.own >= bar).length;
  return caught > 0 ? bar : NEVER;
}

/**
 * However the tier's budget falls, own risk at least twice as likely as the rest together (1 bit). At 0 bits the Spanish tier
 * (its budget buys few lines) fell to 0.19 and read "ya me voy, traigo las llaves en la mano" as imminent; 1 bit took 20 false
 * alarms off the development files' out-of-fold scores for one imminent line in a thousand.
 */
const OWN_IMMINENT_FLOOR = 1;

/** A veto needs at least this, however the budget falls: none four times as likely as every risk together (2 bits). */
const VETO_FLOOR = 2;

/**
 * Per route, the veto threshold on none's odds: just above the line of that kind the patterns routed
 * on weak concepts alone that the budget may not lose (the lines are the other files' out-of-fold
 * scores, so unseen wording). A route with no such lines to learn from is never vetoed.
 */
export function chooseVetoes(scored: readonly Scored[], loss: VetoThresholds): VetoThresholds {
  const veto = { possible: NEVER, harm: NEVER, someoneElse: NEVER };
  for (const [key, route] of vetoKeys) {
    const kind = kindOf(route);
    const right = scored
      .filter(({ line }) => kindOf(line.route) === kind && line.patternRoute === route && vetoKeyOf(route, line.concepts, line.setAside) === key)
      .map(({ scores }) => scores.none)
      .sort((a, b) => b - a);
    const allowed = Math.floor(loss[key] * scored.filter(({ line }) => kindOf(line.route) === kind).length);
    if (allowed < right.length) veto[key] = Math.max(justAbove(right, allowed), VETO_FLOOR);
  }
  return veto;
}

/** Thresholds for each language the lines were read as, each chosen on that language's lines alone with its own budget. */
export function chooseThresholdsByLanguage(scored: readonly Scored[], budget: ThresholdBudget = defaultBudget, worth: CatchWorth = catchWorth): ThresholdsByLanguage {
  const languages = [...new Set(scored.map(({ line }) => line.readAs))].sort();
  return Object.fromEntries(languages.map((language) => [language, chooseThresholds(scored.filter(({ line }) => line.readAs === language), budget, worth)]));
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Given scores sorted high to low, the threshold that lets the `allowed` highest through and stops the next one: just
 * above it, to three decimals. NEVER when every score may pass (a large number, not Infinity, so it survives JSON).
 */
function justAbove(sortedDescending: readonly number[], allowed: number): number {
  return allowed < sortedDescending.length ? Math.ceil(sortedDescending[allowed]! * 1000 + 1e-6) / 1000 : NEVER;
}
