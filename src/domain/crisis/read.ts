import { clauseStart, isNegated, isMeant, negatedInside, recentInClause } from './clauses.js';
import { actionConcepts, asSomeoneElse, conceptRoutes, hints, ownRisk, type ConceptId } from './concepts.js';
import { hintRank, hintsAreUrgent } from './hint-weights.js';
import { findHits, frameId, type CompiledLexicon, type Hit, type HitFinder } from './match.js';
import { markQuoted, newQuoteState } from './quotes.js';
import type { Sentence } from './tokens.js';
import { addressesReader, reportedBefore, thingsLocated, hintIsOthers, involvesWriter, mentionsOther, speakerOf, subjectLeftOut, subjectOf, victimOf } from './whose.js';

/**
 * Reads sentences for concepts, each weighed in its context. Returns the concept ids found.
 * `find` is the indexed search; tests pass the exhaustive one to prove both read alike.
 */
export function readConcepts(compiled: CompiledLexicon, sentences: Sentence[], find: HitFinder = findHits): Set<string> {
  const found = new Set<string>();
  const quoteState = newQuoteState();
  const perSentence = sentences.map((sentence) => {
    markQuoted(sentence, compiled.lexicon, quoteState);
    return find(compiled, sentence);
  });
  const messageIsJoke = perSentence.some((hits) => hits.some((hit) => hit.concept === frameId('joke')));
  const serious = perSentence.some((hits) => hits.some((hit) => hit.concept === frameId('serious')));
  const concern = perSentence.some((hits) => hits.some((hit) => hit.concept === frameId('concern')));
  // "he used to hit me and he started again last week": the past has come back, later in the sentence or in the next one.
  const resumedAfter = (index: number, hit: Hit) =>
    perSentence[index]!.some((h) => h.concept === frameId('resumed') && h.start >= hit.end) || (perSentence[index + 1]?.some((h) => h.concept === frameId('resumed')) ?? false);
  // "told them it was for a trip. its not a trip": a denied trip is a cover story, and a quoted one ("see you saturday") is someone else's.
  const leavingHits = perSentence.flatMap((hits, index) => hits.filter((hit) => hit.concept === frameId('leaving')).map((hit) => [hit, sentences[index]!] as const));
  const coverStory = leavingHits.some(([hit, sentence]) => sentence[hit.start]!.pos === 'NOUN' && isNegated(compiled.lexicon, sentence, hit));
  const leaving = !coverStory && leavingHits.some(([hit, sentence]) => !insideQuotes(sentence, hit.start));
  let meant = serious;
  let slangTimeAhead = false;
  let goodbyes = 0;
  let endings = 0;
  // Where times and signs stand in the message, in tokens from its start: a time counts only near a sign.
  const timesAt = new Map<string, number[]>();
  const signsAt: [number, number][] = [];
  // Where the writer takes a sigh back ("es broma", "jk"), in tokens from the message's start; a negated one ("no es broma") is meant.
  const retractedAt: number[] = [];
  let offset = 0;
  for (const [index, sentence] of sentences.entries()) {
    const all = perSentence[index]!;
    const at = offset;
    offset += sentence.length;
    const frames = new Set(all.filter((hit) => hit.concept.startsWith('frame:')).map((hit) => hit.concept));
    for (const hit of all) if (hit.concept === frameId('retract') && !isNegated(compiled.lexicon, sentence, hit)) retractedAt.push(at + hit.start);
    // Stronger signs first, so a sign inside a weaker one keeps its weight ("got it all planned"); then by place,
    // longer first, so the reading never depends on the order a finder reported the hits in.
    const hits = all
      .filter((hit) => !hit.concept.startsWith('frame:'))
      .sort((a, b) => hintRank(a.concept) - hintRank(b.concept) || a.start - b.start || b.end - a.end || (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0));
    if (hits.length === 0) continue;
    // "...thought about ending it. That was six years ago.": a distant past that opens the next sentence is this one's.
    const past = frames.has(frameId('distantPast')) || (perSentence[index + 1]?.some((h) => h.concept === frameId('distantPast') && h.start <= 3) ?? false);
    // "dying sounds better than finishing my ceus": training or a song after "than" is the thing compared, not the topic.
    const thanAt = sentence.findIndex((token) => token.norm === 'than');
    const topical = (kind: 'media' | 'training') => all.some((hit) => hit.concept === frameId(kind) && (thanAt < 0 || hit.start < thanAt || hit.start > thanAt + 3));
    const media = topical('media');
    const training = topical('training');
    const idiomStarts = all.filter((hit) => hit.concept === frameId('idiom')).map((hit) => hit.start);
    // "5 years ago today i tried": a "today" inside a distant past is the anniversary of the writer's own past, not the present;
    // someone else's death on its anniversary ("died two years ago today") is still grief to carry.
    const pastSpans = all.filter((hit) => hit.concept === frameId('distantPast'));
    const recentAll = all.filter((hit) => hit.concept === frameId('recent'));
    const recentAt = recentAll.filter((hit) => !pastSpans.some((span) => span.start <= hit.start && hit.end <= span.end)).map((hit) => hit.start);
    const recentAtAll = recentAll.map((hit) => hit.start);
    // "ready to ask directly about suicide": the risk word as the thing a training asks about.
    const askedAbout = (hit: Hit) => all.some((h) => h.concept === frameId('training') && h.start < hit.start && hit.start < h.end);
    const purposeAt = all.filter((hit) => hit.concept === frameId('purpose')).map((hit) => hit.start);
    const pastTimes = all.filter((hit) => hit.concept === frameId('pastTime'));
    const everydayAt = all.filter((hit) => hit.concept === frameId('everyday')).map((hit) => hit.start);
    const mishapAt = all.filter((hit) => hit.concept === frameId('mishap')).map((hit) => hit.start);
    // "standing on the bridge taking photos of the sunset", "the knife in my hand is for the onions": a means or a place in everyday use nearby.
    const everydayUse = (hit: Hit) => meansOrPlace.has(hit.concept) && everydayAt.some((at) => Math.abs(at - hit.start) <= EVERYDAY_REACH);
    // "5 years sober and i just poured a fifth, the pills are next to me": a means or a place at hand is lifted out of a past told in the
    // sentence by a recent word in its own clause, or standing after the past and before it.
    const meansLiftedFromPast = (hit: Hit) => {
      if (!meansOrPlace.has(hit.concept)) return false;
      const recentOutside = recentAt.filter((r) => r < hit.start || r >= hit.end);
      const pastEnd = Math.max(-1, ...pastSpans.filter((span) => span.end <= hit.start).map((span) => span.end));
      return recentInClause(compiled.lexicon, sentence, hit, recentOutside) || (pastEnd >= 0 && recentOutside.some((r) => r >= pastEnd && r < hit.start));
    };
    const hintSpans: Hit[] = [];
    // "j died by suicide", "attempted suicide last night": own-risk words inside someone else's death or attempt.
    // "cut her wrists", "fresh cuts on her arm": own-risk words that share their words with someone else's self-harm, overdose or disclosure.
    const othersEvents = hits.filter((hit) => hit.concept === 'other-death' || hit.concept === 'other-attempt');
    const othersWords = hits.filter((hit) => hit.concept === 'other-self-harm' || hit.concept === 'other-overdose');
    const insideOthers = (hit: Hit) =>
      othersEvents.some((event) => event.start <= hit.start && event.end >= hit.end) || othersWords.some((event) => event.start < hit.end && hit.start < event.end && mentionsOther(compiled.lexicon, sentence, event));
    // "...died last week. suicide.": a bare cause of death after someone else's death is theirs.
    const causeOfDeath = sentence.filter((token) => !token.punct).length <= 2 && (perSentence[index - 1]?.some((h) => h.concept === 'other-death') ?? false);
    for (const hit of hits) {
      const hint = hit.concept in hints;
      const harm = (conceptRoutes as Record<string, string>)[hit.concept] === 'harm-from-others';
      if (!hint && isNegated(compiled.lexicon, sentence, hit, harm)) continue;
      // Idioms ("dying to see", "kill me if I'm late", "under the bus") turn risk and harm into talk; sexual assault named plainly stays.
      if (!plainHarm.has(hit.concept) && idiomStarts.some((at) => at >= hit.end - 1 && at <= hit.end + 2)) continue;
      if (everydayUse(hit)) continue;
      // "se me quemo el arroz, me quiero morir jaja", "este calor me va a matar": a nuisance told first, then the sigh.
      if (sighs.has(hit.concept) && mishapAt.some((at) => at < hit.start && (hit.concept === 'threat' ? at >= hit.start - 3 : messageIsJoke))) continue;
      const route = (conceptRoutes as Record<string, string>)[hit.concept];
      if ((route === 'harm-from-others' || route === 'someone-else') && negatedInside(compiled.lexicon, sentence, hit)) continue;
      if (hint) {
        // "bought rope for the camping trip": an everyday purpose right after the means ("not for camping" stays).
        // "thoughts all weekend", "this morning": a time gone by is not a time set.
        const time = hints[hit.concept]!.kind === 'time';
        if (time && pastTimes.some((span) => span.start <= hit.start && hit.start < span.end)) continue;
        if ((hit.concept === 'means-hint' || hit.concept === 'plan-hint') && purposeAt.some((at) => at >= hit.end && at <= hit.end + 3) && !isNegated(compiled.lexicon, sentence, { ...hit, start: hit.end + 1 })) continue;
        if (sentence[hit.start]!.quoted && !time && hit.concept !== 'calm') {
          if (!media && !training) found.add('other-disclosure');
          continue;
        }
        // A means, a place or a thing taken is lifted out of a past told in the sentence as concepts are (a plan or a goodbye is not:
        // "murió hace dos años y apenas ahora tuvimos fuerzas para hacerlo").
        const pastHere = past && !meansLiftedFromPast(hit);
        if (pastHere || media || training || (!time && isNegated(compiled.lexicon, sentence, hit))) continue;
        // Words inside another sign are that sign ("a goodbye video" is not a goodbye and a video).
        if (hintSpans.some((span) => (span.start <= hit.start && hit.end <= span.end) || (hit.start <= span.start && span.end <= hit.end))) continue;
        if (!time && hintIsOthers(compiled.lexicon, sentence, hit)) {
          // "she gave me her rosary and said she wouldn't need it anymore": someone else's preparations
          // ("grandma gave away her furniture before moving to assisted living" is a move).
          if (!leaving) found.add('other-disclosure');
          continue;
        }
        // A plan, means or goodbye that belongs to someone else ("he had a plan", "she has the gun") is not the writer's sign;
        // someone else on a ledge or having taken something is their crisis.
        if (!time && hit.concept !== 'calm' && subjectOf(compiled.lexicon, sentence, hit) === 'other' && !(thingHints.has(hit.concept) && thingsLocated(sentence, hit))) {
          if (hit.concept === 'place' || hit.concept === 'taken-hint') found.add('other-attempt');
          continue;
        }
        hintSpans.push(hit);
        if (hit.concept === 'goodbye-hint') goodbyes++;
        if (hit.concept === 'finality' || hit.concept === 'absence' || hit.concept === 'last-words') endings++;
        if (time && timeAhead.has(sentence[hit.start]!.norm)) slangTimeAhead = true;
        if (time) timesAt.set(hit.concept, [...(timesAt.get(hit.concept) ?? []), at + hit.start]);
        else {
          signsAt.push([at + hit.start, at + hit.end]);
          found.add(hit.concept);
        }
        continue;
      }
      if (past && !recentInClause(compiled.lexicon, sentence, hit, route === 'someone-else' ? recentAtAll : recentAt) && !resumedAfter(index, hit) && !meansLiftedFromPast(hit)) continue;
      if (sentence[hit.start]!.quoted && route !== 'someone-else') {
        // He screamed "you're dead if you walk out": a threat quoted at the writer is harm to the writer.
        // Inside the quotation "i" is the one who said it: 'i'll break your jaw' said to the writer is harm to the writer.
        // ("she said 'he hit me'" is hers: there the speaker is the one hurt.)
        const atWriter = route === 'harm-from-others' && addressesReader(compiled.lexicon, sentence, hit) && !speakerHurt(sentence, hit);
        if (!media && !training) found.add(atWriter ? hit.concept : (asSomeoneElse[hit.concept] ?? 'other-disclosure'));
        continue;
      }
      if (route === 'imminent' || route === 'possible') {
        if (media || askedAbout(hit)) continue;
        if (hit.concept === 'suicidal-thoughts' && isSlangOnly(sentence, hit)) {
          // "she keeps talking about wanting to kms": the slang in someone else's mouth is theirs.
          if (subjectOf(compiled.lexicon, sentence, hit) === 'other') found.add('other-disclosure');
          else if (!messageIsJoke || serious) {
            found.add(SLANG_ALONE);
            signsAt.push([at + hit.start, at + hit.end]);
          }
          if (isMeant(compiled.lexicon, sentence, hit)) meant = true;
          continue;
        }
        const speaker = speakerOf(compiled.lexicon, sentence, hit);
        // "bf held a knife to my throat": an act under way whose subject is someone else is done to the writer, not by them.
        if (hit.concept === 'acting-now' && involvesWriter(compiled.lexicon, sentence, hit) && subjectOf(compiled.lexicon, sentence, hit) === 'other') continue;
        if (causeOfDeath) {
          found.add('other-death');
          continue;
        }
        if (speaker === 'other' || (insideOthers(hit) && subjectOf(compiled.lexicon, sentence, hit) !== 'self')) {
          if (!training) found.add(asSomeoneElse[hit.concept] ?? 'other-disclosure');
          continue;
        }
        if (training && speaker !== 'self' && !subjectLeftOut(compiled.lexicon, sentence, hit)) continue;
        signsAt.push([at + hit.start, at + hit.end]);
        found.add(hit.concept);
      } else if (route === 'someone-else') {
        // "took 2 advil for my back": taking something in a clause that opens with the verb and names nobody is the writer's (chat leaves out "I").
        const speaker = speakerOf(compiled.lexicon, sentence, hit);
        const writerLeftOut = speaker === 'unsaid' && clauseStart(compiled.lexicon, sentence, hit.start) === hit.start && takingVerbs.has(sentence[hit.start]!.lemma);
        // "goodbye post! i'm moving to colorado": with nobody named, a goodbye in a leaving message is the writer's own move.
        const named = mentionsOther(compiled.lexicon, sentence, hit) || speaker === 'other' || subjectOf(compiled.lexicon, sentence, hit) === 'other';
        const theirs = named || (speaker !== 'self' && !writerLeftOut && !(leaving && hit.concept === 'other-disclosure'));
        if (!training && !media && theirs) found.add(hit.concept);
      } else if (hit.concept === 'threat' && messageIsJoke && !serious) {
        // "my sponsor threatened to make me do 90 meetings lol": a threat in jest.
        continue;
      } else if (route === 'harm-from-others' && addressesReader(compiled.lexicon, sentence, hit, true, false) && !reportedBefore(compiled.lexicon, sentence, hit)) {
        // "enjoy your last day!", "i'll find you": words to "you" are harm to the writer only when someone else says them.
        continue;
      } else if (!(training || media) || involvesWriter(compiled.lexicon, sentence, hit) || victimOf(compiled.lexicon, sentence, hit) === 'self' || subjectOf(compiled.lexicon, sentence, hit) === 'self') {
        // "her partner raped her", "he's beating her": harm told about someone else is their crisis.
        found.add(victimOf(compiled.lexicon, sentence, hit) === 'other' ? 'other-disclosure' : hit.concept);
      }
    }
  }
  // "she texted me 'im done' and her phone is off": someone else's last words, quoted, while the writer cannot reach them or is getting help.
  if (concern && perSentence.some((hits, index) => hits.some((hit) => hit.concept === frameId('farewell') && sentences[index]![hit.start]!.quoted) && !hits.some((hit) => hit.concept === frameId('media') || hit.concept === frameId('training'))))
    found.add('other-disclosure');
  // "...i just want to die ... and my boss wants the numbers tomorrow": in a long message a time far from every sign is another topic.
  for (const [concept, times] of timesAt) if (times.some((time) => signsAt.some(([from, to]) => time >= from - TIME_REACH && time < to + TIME_REACH))) found.add(concept);
  // "told them it was for a trip. its not a trip": a denied trip is a cover story, and a quoted one ("see you saturday") is someone else's.
  if (coverStory) {
    found.add('finality');
    endings++;
  }
  // "kms tn": the slang with a time beside it is meant.
  if (found.has(SLANG_ALONE) && slangTimeAhead) meant = true;
  if (leaving) for (const everyday of ['preparation-hint', 'farewell-hint', 'goodbye-hint', 'finality', 'absence', 'calm', 'last-words']) found.delete(everyday);
  // "kms tonight. the razor's right here": slang with a time ahead is meant before the hints are weighed, so its time and means count beside it.
  if (slangTimeAhead && found.delete(SLANG_ALONE)) found.add('suicidal-thoughts');
  const hinted = Object.entries(hints).filter(([id]) => found.delete(id));
  // Three goodbyes in one message with no job change or trip behind them is a farewell.
  if ((hintsAreUrgent(hinted, endings) || (goodbyes >= 3 && !leaving)) && ![...found].some((concept) => ownRisk.has(concept))) for (const [, { becomes }] of hinted) found.add(becomes);
  for (let pass = 0; pass < 2; pass++) {
    const own = [...found].some((concept) => ownRisk.has(concept));
    const action = [...found].some((concept) => actionConcepts.has(concept));
    for (const [, { becomes, needs }] of hinted) if (needs === 'own' ? own : needs === 'action' && action) found.add(becomes);
  }
  // "me quiero matar jaja, es broma", "want to unalive myself lol jk": a wish, a thought or a sigh taken back after it is talk; acts stay.
  if (!serious && signsAt.length > 0 && retractedAt.some((at) => at > signsAt[0]![0]) && ![...found].some((concept) => conceptRoutes[concept as ConceptId] === 'imminent')) for (const sigh of ['wish-dead', 'suicidal-thoughts', 'hopelessness', SLANG_ALONE]) found.delete(sigh);
  // kms said alone after a spilled coffee is a sigh; beside other risk, or meant ("should just kms", "kms tn"), it counts.
  if (found.delete(SLANG_ALONE) && ([...found].some((concept) => ownRisk.has(concept)) || meant)) found.add('suicidal-thoughts');
  return found;
}

