/**
 * A night or a day built up as the one, then revealed as a chore or a treat (the `idiom` frame, notation in ../../patterns.ts;
 * branch t-en9497): "tonights the night... that i finally do my laundry", "today is the day i finally clean my room", "tonight's
 * the night we finally watch the finale". The idiom opens at "that", "when", "i" or "we" right after "the night"/"the day", so it
 * is read only where the reveal follows the build-up; "tonights the night. i finally end it", "tonight is the night i finally do
 * it" name no chore and stay intent.
 */
const doing = 'do|clean|wash|fold|finish|tackle|start|watch|beat|try|eat|cook|bake|call|answer|reply+to|sort|organize|organise|fix|return|book|pay|file|submit|text|ask|cut|dye|go+to|sleep|deep+clean|vacuum|binge|play|open|beat';
const chore = 'laundry|dishes|room|taxes|homework|assignment|essay|paper|fridge|closet|inbox|emails|car|bathroom|kitchen|garage|finale|season|series|show|movie|game|boss|level|recipe|pizza|cake|bread|mom|mum|dad|dentist|doctor|bills|rent|hair|bangs|nails|desk|apartment|flat|lease|appointment|application|fafsa|returns|playlist|book|gym|plants|early|8+hours';

export const suspenseRevealed: string[] = [
  `that|when|where i|we finally|actually|will|am+going+to|get+to _ ${doing} _ my|the|our|that|this|a|some|those|these|all+my|all+the? ${chore}`,
  `i|we finally|actually|get+to _ ${doing} _ my|the|our|that|this|a|some|those|these|all+my|all+the? ${chore}`,
];
