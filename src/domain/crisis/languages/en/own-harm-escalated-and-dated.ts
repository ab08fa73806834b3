/**
 * English own risk said by recovery peers (batch 107; notation in ../../patterns.ts, joined by ../en.ts): self-harm
 * escalated on purpose ("tonight im going deeper", "gonna cut deeper this time": `plan-talk`, which counts only beside the
 * writer's own risk, so "going deeper into the material tonight" stays everyday); razors or blades whose everyday use is
 * denied ("bought a new pack of razors. not for shaving": a means, the denial read by ../../use-denied.ts so the idiom of
 * shaving does not explain it away); and a date the writer will not live past ("have a date picked. the 14th. i'm not
 * making it past that": finality, urgent only beside another sign).
 */
export const ownHarmEscalatedAndDated: Record<string, string[]> = {
  'plan-talk': [
    'going+to|gonna|goin+to|will _ go|cut _ deeper|way+deeper|deep+this+time|further+this+time',
    'going|cutting _ deeper|way+deeper',
  ],
  'means-hint': [
    'razors|razor|blades|blade|box+cutter|exacto|xacto _ __ not|nothing|arent|isnt _ for _ shaving|my+legs|my+face|crafts|art|work|cooking|the+garden',
    // Told in a sentence of its own after the buying: "bought a new pack of razors today. not for shaving."
    'not|nothing|arent|isnt _ for _ shaving',
  ],
  finality: [
    // Words side by side: "im not meant to make it past this year" is a feeling, not a date set (possible risk).
    'i+am|im|i not|never|will+not|wont making|make|gonna+make|going+to+make it past that|then|the+date|the+day|that+day|that+date',
  ],
};
