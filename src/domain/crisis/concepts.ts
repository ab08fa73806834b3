import type { CrisisRoute } from './screen.js';

/**
 * Concept ids, after the screening questions of the Columbia Suicide Severity Rating Scale
 * (C-SSRS) plus harm from others and someone else's crisis. Ids are stable: logs and counts use them.
 */
export const conceptRoutes = {
  // The writer's own risk with a plan, means, intent, a time, preparations or acting now.
  method: 'imminent',
  plan: 'imminent',
  intent: 'imminent',
  preparation: 'imminent',
  'acting-now': 'imminent',
  // The writer's own risk without those.
  'wish-dead': 'possible',
  'suicidal-thoughts': 'possible',
  'self-harm': 'possible',
  hopelessness: 'possible',
  burden: 'possible',
  // Someone is harming or threatening the writer.
  'partner-violence': 'harm-from-others',
  'sexual-assault': 'harm-from-others',
  stalking: 'harm-from-others',
  threat: 'harm-from-others',
  control: 'harm-from-others',
  'unsafe-home': 'harm-from-others',
  // Someone else's crisis, told by the writer.
  'other-overdose': 'someone-else',
  'other-attempt': 'someone-else',
  'other-death': 'someone-else',
  'other-disclosure': 'someone-else',
  'other-self-harm': 'someone-else',
  // Someone placed under suicide or self-harm observation by their care team ("bed 4 placed on suicide watch"): a clinician's
  // judgement of risk, never everyday talk, so the learned opinion (learned/opinion.ts `vetoable`) does not veto it.
  'other-observed': 'someone-else',
  // Someone the writer serves said they would kill themselves, quoted or reported ("mi cliente puso 'ya me voy a quitar la
  // vida'", "my client said she is going to kill herself"): never everyday talk, so not vetoable either.
  'other-said': 'someone-else',
} as const satisfies Record<string, CrisisRoute>;

export type ConceptId = keyof typeof conceptRoutes;

/** The route a concept id leads to; undefined for hints, frames and learned ids. */
export const routeOfConcept = (concept: string): CrisisRoute | undefined => (conceptRoutes as Record<string, CrisisRoute>)[concept];

/**
 * Hints: words that are everyday alone ("tonight", "on the bridge", "wrote a note", "bought rope",
 * "made a plan", "when I'm gone") and become a concept only beside the writer's own risk in the same
 * message, or beside each other. `needs: 'action'` asks for thoughts of killing oneself, a method,
 * intent or a plan (a wish to be dead "today" stays possible); `needs: 'own'` for any own-risk concept;
 * `needs: 'sign'` never for own risk alone, only beside another hint ("rn" with "on the bridge").
 * `kind` says how hints combine without any own risk: last words ("this is my last message") are urgent alone
 * unless a trip, a move or a time ahead makes them an everyday leaving; finality ("whoever finds this", "my last night")
 * beside any other sign is urgent; absence ("won't be around", "not coming back") beside any sign but a
 * time is; an act (letters, rope, pills counted, on the ledge) beside
 * a time, a goodbye or a different act is; settling affairs (a will, a car sold) counts as an act
 * except beside a time alone ("sold my car today"); a goodbye or a plan beside a time is an everyday
 * plan ("the plan for tonight", "saying goodbye today").
 */
export type HintKind = 'act' | 'settle' | 'weak' | 'time' | 'final' | 'absence' | 'last';

