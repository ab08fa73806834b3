/**
 * English frames a sign's own words take back (notation in ../../patterns.ts): a screening question answered no
 * (asked-and-denied.ts: "asked if i had thoughts of suicide and i said no"), a window on the ground floor (no-height.ts), the
 * question a training quotes (topic-talk.ts), a relative's threat over small stakes (petty-threat.ts).
 * Part of `englishFrames` (frames.ts).
 */
import type { Lexicon } from '../../lexicon.js';

export const englishFramesOfAsking: Pick<Lexicon['frames'], 'askedIf' | 'saidNo' | 'notSo' | 'groundLevel' | 'window' | 'toYou' | 'saidYes' | 'pettyStakes' | 'scolder' | 'killMe' | 'littleDoer'> = {
  // The question put to the writer: "asked if", "asked me whether", "asks about", "been asked by my therapist if".
  askedIf: ['ask|asked|asks|asking _ if|whether|about', 'screened|checked _ me? _ for'],
  // The writer's answer: "i said no", "honestly said no", "told her no", "the answer was no", "honestly no", "nope".
  saidNo: [
    'said|say|says|answered|answer|told+her|told+him|told+them|replied|reply _ no|nope',
    'answer _ was|is _ no',
    'honestly|truthfully|genuinely no|nope',
    'nope|nah',
  ],
  // The answer taken back after it: a lie owned, a turn ("i said no but..."), a yes.
  notSo: ['lied|lie|lying|liar|but|though|although|yes|yeah|yep|actually'],
  // A jump from a window on the ground floor (no-height.ts): "(i'm on the ground floor)", "we're on the first floor lol".
  groundLevel: ['ground|first|1st|bottom|street|main floor|level', 'ground level', 'basement|bungalow|one+story|single+story', 'floor _ 1|one'],
  window: ['window|windows|balcony'],
  // The question a training practises, quoted after it: "'are you thinking about suicide?'", "'do you have a plan?'".
  saidYes: ['yes|yeah|yep|yup|ya+i+am|i+do|i+am|i+have'],
  // A threat over small stakes by a relative or a boss (petty-threat.ts): "if i show up without the potato salad".
  pettyStakes: [
    'potato+salad|casserole|dessert|pie|cake|the+dip|the+salad|the+food|the+rolls|the+turkey|the+ham|leftovers|snacks|cookout|bbq|barbecue|potluck|reunion|birthday|dinner|brunch|thanksgiving|christmas|recital|graduation|party|fantasy|playoffs|late|on+time',
  ],
  // Never a partner or an ex: "he", "my husband", "my bf" are no scolders.
  scolder: ['grandma|grandpa|granny|nana|mamaw|papaw|auntie|aunt|tia|uncle|mom|mum|mama|momma|dad|pops|sister|sis|brother|cousin|boss|manager|supervisor|sponsor|coach|teacher|roommate|bestie|mil|daughter|son|kid|niece|nephew|grandson|granddaughter'],
  // A small child or a pet as the doer (little-doer.ts): "my toddler locked me out on the balcony".
  littleDoer: ['toddler|toddlers|bub|bubba|1yo|2yo|3yo|4yo|puppy|dog|cat|kitten|hamster', 'one|two|three|four _ year+old|yr+old|yo'],
  killMe: ['kill|murder|strangle|end me'],
  toYou: ['are|do|have|were|did you', 'r|do u'],
};
