import type { Hit } from './match.js';
import type { Sentence } from './tokens.js';

/**
 * "gave my partner my passcode so she can check my emails": a key, a card or a login the writer handed over for
 * someone to do a thing with it is a sharing, not control. Read where the control's own words stand beside "so (that)
 * … can/could …": the giving just before the purpose, or the use inside it ("so she can check my emails"). Never where the
 * sentence says the writer was made to ("he made me give him my pin so he can check my account", "she forces me to…"),
 * and never for a use that is itself control ("so he can track me").
 */
export function sharedForUse(sentence: Sentence, hit: Hit): boolean {
  if (hit.concept !== 'control' || madeTo(sentence)) return false;
  if (askedWhomToGive(sentence, hit)) return true;
  const soAt = sentence.findIndex((token) => token.norm === 'so');
  // Only what the writer handed over: "he has my passcode so he can check my emails" is no sharing.
  if (soAt === -1 || !sentence.some((token, i) => i < soAt && giving.has(token.lemma))) return false;
  // The giving, with the purpose right after it: "…my passcode so she can…" ("so", then a doer and "can"/"could" within three words).
  if (sentence[hit.end]?.norm === 'so') {
    const modalAt = modalWithin(sentence, hit.end + 1);
    if (modalAt !== -1) return everydayUse.has(sentence[modalAt + 1]?.lemma ?? '');
  }
  // The use, inside the purpose: "so she can check my emails" (the agent, then the modal, open the hit).
  const before = hit.start - 1;
  const opensPurpose = sentence[before]?.norm === 'so' || (sentence[before]?.norm === 'that' && sentence[before - 1]?.norm === 'so');
  return opensPurpose && modal.has(sentence[hit.start + 1]?.norm ?? '') && everydayUse.has(sentence[hit.start + 2]?.lemma ?? '');
}

/**
 * "who do i give my keys to", "who should i leave my spare key with": the writer, asking whom to hand a thing to, is the one who
 * gives it; no one takes it. (Beside risk, the giving is a preparation, read by its own hint.) "who do i give my paycheck to if he
 * takes it anyway" is still asked by the writer; "he made me give him my pin" is compulsion, read above.
 */
function askedWhomToGive(sentence: Sentence, hit: Hit): boolean {
  const verbAt = hit.start;
  if (!giving.has(sentence[verbAt]?.lemma ?? '') && sentence[verbAt]?.lemma !== 'leave') return false;
  // The writer right before the verb, maybe after a modal: "do i give", "should i give", "do i have to give" is compulsion (madeTo).
  const writerAt = sentence.slice(Math.max(0, verbAt - 3), verbAt).findIndex((token) => token.norm === 'i');
  if (writerAt === -1) return false;
  // The question opens the sentence with whom it is asked of: "who", "whom", "which of you", "who should".
  return sentence.slice(0, verbAt).some((token) => asking.has(token.norm));
}

const asking: ReadonlySet<string> = new Set(['who', 'whom', 'whoever', 'which']);

/** "made me", "forces me", "had to give": the writer was made to hand it over. */
function madeTo(sentence: Sentence): boolean {
  return sentence.some((token, i) => compulsion.has(token.norm) || (token.norm === 'to' && obliged.has(sentence[i - 1]?.norm ?? '')));
}

function modalWithin(sentence: Sentence, from: number): number {
  for (let i = from; i < Math.min(sentence.length, from + 4); i++) if (modal.has(sentence[i]!.norm)) return i;
  return -1;
}

const giving: ReadonlySet<string> = new Set(['give', 'hand', 'share', 'lend', 'send', 'tell', 'text']);
const obliged: ReadonlySet<string> = new Set(['have', 'has', 'had', 'got', 'gotta']);
const modal: ReadonlySet<string> = new Set(['can', 'could']);
const compulsion: ReadonlySet<string> = new Set(['made', 'makes', 'make', 'forced', 'forces', 'force', 'demands', 'demanded', 'insists', 'insisted', 'threatened', 'threatens']);
/** Everyday things done with a shared login or card; never watching, tracking or taking. */
const everydayUse: ReadonlySet<string> = new Set(['check', 'see', 'get', 'use', 'pay', 'grab', 'pick', 'feed', 'order', 'book', 'fix', 'unlock', 'answer', 'help', 'cover', 'log', 'access', 'sort', 'update', 'water', 'walk', 'download', 'back', 'print', 'reply', 'text', 'call', 'find', 'let']);