export const hints: Record<string, { becomes: ConceptId; needs: 'action' | 'own' | 'sign'; kind: HintKind }> = {
  timing: { becomes: 'intent', needs: 'action', kind: 'time' },
  // "rn", "looking down", "engine running": the present moment, which only counts beside a means or a place.
  present: { becomes: 'acting-now', needs: 'sign', kind: 'time' },
  place: { becomes: 'acting-now', needs: 'own', kind: 'act' },
  'means-hint': { becomes: 'method', needs: 'own', kind: 'act' },
  'preparation-hint': { becomes: 'preparation', needs: 'own', kind: 'settle' },
  // "deleted my tiktok": closing one's online life is everyday said bare (apps are deleted every day; read.ts `bareSign`);
  // beside own risk, a goodbye or another act it is a preparation, like any affairs settled.
  'accounts-hint': { becomes: 'preparation', needs: 'own', kind: 'settle' },
  'taken-hint': { becomes: 'acting-now', needs: 'own', kind: 'act' },
  'plan-hint': { becomes: 'plan', needs: 'own', kind: 'act' },
  'plan-talk': { becomes: 'plan', needs: 'own', kind: 'weak' },
  'farewell-hint': { becomes: 'preparation', needs: 'own', kind: 'act' },
  'goodbye-hint': { becomes: 'preparation', needs: 'own', kind: 'weak' },
  calm: { becomes: 'preparation', needs: 'own', kind: 'weak' },
  // A low check-in ("1/5", "0.", "/pc-mood awful") or "not ok" as a reply: distress that only counts beside another sign.
  'low-mood': { becomes: 'hopelessness', needs: 'sign', kind: 'weak' },
  finality: { becomes: 'preparation', needs: 'own', kind: 'final' },
  'last-words': { becomes: 'preparation', needs: 'own', kind: 'last' },
  absence: { becomes: 'preparation', needs: 'own', kind: 'absence' },
  // "he thinks im just being organized", "she agreed without asking why": others who do not know what a preparation is for.
  'unknowing-hint': { becomes: 'preparation', needs: 'own', kind: 'absence' },
};

export const ownRisk: ReadonlySet<string> = new Set(Object.entries(conceptRoutes).filter(([, route]) => route === 'imminent' || route === 'possible').map(([id]) => id));

/** Whether any of `concepts` was found. */
export function someIn(found: ReadonlySet<string>, concepts: ReadonlySet<string>): boolean {
  for (const concept of found) if (concepts.has(concept)) return true;
  return false;
}

/** Own-risk concepts that a time turns imminent (a wish to be dead "today" stays possible). */
export const actionConcepts: ReadonlySet<string> = new Set(['suicidal-thoughts', 'method', 'intent', 'plan']);

/** Own-risk concepts as they read when someone else is the one at risk. */
const asSomeoneElse: Partial<Record<string, ConceptId>> = {
  method: 'other-disclosure',
  plan: 'other-disclosure',
  intent: 'other-disclosure',
  preparation: 'other-disclosure',
  'acting-now': 'other-attempt',
  'wish-dead': 'other-disclosure',
  'suicidal-thoughts': 'other-disclosure',
  'self-harm': 'other-self-harm',
  hopelessness: 'other-disclosure',
  burden: 'other-disclosure',
};

/** Own words of suicide: intent or thoughts of killing oneself, in words no idiom or errand shares. */
const ownWordsOfSuicide: ReadonlySet<string> = new Set(['intent', 'suicidal-thoughts']);

/**
 * The concepts an own-risk concept reads as when someone else said it or is the one at risk. Own words of suicide said by
 * someone the writer serves ("mi cliente puso 'ya me voy a quitar la vida' en la hoja de entrada") are also `other-said`,
 * which the learned opinion never vetoes; said by a teenager or a coworker they are vetoable like any disclosure ("my kid said
 * 'i'm literally going to die'" is hyperbole the learned opinion knows).
 */
export function asSomeoneElses(concept: string, servedSaidIt: () => boolean): ConceptId[] {
  const theirs = asSomeoneElse[concept] ?? 'other-disclosure';
  return ownWordsOfSuicide.has(concept) && servedSaidIt() ? [theirs, 'other-said'] : [theirs];
}

export const routePriority: CrisisRoute[] = ['imminent', 'possible', 'harm-from-others', 'someone-else'];
