import { inflect } from './inflect.js';

/**
 * Someone else's crisis a helper tells sideways (notation in ../../patterns.ts; joined to the other someone-else
 * files by ../en.ts): the same control, confinement and cover stories the writer's own harm is told with
 * (harm-told-sideways.ts), landing on her, him or them; a goodbye sent with no noun after it, beside a phone gone quiet.
 */
export const othersHarmedToldSideways: Record<string, string[]> = {
  'other-disclosure': [
    // Held by someone: "her son takes her social security and locks her in the bedroom", "keeps her ID and makes her work".
    `@agent _ ${inflect('take:took:taken keep:kept hold:held hide:hid:hidden')} _ her|his|their _ social+security|ssi|pension|check|benefits|id|passport|papers|documents|paycheck|wages|phone`,
    `${inflect('lock')} _ her|him|them _ in _ the|her|his|their|a _ room|bedroom|closet|basement|garage|house`,
    `${inflect('make:made force')}|forcing _ her|him|them _ to? _ sell _ herself|himself|themselves|her+body|his+body`,
    `${inflect('make:made force')}|forcing _ her|him|them _ to? _ do _ sexual|sex _ things|stuff|acts`,
    `${inflect('make:made force')}|forcing _ her|him|them _ to? _ work _ every|all|for+free|without+pay`,
    `${inflect('get:got')}|getting _ into|in _ bed _ with _ her|him|them`,
    'not|never _ letting|let|lets _ her|him|them _ eat|sleep|leave|see|call _ for|unless|until',
    // The cover story for a mark: "says she walked into a cabinet", "said he fell down the stairs again".
    'says|said|claims|claimed _ she|he|they _ walked+into|ran+into|fell+into _ a|the _ door|cabinet|wall|cupboard|doorframe',
    `${inflect('show:shown come:came')}|showed+up|came+in|came+over _ with _ a|another _ black+eye|split+lip|busted+lip _ again`,
    // Wanted dead by someone: "his cellmate's brother wants him dead".
    'wants|want|wanted _ him|her|them _ dead _ and|because|over|for|since|after|now|so',
    // A goodbye sent or posted with no noun after it, then silence: "texted me goodbye and her phone is off now".
    `@other|@carer|bestie|sponsee|mentee _ __ ${inflect('text send:sent post message')}|dmd _ me? _ a? _ goodbye __ phone|not+answering|no+answer|no+reply|not+picking|cant+reach|can+not+reach|911|police|location`,
    // Marks shown or posted: "keeps posting her fresh cuts", "showed me his new burns".
    `${inflect('post show:shown send:sent')}|posting|showing|sending _ me? _ her|his|their _ fresh|new|deep _ cuts|burns|wounds`,
    // Hospital after the act: "in the ICU after an OD", "she's in the ICU, she tried again".
    'in _ the? _ icu|er|hospital _ after _ an|a|another|her|his _ od|overdose|attempt',
  ],
};