const SLANG_ALONE = 'slang-alone';

/** Verbs of taking something in, which chat says without "I" ("took 2 advil"). */
const takingVerbs: ReadonlySet<string> = new Set(['take', 'swallow', 'pop']);

/** Inside a quotation, "me", "my": the one who said it is the one hurt ("he hit me"); "i" alone is the one who threatens. */
function speakerHurt(sentence: Sentence, hit: Hit): boolean {
  for (let i = hit.start; i < hit.end; i++) if (speakerAsObject.has(sentence[i]!.norm)) return true;
  return false;
}
const speakerAsObject: ReadonlySet<string> = new Set(['me', 'my', 'myself', 'mine', 'meself']);

/** What a nuisance told first turns into a sigh; never an act, a means or a plan. */
const sighs: ReadonlySet<string> = new Set(['wish-dead', 'suicidal-thoughts', 'hopelessness', 'threat']);

/** kms and its cousins, said after a spilled coffee with "lol": the slang alone, in a joking message. */
function isSlangOnly(sentence: Sentence, hit: Hit): boolean {
  return hit.end - hit.start === 1 && /^km[sn]/.test(sentence[hit.start]!.norm);
}

/** Hints about things (letters, pills, papers), which "they" in "they're in envelopes" may be. */
const thingHints: ReadonlySet<string> = new Set(['preparation-hint', 'farewell-hint', 'means-hint']);

/** Concepts that name a means or a place, which everyday use nearby makes ordinary. */
const meansOrPlace: ReadonlySet<string> = new Set(['method', 'means-hint', 'place', 'taken-hint']);
/** How many tokens away everyday use still explains a means or a place. */
const EVERYDAY_REACH = 12;
/** How many tokens before or after a sign a time may stand and still be its time ("pills saved. tonight's the night"). */
const TIME_REACH = 16;

/** Harm no idiom turns into talk ("forced me to have sex" is not "dying to have"). */
const plainHarm: ReadonlySet<string> = new Set(['sexual-assault']);

/** Whether a token stands between quotation marks in its sentence. */
function insideQuotes(sentence: Sentence, at: number): boolean {
  let marks = 0;
  for (let i = 0; i < at; i++) if (sentence[i]!.norm === '"' || sentence[i]!.norm === "'") marks++;
  return marks % 2 === 1;
}

/** Times ahead that make "kms" meant ("kms tn"); "today" is a mood. */
const timeAhead: ReadonlySet<string> = new Set(['tonight', 'tn', 'tonite', '2nite', 'tomorrow', 'tmrw', 'tmr', 'midnight']);
