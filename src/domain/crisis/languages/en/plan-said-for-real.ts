/**
 * A time said "for real" (branch t-en106; notation in ../../patterns.ts): "catching the bus tonight for real", "ending it
 * tomorrow fr" are urgent because of the act beside them, while "going to bed at 9 tonight for real" is a plan for the evening.
 * So "tonight fr" is plan talk (concepts.ts: a plan only beside own risk or another sign), no longer intent by itself.
 */
export const planSaidForReal: Record<string, string[]> = {
  'plan-talk': ['tonight|tomorrow _ for+real|fr'],
  // kms is read as slang alone until the whole message is read (read.ts), after plan talk has been weighed, so "kms tonight fr"
  // says its intent in one pattern, as it did before.
  intent: ['kms|kmn|kmsl|kmys|kts _ tonight|tomorrow|tn|tmrw _ for+real|fr'],
};
