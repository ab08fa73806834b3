import { deniedWhenAsked } from './asked-and-denied.js';
import { jumpWithNoHeight } from './no-height.js';
import { threatOverSmallStakes } from './petty-threat.js';
import { doneByLittleOne } from './little-doer.js';
import { clauseStart, isNegated, isMeant, negatedInside, recentInClause, useDenied } from './clauses.js';
import { actionConcepts, asSomeoneElse, conceptRoutes, hints, ownRisk, routeOfConcept, type ConceptId } from './concepts.js';
import { boundedByReturn, clearEverydaySigns, errandExplainsIt, everydayFrames, takenAsPrescribed } from './everyday-frames.js';
import { sceneUnderway } from './emergency-scene.js';
import { fragmentHints } from './fragments.js';
import { joinsTheDead } from './joining-the-dead.js';
import { hintRank, hintsAreUrgent } from './hint-weights.js';
import { findHits, frameId, isFrame, type CompiledLexicon, type Hit, type HitFinder } from './match.js';
import { covers, has, inAny, indexOfWord, overlapsPlace, startsWithin } from './hit-queries.js';
import { laughedOffOverStakes } from './laughed-off.js';
import { dyingOfTheWeather } from './weather-sigh.js';
import { laughsIn, noHyperbole, nuisanceShrugged, nuisanceThreatens, onlyOnCondition, weakSighs } from './hyperbole.js';
import { insideNamedOthers, insideOthers, quotedFarewell, speakerHurt } from './others-words.js';
import { markQuoted, newQuoteState, quoteMarkBefore } from './quotes.js';
import type { Lexicon } from './lexicon.js';
import { meansLiftedFromPast, meansOrPlace } from './means-lifted-from-past.js';
import { pastReaches } from './past-reach.js';
import { surfacesDenied } from './surface-denied.js';
import { wordCount, type Sentence } from './tokens.js';
import { turnedByParticle } from './phrasal-turn.js';
import { crisisToldAsOver, naturalDeathIn, toldFreeOf } from './told-as-over.js';
import { askedAbout, questionAfterTraining, saysRealLife, topical } from './topic-talk.js';
import { trainingTopical } from './training-as-setting.js';
import { thingEndedNamed } from './thing-ended.js';
import { endingIsWishOrBurden } from './ending-wished.js';
import { toldAsHappening } from './told-as-happening.js';
import { recognisedInAnother } from './recognised-in-another.js';
import { addressesReader, reportedBefore, reportedByOther, thingsLocated, hintIsOthers, involvesWriter, mentionsOther, speakerOf, subjectLeftOut, subjectOf, victimOf } from './whose.js';

/**
 * Reads sentences for concepts, each weighed in its context. Returns the concept ids found, and what the reading set aside.
 * `find` is the indexed search; tests pass the exhaustive one to prove both read alike.
 */
