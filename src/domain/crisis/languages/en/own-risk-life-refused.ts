/**
 * English own risk said as a life weighed and refused, in a queer peer room's words (branch t-en98; notation in
 * ../../patterns.ts, joined by ../en.ts):
 * - a life refused if this is all of it ("if this is all there is, i don't want it", "if this is what life is, count me out");
 *   the words must end the clause, so "if this is all there is to eat, i don't want it" stays a meal;
 * - dark humour named as the last thing left ("dark humor is all i've got left", "jokes are the only thing keeping me going"):
 *   despair, and it says the laugh beside it is no cover (the `serious` list below, spread into frames.ts);
 * - others spared the writer, wished ("nobody would have to deal with me", "everyone would be better off not dealing with
 *   me"): a burden; "nobody will have to deal with me" said as decided stays an absence (own-risk-hints.ts).
 * test/unit/domain/crisis/life-refused-and-humor-left-98.test.ts holds each beside its look-alikes.
 */
const darkHumor = 'dark+humor|dark+humour|dark+jokes|gallows+humor|gallows+humour|the+jokes|jokes|memes|shitposting|humor|humour';

const fellAsleepForGood = 'if|when i _ just|simply? fell|fall|went|go|drifted _ asleep|to+sleep|off ,? and that|it was|would+be|d+be|is|s it|the+end';

export const ownRiskLifeRefused: Record<string, string[]> = {
  'wish-dead': [
    // "if this is all there is, i don't want it", "if this is all life is i dont want any of it".
    'if this|that|this+life|life is|s all there+is|life+is|it+is|it+gets|i+get|there+will+ever+be ,? i|then+i do+not|dont want it|any+of+it|this|more|no+part+of+it',
    'if this|that is|s all there+is|life+is|it+is|it+gets|i+get ,? count|then+count me out',
    'if this|that is|s what life|living|adulthood|the+rest+of+my+life is|looks+like|is+going+to+be ,? i|then+i do+not|dont want it|any+of+it|more',
    // Sleep that would be the end, not minded: "wouldn't mind if i just fell asleep and that was it".
    `would+not|wouldnt|do+not|dont|not mind|care _ ${fellAsleepForGood}`,
    `wish|nice|fine|okay|ok|peaceful _ ${fellAsleepForGood}`,
    // A slang joke that stopped being one: "\"i'm deceased\" used to be a joke for me, lately i wish it wasn't".
    'used+to+be|was|was+always|started+as _ a|just+a|only+a _ joke __ ,? lately|now|but|and+now|these+days _ i? _ wish|wishing|want _ it _ was+not|wasnt|were+not|werent|was+real|were+real',
  ],
  hopelessness: [
    // "whats the point of fighting for a future where...", "what's the point of surviving".
    'what+is|whats|what+s the point of|in fighting|surviving|staying|sticking+around|going+on|trying for a|any|my future',
    // The world with no room for the writer: "the world just doesn't have room for people like me".
    'world|earth|planet|society|country _ just|even|really? _ does+not|doesnt|has+no|have+no|isnt|is+not _ have|got? _ room|space|place _ for _ people+like+me|someone+like+me|us|me',
    // "dark humor is all i got left", "memes are the only thing i have left".
    `${darkHumor} is|are|s all|the+only+thing|the+only+things _ i|im _ have|got|have+got _ left|anymore`,
  ],
  burden: [
    // Space the writer takes, to be given up: "maybe i should stop taking up space" (not "on the couch" or "in the garage").
    'i _ should|could|want+to|wanna|need+to|ought+to|better _ just|finally? _ stop _ taking _ up _ space|room|oxygen|air',
    // A wish that others be spared: "...and nobody would have to deal with me", "so no one would have to put up with me".
    'nobody|no+one|noone|everyone|everybody _ would|wouldnt|would+not|could _ have+to|need+to|ever+have+to|be+better+off+not _ deal|put+up|worry|clean _ with+me|about+me|after+me|up+after+me',
  ],
};

/** Dark humour named as what is left: the laugh beside it is no cover (joined to frames.ts `serious`). */
export const humorAsLastThing: string[] = [`${darkHumor} is|are|s all|the+only+thing _ i|im _ have|got|have+got _ left|anymore`, 'laughing|joking _ so|to+keep _ i+do+not|i+dont|from _ cry|crying|losing+it'];
