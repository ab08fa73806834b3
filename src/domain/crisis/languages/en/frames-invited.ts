import type { Lexicon } from '../../lexicon.js';

/**
 * Others invited along ("anyone wanna come", "who's in", "lmk if yall are down"): a place and a time told with an
 * invitation are an outing, never urgent by themselves (read.ts). Said beside the writer's own risk they count as ever.
 */
export const englishFramesOfInviting: Pick<Lexicon['frames'], 'invited'> = {
  invited: [
    'anyone|anybody|who|yall|you+guys _ want+to|wants+to|down+to|trying+to|care+to _ come|join|tag+along|meet+up|roll+through|carpool|hang',
    'who _ is _ in|down|coming|joining',
    'lmk|let+me+know|hmu _ if _ you|anyone|anybody|yall|you+guys _ want|wanna|are+down|re+down|can+make+it',
    'if _ anyone|anybody|yall|you+guys _ wants|want|want+to|is+down|are+down _ to? _ come|join|tag+along',
    'come|join _ us|through',
    'wanna|want+to|wants+to _ come _ with|along',
    'come _ with _ me',
    'all _ welcome',
  ],
};
