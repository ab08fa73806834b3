/**
 * English imminent risk said in passing at the end of a work week (branch t-en64; notation in ../../patterns.ts, joined to the
 * other own-risk files by ../en.ts). Each is a hint that composes by ../../hint-weights.ts, so the everyday words alone stay quiet:
 * - no plan to be around after a day, the writer its subject ("i don't plan on being around past sunday"): last words, urgent
 *   alone unless a leaving explains it (a new job, a flight home); a clock hour ("after 5 today") is no day, a day off ("won't be
 *   in tomorrow") names no "after";
 * - nothing needed after a day ("won't need any of it past sunday"): finality, urgent beside the time or any other sign;
 * - messages meant for after ("please don't read them early", "don't open it ahead of time"): finality beside the letters or a day;
 * - a day picked with a shrug ("saturday's as good a night as any"): a weak plan, urgent only beside affairs settled or an act.
 * test/unit/domain/crisis/imminent-said-at-week-end.test.ts holds each beside its look-alikes.
 */
const day = 'tonight|tonite|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|this+weekend|the+weekend|this+week|the+holidays|christmas|thanksgiving|then|that';

export const imminentSaidAtWeekEnd: Record<string, string[]> = {
  'last-words': [
    // "not planning to be here after friday", "im not intending to be alive past the weekend": the writer opens the match, so the
    // plain absence read inside it ("not be here after") is this sign (read-sentence.ts reads a sign inside another as that sign).
    `i|am|im _ not|never|no planning|planing|plan|plans|intending|intend|expecting|expect _ to|on be|being here|around|alive _ after|past|beyond ${day}`,
  ],
  finality: [
    // "won't need any of it after sunday", "not going to need a thing past this weekend": nothing at all needed from a day on. The
    // day is left out of the match, so it stays a time of its own beside the ending.
    'not|never|wont _ need|needing anything|any+of+it|any+of+this|any+of+that|a+thing _ after|past|beyond',
    // "please don't read them early", "do not open it ahead of time": words left to be read after.
    'do+not|dont|never open|read|opening|reading them|it|these|those|the+emails|the+letters|the+letter|the+envelope|the+envelopes early|ahead+of+time|before+then',
  ],
  'plan-talk': [
    // "figured sunday night is as good a time as any", "tonight's as good a night as any": a day chosen with a shrug.
    `${day} _ as+good+a|as+good time|day|night|moment|date as+any`,
  ],
};
