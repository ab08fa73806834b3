/**
 * Phrases that point to risk. Broad on purpose: the sources agree a false alarm costs one gentle
 * message and a miss can cost far more (notes/safety.md: Samaritans' warning phrases, VERA-MH).
 * Each pattern has a stable id so logs can say which rule fired without repeating anyone's words.
 */
export interface RiskPattern {
  id: string;
  pattern: RegExp;
}

const I = String.raw`(?:i|i'm|im|i am|i've|ive|i have|i'd|id|i would|i will|i'll|ill)`;

/** Risk to the writer themselves, including passive ideation and slang. */
export const selfRiskPatterns: RiskPattern[] = [
  { id: 'suicide', pattern: /\bsuicid(?:e|al|ality)\b|\bsewer ?slide\b|\bsui\b/ },
  { id: 'kill-self', pattern: /\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|off|offing|hang|hanging|end|ending) (?:my ?self|myself)\b|\bkms\b/ },
  { id: 'self-harm', pattern: /\bself[- ]?harm(?:ing|ed)?\b/ },
  { id: 'unalive', pattern: /\bunaliv(?:e|ing)\b/ },
  { id: 'end-life', pattern: /\b(?:end|ending|take|taking) (?:my|my own) life\b|\bend (?:it all|everything|things)\b|\bending it all\b/ },
  { id: 'want-to-die', pattern: /\b(?:want|wanna|wanted|ready|going|planning) to die\b|\bwish (?:i|i'd) (?:was|were|had) (?:dead|never been born|not born)\b|\bbetter off dead\b|\bready to go\b(?! home| out| to)/ },
  {
    id: 'not-want-to-live',
    pattern: /\b(?:don't|do not|dont|no longer) (?:want|wanna) (?:to )?(?:live|be alive|be here|exist|wake up|go on|keep going)\b|\bnot sure (?:i|if i) (?:want|can) (?:to )?(?:live|be here|go on|keep going)\b|\bwant to disappear\b|\bdone with (?:life|living|it all|everything)\b|\bgive up on (?:life|living|everything)\b/,
  },
  {
    id: 'no-reason',
    pattern: /\bno (?:reason|point) (?:to|in) (?:keep )?(?:live|living|going on|carry on|carrying on|being here)\b|\bwhat's the point of (?:living|anything|going on)\b|\bnothing (?:left )?to live for\b/,
  },
  { id: 'cannot-go-on', pattern: /\bcan(?:'t|not|t) (?:go on|keep going|carry on|take (?:it|this) any ?more|do this any ?more|do it any ?more)\b/ },
  {
    id: 'burden',
    pattern: new RegExp(
      String.raw`\b(?:${I}|(?:i )?feel(?:ing)? like(?: i'm| im| i am)?) (?:just |only |nothing but )?(?:a|such a|a big|a huge) burden\b|\b(?:being|${I}) (?:a )?burden (?:to|on) (?:everyone|everybody|my|others|people|you)\b|\b(?:better off|happier) without me\b`,
    ),
  },
  { id: 'not-here', pattern: /\b(?:no ?one|nobody) would (?:notice|care|miss me)\b|\bif i (?:wasn't|weren't|was not|were not) (?:here|around|alive)\b|\bif i (?:disappeared|was gone|were gone)\b/ },
  { id: 'sleep-forever', pattern: /\b(?:sleep|go to sleep) (?:forever|and never wake up|and not wake up)\b|\bnot wake up\b|\bnever wake up\b|\bdisappear (?:forever|for good)\b/ },
  { id: 'dead-inside', pattern: /\b(?:feel|feeling|am|i'm) (?:dead inside|empty and hopeless|hopeless)\b/ },
  { id: 'method', pattern: /\b(?:how many|enough) (?:pills|tablets)\b|\blethal dose\b|\boverdos(?:e|ed|ing)\b|\bjump (?:off|from) (?:a|the) (?:bridge|roof|building)\b|\bhow to (?:kill|hang|end) \b|\bpainless way to\b/ },
  { id: 'other-languages', pattern: /\b(?:quiero morir(?:me)?|matarme|suicidarme|je veux mourir|me tuer|me suicider|ich will (?:nicht mehr leben|sterben)|mich umbringen|selbstmord|suizid)\b/ },
];

/** Harm from other people: abuse, threats, not being safe. */
export const harmFromOthersPatterns: RiskPattern[] = [
  { id: 'abuse', pattern: /\b(?:he|she|they|my (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mom|mother|parent|boss))(?: keeps| has| have)? (?:hits?|hitting|beats?|beating|beat|chok(?:es|ed|ing)|strangl(?:es|ed)|rap(?:es|ed)|hurts? me|hurting me|threaten(?:s|ed|ing)? (?:me|to kill|to hurt))\b/ },
  { id: 'unsafe', pattern: /\b(?:i'm|i am|im|i don't feel|i dont feel|not) (?:safe at home|being (?:abused|hurt|threatened|stalked))\b|\bnot safe at home\b|\bafraid (?:he|she|they)(?:'ll| will| might) (?:hurt|kill) me\b|\bdomestic (?:violence|abuse)\b|\bkys\b/ },
];

/** Someone the writer supports or knows: a client, a peer, "she", "he". */
export const someoneElse = /\b(?:a|my|the|one of my|our) (?:client|clients|peer|peers|participant|person i support|people i support|member|service user|patient|friend|colleague|coworker|co-worker)\b|\b(?:she|he|they) (?:told|said|mentioned|disclosed|shared|talked about|is|was|has|tried|attempted)\b/;

/** Risk words as they appear when someone talks about another person's crisis. */
export const thirdPartyRisk = /\bsuicid|\bkill(?:ed|ing)? (?:him|her|them)sel(?:f|ves)\b|\boverdos|\bself[- ]?harm|\bend(?:ed|ing)? (?:his|her|their) (?:own )?life\b|\b(?:wants|wanted|want) to die\b|\bhurt(?:ing)? (?:him|her|them)sel(?:f|ves)\b|\btook (?:his|her|their) (?:own )?life\b/;

/** First-person markers: is the writer speaking about themselves? */
export const firstPerson = /\b(?:i|i'm|im|i've|ive|me|my|myself|i'd|i'll)\b/;

/**
 * Everyday idioms that borrow the words of risk. A match inside one of these is not counted.
 * Only the idiom span is removed, so "this deadline is killing me and I want to die" still fires.
 */
export const idioms: RegExp[] = [
  /\b(?:is|are|was|were|it's|its|that's|thats|this is|deadline|deadlines|work|job|traffic|commute|heat|feet|back|kids|meeting|meetings|week|day|shift|inbox|email|emails|noise|boss|weather|exam|exams|boots|shoes|hangover|headache) (?:is |are |was |were |)(?:killing|gonna kill|going to kill) me\b/g,
  /\b(?:dying|dead|died) (?:of|from|with) (?:laughter|laughing|embarrassment|boredom|curiosity|hunger|thirst|shame)\b/g,
  /\b(?:dying|dyin) (?:to|for) (?:see|know|try|hear|meet|read|get|have|go|tell|a|an|some|my)\b/g,
  /\b(?:bored|scared|worried|tired|sick|freezing|frozen|starving) to death\b/g,
  /\bto die for\b/g,
  /\b(?:could|would|i'd|id) (?:kill|murder) (?:for|someone for) (?:a|an|some)\b/g,
  /\bkill(?:ed|ing)? it\b/g,
  /\b(?:dead|totally dead|so dead) (?:tired|on my feet|beat|serious|wrong|right|easy|quiet)\b/g,
  /\bi'd (?:rather|sooner) die than\b|\bi would (?:rather|sooner) die than\b/g,
  /\b(?:my|the) (?:phone|laptop|battery|car|plant|plants|printer|wifi|computer|game|character) (?:is |was |just |)(?:dead|died|dying)\b/g,
  /\bsuicide (?:squad|doors|prevention training|prevention week|awareness|prevention)\b/g,
  /\boverdose (?:prevention|awareness|response|training|kits?)\b/g,
  /\b(?:me muero de risa|muerta de cansancio|muerto de cansancio|mort de rire|morte de rire|mordshunger|todmude|totmude)\b/g,
  /\bdrop ?dead gorgeous\b/g,
  /\bover my dead body\b/g,
  /\bkill (?:time|the lights|the engine|the music|a process|the process|the app|the bug)\b/g,
];

/** Words that turn a phrase around when they come just before it in the same clause. */
export const negation = /\b(?:not|never|no|don't|dont|do not|didn't|didnt|won't|wont|wouldn't|wouldnt|isn't|isnt|am not|i'm not|im not|without|nothing like)\b[^,]{0,30}$/;
