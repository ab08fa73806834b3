/**
 * English thoughts of jumping told from the height itself (notation in ../../patterns.ts): "on the overpass by work thinking about
 * jumping", "sitting on the roof, kind of want to jump", "at the top floor of the garage again, thinking of going over".
 * The jump names no place of its own, so only the height said before it makes it a way to die: the writer's thought, which the
 * height told as where they are (`place`) makes urgent. Someone named at the height ("my friend is on the bridge thinking about
 * jumping") is theirs (whose.ts). Water is left out ("at the lake thinking about jumping in"), and so are idioms after the jump
 * ("jumping ship", "jump at the chance": frames-idiom.ts). Told with no "i" it is the writer's, as chat leaves
 * it out; someone else's at the height is reported by name or by "saying" (someone-else-families.ts).
 */
// No cliff, platform or edge: cliff jumping, a diving platform and the edge of a pool are a swim.
const height = 'bridge|overpass|roof|rooftop|ledge|railing|rail|balcony|top+floor|parking+garage|garage+roof|tracks|train+tracks';
// Only words that carry no subject of their own: "he's going to jump", told after the height, is his ("guy on the platform just
// told me he's going to jump"), so "going to", "about to", "could" are left to whose.ts's readings elsewhere.
const thinking = 'thinking+about|thinking+of|think+about|thought+about|thoughts+of|thoughts+about|want+to|wanting+to|tempted+to|urge+to|trying+not+to|wondering+if+i+should';

export const ownRiskAtAHeight: Record<string, string[]> = {
  'suicidal-thoughts': [`on|at|atop|from _ the|a|this|that|my? ${height} __ ,? _ ${thinking} jump|jumping|go+over|going+over|let+go|letting+go|step+off|stepping+off`],
};
