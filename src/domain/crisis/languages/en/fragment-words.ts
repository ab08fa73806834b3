import type { FragmentWords } from '../../fragments.js';

/** The body felt going under, said bare beside an act ("already in the water. its so cold", "took them. head spinning"). */
const bodyGoingUnder = ['so cold', 'it is so cold', 'it is cold', 'freezing', 'it is freezing', 'so dizzy', 'dizzy', 'head spin', 'head spinning', 'my head is spinning', 'it hurts', 'stomach hurts', 'it burns', 'so sleepy', 'numb'];

/** English words for messages of bare fragments (fragments.ts): pieces that are a sign only when they stand bare, the glue a piece may hold beside its signs, days that may open a piece, and words of this very moment. */
export const englishFragmentWords: FragmentWords = {
  pieces: {
    place: ['bridge', 'roof', 'rooftop', 'ledge', 'tracks', 'train tracks', 'overpass', 'cliff', 'garage', 'river', 'the lake', 'parking garage', 'top floor'].flatMap((place) => [place, `the ${place}`, `on the ${place}`, `at the ${place}`, `in the ${place}`]),
    taken: ['took them', 'took them all', 'took it all', 'took all of them', 'took everything', 'took the pills', 'swallowed them', 'swallowed them all', 'swallowed everything', 'swallowed it all', 'all of them', 'pills in', 'pills taken', 'bottle empty', 'bottle is empty', 'whole bottle', 'the whole bottle', 'i took them', 'i took them all', 'i took it', 'i swallowed it', 'already took them', 'i did it', 'did it'],
    present: ['car running', 'engine running', 'motor running', 'engine on', 'rope is up', 'rope up', 'rope ready', 'noose ready', 'knot tied', 'gun loaded', 'it is loaded', 'blade ready', 'looking down', 'standing on the edge', 'on the edge', 'jumping', 'jumping now', 'going in', 'going over', 'going under', 'in the water', 'already in the water'],
    // "after my shift. thats when": a time, then the plan referred back to with nothing named ("thats when we'll do cake" names it).
    plan: ['that is when', 'that is the day', 'that is the night', 'that is my date', 'that is the date', 'decided', 'it is decided', 'already decided', 'i decided', 'i have decided', 'i am decided', 'mind made up', 'made up my mind', 'no turning back'],
    // Keeping people away counts as being gone: "door locked. dont call", "nobody come looking".
    gone: ['do not call', 'please do not call', 'nobody come looking', 'do not come looking', 'do not look for me', 'do not try to find me', 'not coming home', 'not coming back', 'i am not coming back', 'i am not coming home', 'will not be back', 'no coming back'],
    // A goodbye to the whole group is a farewell, not a "bye" to one person ("goodbye circle. tonight", "goodbye everyone. thank you").
    forever: ['forever', 'for good', 'for real this time', 'this time for real', ...['goodbye', 'bye', 'farewell'].flatMap((bye) => ['everyone', 'everybody', 'circle', 'all', 'you all', 'y all', 'yall', 'friends', 'guys'].map((all) => `${bye} ${all}`))],
    afraid: ['i am scared', 'scared', 'so scared', ...bodyGoingUnder],
    means: ['pills', 'the pills', 'my pills', 'rope', 'the rope', 'the gun', 'the knife', 'the blade', 'razor', 'the razor', 'noose'],
    goodbye: ['sorry', 'i am sorry', 'so sorry', 'goodbye', 'bye', 'love you all', 'i love you all', 'it is done', 'done', 'it is time', 'time to go', 'done with everything', 'done with it all', 'forgive me', 'it is ok', 'it is okay', 'it is fine', 'do not cry', 'do not worry', 'tell her i tried', 'tell him i tried', 'tell them i tried', 'tell mom i love her', 'tell my mom i love her', 'thank you for everything', 'thanks for everything', 'take care of mom', 'take care of my dog', 'not your fault', 'it is not your fault'],
    sealed: ['door locked', 'doors locked', 'door is locked', 'note written', 'note is written', 'note left', 'letters written', 'phone off', 'everything paid', 'bills paid', 'affairs in order', 'will signed'],
    time: ['tonight', 'today', 'now', 'right now', 'rn', 'tn', 'tomorrow', 'this morning', 'midnight'],
    day: ['before anyone is up', 'before everyone wakes up', 'before anyone wakes up', 'at dawn', 'it is tonight', 'it is today', 'tonight is the night', 'today is the day', 'tonight it is', 'today it is', 'it is now', 'it is happening', 'after everyone is asleep', 'when everyone is asleep', 'tonight after everyone is asleep', 'when they are asleep', 'after they fall asleep', 'after the kids sleep', 'tonight after the kids sleep'],
  },
  glue: new Set(['ok', 'okay', 'i', 'am', 'is', 'are', 'it', 'the', 'a', 'an', 'my', 'me', 'you', 'so', 'just', 'now', 'already', 'all', 'this', 'that', 'and', 'to', 'of', 'at', 'on', 'in', 'here']),
  leadingTimes: new Set(['tonight', 'today', 'tomorrow', 'morning', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']),
  now: new Set(['now', 'rn']),
};