export function readConcepts(compiled: CompiledLexicon, sentences: Sentence[], find: HitFinder = findHits): ConceptReading {
  const found = new Set<string>();
  const quoteState = newQuoteState();
  const perSentence = sentences.map((sentence) => {
    markQuoted(sentence, compiled.lexicon, quoteState);
    return find(compiled, sentence);
  });
  const messageIsJoke = inAny(perSentence, JOKE);
  const serious = inAny(perSentence, SERIOUS);
  const concern = inAny(perSentence, CONCERN);
  // "what do i even do, police are on the way", "who do i call, she's in my office right now": a rushed question about
  // someone else's crisis told as happening is no training talk for their crisis.
  // Read only when a sentence talks of training: most messages never ask.
  let happeningNow: boolean | undefined;
  const isHappeningNow = () => (happeningNow ??= toldAsHappening(compiled.lexicon, sentences, perSentence));
  const frames = everydayFrames(compiled, sentences, perSentence);
  // "im doing it tonight! finally shaving my head": every sign only refers back, and the message names the everyday deed.
  if (errandExplainsIt(compiled.lexicon, sentences, perSentence, isTimeHint)) return { concepts: found, setAside: NOTHING_SET_ASIDE };
  const leaving = frames.leaving;
  // Where each sign was found, by sentence: a donation explains the giving in its own sentence, not a sign in another.
  const hintSentences = new Map<string, Set<number>>();
  // "participant who attempted last year is now thriving", "she's been stable since her overdose in march": someone else's
  // crisis told as over, with how they are now. Never when the crisis is told as now ("again", "last night") or comes after
  // a turn from the good news ("stable for a year but last night he told me he has a plan").
  const toldAsOver = crisisToldAsOver(compiled, sentences, perSentence);
  const naturalDeath = naturalDeathIn(compiled.lexicon, sentences, perSentence);
  let setAsOver = false;
  const othersCrisis = (concept: string, index: number, hit: Hit) => {
    if (naturalDeath && concept === 'other-death') setAsOver = true;
    else if (!toldAsOver(index, hit)) found.add(concept);
    else setAsOver = true;
  };
  let meant = serious;
  let slangTimeAhead = false;
  let goodbyes = 0;
  let endings = 0;
  // Where times and signs stand in the message, in tokens from its start: a time counts only near a sign.
  const timesAt = new Map<string, number[]>();
  // Times said apart from a leaving's own words ("leaving when it gets dark", not "till monday"), which a cover story's plan may set.
  const timesApart = new Set<string>();
  const signsAt: [number, number][] = [];
  // Where the writer takes a sigh back ("es broma", "jk"), in tokens from the message's start; a negated one ("no es broma") is meant.
  const retractedAt: number[] = [];
  let offset = 0;
  const lexicon = compiled.lexicon;
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    const all = perSentence[index]!;
    const at = offset;
    offset += sentence.length;
    // Most sentences match nothing, or frames alone: they cost one pass over their hits and no garbage.
    let signs = 0;
    for (const hit of all) {
      if (!isFrame(hit.concept)) signs++;
      else if (hit.concept === RETRACT && !isNegated(compiled.lexicon, sentence, hit)) retractedAt.push(at + hit.start);
      else if (hit.concept === QUOTED_ABOUT && quoteMarkBefore(sentence, hit.start)) retractedAt.push(at + hit.start); // "my 'i want to disappear' comment was about…"
    }
    if (signs === 0) continue;
    // Stronger signs first, so a sign inside a weaker one keeps its weight ("got it all planned"); then by place,
    // longer first, so the reading never depends on the order a finder reported the hits in.
    const hits = all.filter((hit) => !isFrame(hit.concept)).sort(bySignOrder);
    // "...thought about ending it. That was six years ago.": a distant past that opens the next sentence is this one's.
    // "i want to die. back when i was a kid i was happy": a next sentence that opens on "when" tells a past of its own.
    const past = has(all, DISTANT_PAST) || (startsWithin(perSentence[index + 1], DISTANT_PAST, 0, 3) && !opensOwnPast(sentences[index + 1]!));
    // "dying sounds better than finishing my ceus": training or a song after "than" is the thing compared, not the topic.
    const thanAt = indexOfWord(sentence, 'than');
    // "deleting my character irl": game words said of real life are no game.
    const media = topical(all, MEDIA, thanAt) && !saysRealLife(sentence);
    const training = trainingTopical(compiled.lexicon, sentence, all, thanAt) || questionAfterTraining(sentence, all, sentences[index - 1], perSentence[index - 1], perSentence[index + 1]);
    const othersTraining = training && !isHappeningNow();
    const hintSpans: Hit[] = [];
    // "...died last week. suicide.": a bare cause of death after someone else's death is theirs.
    const causeOfDeath = wordCount(sentence) <= 2 && has(perSentence[index - 1], 'other-death');
    for (const hit of hits) {
      const hint = hit.concept in hints;
      const harm = routeOfConcept(hit.concept) === 'harm-from-others';
      if (!hint && isNegated(compiled.lexicon, sentence, hit, harm)) continue;
      // "sh free for 300 days", "took all my pills this morning like you reminded me": recovery and the day's dose.
      // "cut myself off from everyone", "topped myself up", "burned myself out": a phrasal verb, no harm.
      if (turnedByParticle(compiled.lexicon, sentence, hit)) continue;
      if (toldFreeOf(compiled.lexicon, sentence, hit) || takenAsPrescribed(compiled.lexicon, sentence, all, hit, meansOrPlace)) continue;
      if (hit.concept === 'intent' && all.some((fear) => fear.concept === FEARED && fear.end === hit.start)) continue; // "thought i was gonna die"
      // Idioms ("dying to see", "kill me if I'm late", "under the bus") turn risk and harm into talk; sexual assault named plainly stays.
      if (!plainHarm.has(hit.concept) && (startsWithin(all, IDIOM, hit.end - 1, hit.end + 2) || threatOverSmallStakes(all, hit) || doneByLittleOne(all, hit) || thingEndedNamed(sentence, all, sentences[index + 1], perSentence[index + 1], hit))) continue;
      // "standing on the bridge taking photos of the sunset", "the knife in my hand is for the onions": a means or a place in everyday use nearby;
      // "estoy en la azotea arreglando la antena": being at the place now is the place's everyday use too; a place also when the next
      // sentence opens on the use ("at the bridge now. the fishing is terrible", not "... not for fishing").
      // A use denied explains nothing: "compré una cuerda hoy y no era pa la mudanza".
      if ((meansOrPlace.has(hit.concept) || (hit.concept === 'acting-now' && overlapsPlace(all, hit))) && all.some((use) => use.concept === EVERYDAY && Math.abs(use.start - hit.start) <= EVERYDAY_REACH && !useDenied(lexicon, sentence, use))) continue;
      if (hit.concept === 'place' && placeUseToldNext(compiled.lexicon, sentences[index + 1], perSentence[index + 1])) continue;
      // "se me quemo el arroz, me quiero morir jaja", "este calor me va a matar": a nuisance told first, then the sigh.
      if ((hit.concept === 'wish-dead' || hit.concept === 'hopelessness') && dyingOfTheWeather(lexicon.hyperbole ?? noHyperbole, sentence, hit)) continue;
      if (sighs.has(hit.concept) && (hit.concept === 'threat' ? nuisanceThreatens(lexicon, sentence, all, hit) : messageIsJoke && !serious && startsWithin(all, MISHAP, -Infinity, hit.start - 1))) continue;
      // "she says he is a burden to the team lol": someone else's sigh, reported in a joking message, is talk.
      if (weakSighs.has(hit.concept) && messageIsJoke && !serious && laughsIn(compiled.lexicon.hyperbole ?? noHyperbole, sentences, perSentence) && (sentence[hit.start]!.quoted || speakerOf(compiled.lexicon, sentence, hit) === 'other')) continue;
      const route = routeOfConcept(hit.concept);
      if ((route === 'harm-from-others' || route === 'someone-else') && negatedInside(compiled.lexicon, sentence, hit)) continue;
      if (hint) {
        // "bought rope for the camping trip": an everyday purpose right after the means ("not for camping" stays).
        // "thoughts all weekend", "this morning": a time gone by is not a time set.
        const time = hints[hit.concept]!.kind === 'time';
        if (time && covers(all, PAST_TIME, hit.start)) continue;
        if ((hit.concept === 'means-hint' || hit.concept === 'plan-hint') && startsWithin(all, PURPOSE, hit.end, hit.end + 3) && !isNegated(compiled.lexicon, sentence, { ...hit, start: hit.end + 1 })) continue;
        if (sentence[hit.start]!.quoted && !time && hit.concept !== 'calm') {
          if (!media && !othersTraining) othersCrisis('other-disclosure', index, hit);
          continue;
        }
        // A means, a place or a thing taken is lifted out of a past told in the sentence as concepts are (a plan or a goodbye is not:
        // "murió hace dos años y apenas ahora tuvimos fuerzas para hacerlo").
        const pastHere = past && pastReaches(lexicon, sentence, all, hit) && !meansLiftedFromPast(lexicon, sentence, hit, all);
        // "he told me he was gonna go in the water tonight and i'm 2 hrs away at a training": training named beside someone
        // else's sign told as happening is where the writer is, not the topic.
        const trainingHere = training && (othersTraining || time || !(insideNamedOthers(lexicon, sentence, hits, hit) || hintIsOthers(compiled.lexicon, sentence, hit) || subjectOf(compiled.lexicon, sentence, hit) === 'other'));
        if (pastHere || media || trainingHere || (!time && isNegated(compiled.lexicon, sentence, hit))) continue;
        // "DMd me a pic of a bottle of pills": a sign inside someone else's named crisis is theirs, not the writer's.
        if (insideNamedOthers(lexicon, sentence, hits, hit)) {
          if (!leaving) othersCrisis('other-disclosure', index, hit);
          continue;
        }
        // Words inside another sign are that sign ("a goodbye video" is not a goodbye and a video, "letting go tonight" one ending);
        // a time inside an act stays a time ("tomorrow i will go to the river").
        if (hintSpans.some((span) => ((span.start <= hit.start && hit.end <= span.end) || (hit.start <= span.start && span.end <= hit.end)) && !(time && hints[span.concept]!.kind === 'act'))) continue;
        // "everyone's better when i'm not around", "i wish i could clock out of life": an ending wished for or a burden's condition (ending-wished.ts).
        if (endingIsWishOrBurden(sentence, hits, hit, perSentence[index - 1])) continue;
        if (!time && hintIsOthers(compiled.lexicon, sentence, hit)) {
          // "she gave me her rosary and said she wouldn't need it anymore": someone else's preparations
          // ("grandma gave away her furniture before moving to assisted living" is a move, "mom is downsizing and wants to give
          // away her dining set" a donation told in the giving's own sentence).
          // "he was 96 and had a great life": a farewell said of someone whose death is told as natural is grief.
          if (!leaving && !naturalDeath && !(hit.concept === 'goodbye-hint' && frames.donationSentences.has(index))) othersCrisis('other-disclosure', index, hit);
          continue;
        }
        // A plan, means or goodbye that belongs to someone else ("he had a plan", "she has the gun") is not the writer's sign;
        // someone else on a ledge or having taken something is their crisis.
        if (!time && hit.concept !== 'calm' && subjectOf(compiled.lexicon, sentence, hit) === 'other' && !(thingHints.has(hit.concept) && thingsLocated(sentence, hit))) {
          if (hit.concept === 'place' || hit.concept === 'taken-hint') othersCrisis('other-attempt', index, hit);
          continue;
        }
        hintSpans.push(hit);
        if (hit.concept === 'goodbye-hint') goodbyes++;
        if (hit.concept === 'finality' || hit.concept === 'absence' || hit.concept === 'last-words') endings++;
        if (time && timeAhead.has(sentence[hit.start]!.norm)) slangTimeAhead = true;
        if (time && !covers(all, LEAVING, hit.start) && !covers(all, RETURNING, hit.start)) timesApart.add(hit.concept);
        if (time) timesAt.set(hit.concept, [...(timesAt.get(hit.concept) ?? []), at + hit.start]);
        else {
          signsAt.push([at + hit.start, at + hit.end]);
          found.add(hit.concept);
          (hintSentences.get(hit.concept) ?? hintSentences.set(hit.concept, new Set()).get(hit.concept)!).add(index);
        }
        continue;
      }
      // "5 years ago today i tried": a "today" inside a distant past is the anniversary of the writer's own past, not the present;
      // someone else's death on its anniversary ("died two years ago today") is still grief to carry.
      // "my client disclosed her uncle abused her as a kid", "me contó que su tío abusaba de él de niño": a past told now is a disclosure now.
      const disclosedNow = route === 'someone-else' && reportedByOther(compiled.lexicon, sentence, hit);
      if (past && pastReaches(lexicon, sentence, all, hit) && !disclosedNow && !recentInClause(lexicon, sentence, hit, all, route !== 'someone-else') && !resumedAfter(perSentence, index, hit) && !meansLiftedFromPast(lexicon, sentence, hit, all)) continue;
      if (sentence[hit.start]!.quoted && route !== 'someone-else') {
        // He screamed "you're dead if you walk out": a threat quoted at the writer is harm to the writer.
        // Inside the quotation "i" is the one who said it: 'i'll break your jaw' said to the writer is harm to the writer.
        // ("she said 'he hit me'" is hers: there the speaker is the one hurt.)
        const atWriter = route === 'harm-from-others' && addressesReader(compiled.lexicon, sentence, hit) && !speakerHurt(sentence, hit);
        if (!media && !(atWriter ? training : othersTraining)) {
          if (atWriter) found.add(hit.concept);
          else othersCrisis(asSomeoneElse[hit.concept] ?? 'other-disclosure', index, hit);
        }
        continue;
      }
      if (route === 'imminent' || route === 'possible') {
        if (media || askedAbout(all, hit) || deniedWhenAsked(lexicon.hyperbole ?? noHyperbole, sentences, perSentence, index, hit) || jumpWithNoHeight(lexicon, sentences, perSentence, index) || boundedByReturn(frames, all, hit)) continue;
        if (hit.concept === 'suicidal-thoughts' && isSlangOnly(sentence, hit)) {
          // "she keeps talking about wanting to kms": the slang in someone else's mouth is theirs.
          if (subjectOf(compiled.lexicon, sentence, hit) === 'other') othersCrisis('other-disclosure', index, hit);
          // "how do we handle it when a participant jokes about kms?": the slang as a training's topic, as for any own-risk sign below.
          else if ((!messageIsJoke || serious) && !(training && speakerOf(compiled.lexicon, sentence, hit) !== 'self' && !subjectLeftOut(compiled.lexicon, sentence, hit))) {
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
          othersCrisis('other-death', index, hit);
          continue;
        }
        if (speaker === 'other' || (insideOthers(lexicon, sentence, hits, hit) && subjectOf(compiled.lexicon, sentence, hit) !== 'self')) {
          if (!othersTraining) othersCrisis(asSomeoneElse[hit.concept] ?? 'other-disclosure', index, hit);
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
        // "my sister is in a bad way, texting me goodbye stuff": a verb whose object is the writer is done by someone else.
        const named = mentionsOther(compiled.lexicon, sentence, hit) || speaker === 'other' || subjectOf(compiled.lexicon, sentence, hit) === 'other' || sentence[hit.start + 1]?.norm === 'me';
        // "i texted my mom goodbye before my flight": in a leaving message, a goodbye the writer sends is the writer's own trip.
        // "dad's giving away his stuff bc he's moving into assisted living", "she retired, sent her a goodbye card": a giving or a
        // goodbye told in the same sentence as a leaving is that leaving, whoever leaves.
        const writersLeaving = leaving && hit.concept === 'other-disclosure' && (subjectOf(compiled.lexicon, sentence, hit) === 'self' || (has(all, LEAVING) && startsWithin(all, 'goodbye-hint', hit.start, hit.end - 1)));
        const theirs = (named && !writersLeaving) || (speaker !== 'self' && !writerLeftOut && !(leaving && hit.concept === 'other-disclosure'));
        if (!othersTraining && !media && theirs) othersCrisis(hit.concept, index, hit);
      } else if (hit.concept === 'threat' && messageIsJoke && !serious) {
        // "my sponsor threatened to make me do 90 meetings lol": a threat in jest.
        continue;
      } else if (route === 'harm-from-others' && addressesReader(compiled.lexicon, sentence, hit, true, false) && !reportedBefore(compiled.lexicon, sentence, hit)) {
        // "enjoy your last day!", "i'll find you": words to "you" are harm to the writer only when someone else says them.
        continue;
      } else if (!((training && (othersTraining || victimOf(compiled.lexicon, sentence, hit) !== 'other')) || media) || involvesWriter(compiled.lexicon, sentence, hit) || victimOf(compiled.lexicon, sentence, hit) === 'self' || subjectOf(compiled.lexicon, sentence, hit) === 'self') {
        // Harm to someone else told as happening beside a question ("she's in my office right now") is no training talk.
        // "her partner raped her", "he's beating her": harm told about someone else is their crisis.
        if (victimOf(compiled.lexicon, sentence, hit) === 'other') othersCrisis('other-disclosure', index, hit);
        else found.add(hit.concept);
      }
    }
  }
  // "she texted me 'im done' and her phone is off": someone else's last words, quoted, while the writer cannot reach them or is getting help.
  if ((concern || inAny(perSentence, LAST_WORDS)) && quotedFarewell(sentences, perSentence, isHappeningNow, concern)) found.add('other-disclosure');
  // "client reports passive ideation. thought huh. same": the writer recognising themself in someone else's crisis (recognised-in-another.ts).
  const recognised = recognisedInAnother(sentences, perSentence, found);
  if (recognised !== undefined) found.add(recognised);
  // "found my uncle. ambulance coming", "a participant who's on the bridge right now, 911 on the other line" (emergency-scene.ts).
  if (concern && sceneUnderway(sentences, perSentence)) found.add('other-attempt');
  // "...i just want to die ... and my boss wants the numbers tomorrow": in a long message a time far from every sign is another topic.
  // A cover story denied in a sentence of its own frames the whole message, so a time said apart from the leaving's words counts
  // anywhere in it ("one-way trip. no luggage needed. leaving when it gets dark"; not "till monday", the leaving's own time).
  for (const [concept, times] of timesAt) if ((frames.coverToldApart && timesApart.has(concept)) || times.some((time) => signsAt.some(([from, to]) => time >= from - TIME_REACH && time < to + TIME_REACH))) found.add(concept);
  // "told them it was for a trip. its not a trip": a denied trip is a cover story, and a quoted one ("see you saturday") is someone else's.
  if (frames.coverStory) {
    found.add('finality');
    endings++;
  }
  // "battery at 1%. not talking about my phone", "told the nurse it was the cat. we dont have a cat": a surface denied later.
  for (const concept of surfacesDenied(lexicon, sentences, perSentence)) found.add(concept);
  // "kms tn": the slang with a time beside it is meant.
  if (found.has(SLANG_ALONE) && slangTimeAhead) meant = true;
  clearEverydaySigns(found, frames, hintSentences);
  // "kms tonight. the razor's right here": slang with a time ahead is meant before the hints are weighed, so its time and means count beside it.
  if (slangTimeAhead && found.delete(SLANG_ALONE)) found.add('suicidal-thoughts');
  const hinted = hintEntries.filter(([id]) => found.delete(id));
  // Three goodbyes in one message with no job change or trip behind them is a farewell.
  if ((hintsAreUrgent(hinted, endings) || (lexicon.language === 'en' && !inAny(perSentence, PURPOSE) && !inAny(perSentence, EVERYDAY) && bareSign(sentences, hinted)) || (goodbyes >= 3 && !leaving)) && !someIn(found, ownRisk)) for (const [, { becomes }] of hinted) found.add(becomes);
  // "mama been gone 6 yrs and tonight i'm going to go see her": going to someone told as dead is intent (joining-the-dead.ts).
  if (!messageIsJoke && joinsTheDead(lexicon, sentences, perSentence)) found.add('intent');
  // "car running. garage. sorry", "adiós. es hoy.": a message of bare fragments composes its signs across them as one sentence.
  // Only where nothing else was read: someone else's crisis or harm told in fragments stays theirs.
  if (!messageIsJoke && ![...found].some((concept) => concept in conceptRoutes)) for (const concept of fragmentHints(lexicon.fragments, sentences, perSentence)) found.add(hints[concept]!.becomes);
  for (let pass = 0; pass < 2; pass++) {
    const own = someIn(found, ownRisk);
    const action = someIn(found, actionConcepts);
    for (const [, { becomes, needs }] of hinted) if (needs === 'own' ? own : needs === 'action' && action) found.add(becomes);
  }
  // "me quiero matar jaja, es broma", "want to unalive myself lol jk": a wish, a thought or a sigh taken back after it is talk; acts stay.
  const retracted = !serious && signsAt.length > 0 && retractedAt.some((at) => at > signsAt[0]![0]);
  if (retracted && !someIn(found, imminentConcepts)) for (const sigh of ['wish-dead', 'suicidal-thoughts', 'hopelessness', SLANG_ALONE]) found.delete(sigh);
  // "si me vuelven a pedir otro reporte me aviento por la ventana jaja es broma", "gonna throw myself off a bridge if they change
  // the schedule again. (joking...)": an act said only on a condition, with no time set, and taken back is talk too.
  // The present of the act itself ("im jumping off") is no time set: only a clock or a day is.
  // "if i have to sit through one more zoom im walking into the sea. anyway": a repeated nuisance shrugged off is taken back too.
  const shrugged = !serious && signsAt.length > 0 && nuisanceShrugged(lexicon.hyperbole ?? noHyperbole, sentences, perSentence, messageIsJoke);
  if ((retracted || shrugged) && [...timesAt.keys()].every((concept) => concept === 'present') && onlyOnCondition(lexicon.hyperbole ?? noHyperbole, sentences, perSentence)) for (const concept of ownRisk) found.delete(concept);
  // "qué jartera esa reunión, me quería tirar por la ventana jaja mentiras": an act over a trivial stake, laughed at and taken back.
  if (laughedOffOverStakes(perSentence, retracted, hinted.map(([id]) => id))) for (const concept of ownRisk) found.delete(concept);
  // kms said alone after a spilled coffee is a sigh; beside other risk, or meant ("should just kms", "kms tn"), it counts.
  if (found.delete(SLANG_ALONE) && (someIn(found, ownRisk) || meant)) found.add('suicidal-thoughts');
  return { concepts: found, setAside: { toldAsOver: setAsOver && found.size === 0 } };
}

/** What a reading found: the concept ids, and the judgements that set words aside without routing anything. */
export interface ConceptReading {
  concepts: Set<string>;
  setAside: SetAside;
}

/**
 * Judgements that route nothing but that the learned opinion reads. `toldAsOver`: the reading found nothing but
 * someone else's crisis told as over, or a natural death, so the learned opinion adds no route of its own.
 */
export interface SetAside {
  toldAsOver: boolean;
}

export const NOTHING_SET_ASIDE: SetAside = Object.freeze({ toldAsOver: false });

const SLANG_ALONE = 'slang-alone';

const RETRACT = frameId('retract');
const QUOTED_ABOUT = frameId('quotedAbout');
const FEARED = frameId('feared');
const DISTANT_PAST = frameId('distantPast');
const JOKE = frameId('joke');
const SERIOUS = frameId('serious');
const CONCERN = frameId('concern');
const RESUMED = frameId('resumed');
const MEDIA = frameId('media');
const IDIOM = frameId('idiom');
const PURPOSE = frameId('purpose');
const PAST_TIME = frameId('pastTime');
const LEAVING = frameId('leaving');
const RETURNING = frameId('returning');
const EVERYDAY = frameId('everyday');
const MISHAP = frameId('mishap');
const LAST_WORDS = frameId('lastWords');
const hintEntries = Object.entries(hints);
const isTimeHint = (concept: string) => hints[concept]?.kind === 'time';
const imminentConcepts: ReadonlySet<string> = new Set(Object.keys(conceptRoutes).filter((concept) => conceptRoutes[concept as ConceptId] === 'imminent'));

function someIn(found: ReadonlySet<string>, concepts: ReadonlySet<string>): boolean {
  for (const concept of found) if (concepts.has(concept)) return true;
  return false;
}

/** "back when i was using…", "when i was 19…": a sentence whose first words open a clause of its own past. */
function opensOwnPast(sentence: Sentence): boolean {
  return sentence[0]?.norm === 'when' || (sentence[0]?.norm === 'back' && sentence[1]?.norm === 'when');
}

/** "he used to hit me and he started again last week": the past has come back, later in the sentence or in the next one. */
function resumedAfter(perSentence: readonly Hit[][], index: number, hit: Hit): boolean {
  // "su marido le pega desde hace años": a frame may open on the match's last word, its verb.
  return startsWithin(perSentence[index], RESUMED, hit.end - 1, Infinity) || has(perSentence[index + 1], RESUMED);
}

function bySignOrder(a: Hit, b: Hit): number {
  return hintRank(a.concept) - hintRank(b.concept) || a.start - b.start || b.end - a.end || (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0);
}

/** Verbs of taking something in, which chat says without "I" ("took 2 advil"). */
// "got the .22 cleaned for squirrel season": a clause opening on getting or holding a thing, with nobody named, is the writer's too.
const takingVerbs: ReadonlySet<string> = new Set(['take', 'swallow', 'pop', 'get', 'hold', 'clean', 'load', 'buy']);

/** What a nuisance told first turns into a sigh; never an act, a means or a plan. */
const sighs: ReadonlySet<string> = new Set(['wish-dead', 'suicidal-thoughts', 'hopelessness', 'threat']);

/** kms and its cousins, said after a spilled coffee with "lol": the slang alone, in a joking message. */
function isSlangOnly(sentence: Sentence, hit: Hit): boolean {
  return hit.end - hit.start === 1 && /^km[sn]/.test(sentence[hit.start]!.norm);
}

/** Hints about things (letters, pills, papers), which "they" in "they're in envelopes" may be. */
const thingHints: ReadonlySet<string> = new Set(['preparation-hint', 'farewell-hint', 'means-hint']);

/** How many tokens away everyday use still explains a means or a place. */
const EVERYDAY_REACH = 12;

/** At most this many words make a message that is one sign and nothing else ("on the ledge", "doing it now"). */
const BARE_WORDS = 6;

/**
 * A whole message that is a place, a means, a thing taken or a plan said as now, with nothing to explain it ("on the ledge",
 * "rope is up", "doing it now"), is urgent; a bare time, goodbye or plan is not ("see yall tomorrow", "bye guys, logging off",
 * "the plan for tonight"), nor a sign with its purpose ("took 2 advil for my back"). Read in English
 * only: the Spanish reading of an English line took "rope swing" for a means, and Spanish bare signs are another helper's.
 */
function bareSign(sentences: readonly Sentence[], hinted: readonly [string, { kind: string }][]): boolean {
  if (hinted.length === 0) return false;
  let words = 0;
  for (const sentence of sentences) if ((words += wordCount(sentence)) > BARE_WORDS) return false;
  const now = hinted.some(([concept]) => concept === 'present') || sentences.some((sentence) => indexOfWord(sentence, 'now') >= 0 || indexOfWord(sentence, 'rn') >= 0);
  return hinted.some(([concept, hint]) => hint.kind === 'act' || hint.kind === 'settle' || (concept === 'plan-talk' && now));
}

/** The next sentence opens on an everyday use, not denied ("the fishing is terrible"). */
function placeUseToldNext(lexicon: Lexicon, next: Sentence | undefined, hits: readonly Hit[] | undefined): boolean {
  if (next === undefined || hits === undefined) return false;
  return hits.some((use) => use.concept === EVERYDAY && use.start <= 2 && !isNegated(lexicon, next, use));
}

/** How many tokens before or after a sign a time may stand and still be its time ("pills saved. tonight's the night"). */
const TIME_REACH = 16;

/** Harm no idiom turns into talk ("forced me to have sex" is not "dying to have"). */
const plainHarm: ReadonlySet<string> = new Set(['sexual-assault']);

/** Times ahead that make "kms" meant ("kms tn"); "today" is a mood. */
const timeAhead: ReadonlySet<string> = new Set(['tonight', 'tn', 'tonite', '2nite', 'tomorrow', 'tmrw', 'tmr', 'midnight']);
