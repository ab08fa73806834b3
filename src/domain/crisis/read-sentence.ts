/**
 * The sentence-level weighing of a reading: each sign a sentence matches, weighed in its context (a distant past, media and
 * training talk, idioms, everyday use, a nuisance's sigh, whose sign it is), and what it adds to the message's reading.
 * read.ts reads the message around it: it sets up one MessageReading, reads every sentence into it here, then weighs what
 * the sentences found together.
 */
import { isSlangOnly, SLANG_ALONE } from './slang-alone.js';
import { sharedForUse } from './shared-for-use.js';
import { deniedWhenAsked } from './asked-and-denied.js';
import { jumpWithNoHeight } from './no-height.js';
import { threatOverSmallStakes } from './petty-threat.js';
import { injuryWarnedOf } from './warned-of-injury.js';
import { sceneOfHarm } from './harm-scene.js';
import { leavingWanted } from './leaving-wanted.js';
import { writerStalks } from './writer-stalks.js';
import { harmDoneToAThing } from './harm-on-a-thing.js';
import { whereAThingIs } from './where-things-are.js';
import { slangOnAPettyCondition } from './petty-condition.js';
import { doneByLittleOne, harmlessDeed, petComesIn, petTookIt } from './little-doer.js';
import { keptAtRecovery } from './kept-at-it.js';
import { clauseStart, isNegated, isMeant, negatedInside, recentInClause, useDenied } from './clauses.js';
import { saidByServed } from './said-by-served.js';
import { asSomeoneElses, hints, routeOfConcept } from './concepts.js';
import { methodOnlyThoughtOf, planTalkIsTheThought } from './method-thought-of.js';
import { boundedAfterPause, boundedByReturn, takenAsPrescribed, wholeSupplyTaken } from './everyday-frames.js';
import { hintRank } from './hint-weights.js';
import { frameId, isFrame, type Hit } from './match.js';
import type { MessageReading } from './message-reading.js';
import { covers, has, indexOfWord, overlapsPlace, startsWithin } from './hit-queries.js';
import { dyingOfTheWeather } from './weather-sigh.js';
import { dyingAtANuisance } from './dying-at-a-nuisance.js';
import { restEarnedByWork } from './rest-earned.js';
import { crueltyTold, dyingToldTakenUp } from './told-to-die.js';
import { laughsIn, noHyperbole, nuisanceThreatens, weakSighs } from './hyperbole.js';
import { deathWishedOnWriter, lifeEndedByAnother } from './death-wished-on-writer.js';
import { bruisedByAnother, dosedByAnother } from './harm-dosed-and-pinched.js';
import { useDeniedInMatch } from './use-denied.js';
import { foundAmongTheirs, insideNamedOthers, insideOthers, speakerHurt } from './others-words.js';
import { thoughtOfWithActingDenied } from './acting-denied.js';
import { quoteMarkBefore } from './quotes.js';
import { meansLiftedFromPast, meansOrPlace } from './means-lifted-from-past.js';
import { opensOwnPast, pastReaches, resumedAfter } from './past-reach.js';
import type { Sentence } from './tokens.js';
import { bareCauseOfDeath, causeAfterPerson } from './cause-of-death.js';
import { turnedByParticle } from './phrasal-turn.js';
import { diesAsAThing } from './thing-dies.js';
import { reasonGivenForLiving } from './reason-given.js';
import { placeUseToldNext } from './place-use-next.js';
import { everydayUseBefore } from './everyday-use-before.js';
import { toldFreeOf } from './told-as-over.js';
import { askedAbout, questionAfterTraining, namesAMeetingPlace, saysRealLife, topical } from './topic-talk.js';
import { saidInRole, trainingTopical, turnedFromTraining } from './training-as-setting.js';
import { findAfterOthers, fragmentAfterOthers } from './fragment-after-others.js';
import { meansKeptFromAnother } from './means-kept-from-another.js';
import { hintEndsAThing, thingEndedNamed } from './thing-ended.js';
import { fateShared } from './fate-shared.js';
import { narrowedAfterPause } from './narrowed-after-pause.js';
import { deedCalledSuicide } from './figure-of-ruin.js';
import { thingLostNamed } from './thing-lost.js';
import { insideLineReached } from './line-reached.js';
import { placeLeftNamed } from './place-left.js';
import { endingIsWishOrBurden } from './ending-wished.js';
import { meansAfterExcuse } from './means-after-excuse.js';
import { calmAtAPlace } from './calm-at-a-place.js';
import { addressesReader, reportedBefore, reportedByOther, thingsLocated, hintIsOthers, involvesWriter, mentionsOther, speakerOf, subjectLeftOut, subjectOf, victimOf } from './whose.js';

/**
 * Reads sentence `index` of the message, which starts `at` tokens from the message's start, into `reading`: the writer's
 * retractions among its frames, then each of its signs weighed in its context.
 */
export function readSentence(reading: MessageReading, index: number, at: number): void {
  const sentence = reading.sentences[index]!;
  const all = reading.perSentence[index]!;
  // Most sentences match nothing, or frames alone: they cost one pass over their hits and no garbage.
  let signs = 0;
  for (const hit of all) {
    if (!isFrame(hit.concept)) signs++;
    else if (hit.concept === RETRACT && !isNegated(reading.compiled.lexicon, sentence, hit)) reading.retractedAt.push(at + hit.start);
    else if (hit.concept === QUOTED_ABOUT && quoteMarkBefore(sentence, hit.start)) reading.retractedAt.push(at + hit.start); // "my 'i want to disappear' comment was about…"
  }
  if (signs === 0) return;
  weighSigns(reading, index, at, sentence, all);
}

/**
 * Weighs each sign of a sentence that has some. Kept apart from readSentence so a sentence with no signs never allocates
 * the context its closures share.
 */
function weighSigns(reading: MessageReading, index: number, at: number, sentence: Sentence, matched: Hit[]): void {
  const { compiled, sentences, perSentence, frames, messageIsJoke, serious, naturalDeath, isHappeningNow, othersCrisis, found, hintSentences, timesAt, timesApart, signsAt } = reading;
  const lexicon = compiled.lexicon;
  const toldOfAnother = (hit: Hit) => asSomeoneElses(hit.concept, () => saidByServed(lexicon, sentence, hit)).forEach((concept) => othersCrisis(concept, index, hit));
  // "said i'd kill it at my meet": a harm whose object is a thing hurts no one, nor holds words told (harm-on-a-thing.ts).
  // "so everyone knows where my passwords are": knowing where a kept thing is threatens no one (where-things-are.ts).
  const all = matched.filter((hit) => routeOfConcept(hit.concept) !== 'harm-from-others' || !(harmDoneToAThing(lexicon, sentence, hit) || whereAThingIs(lexicon, sentence, hit)));
  const leaving = frames.leaving;
  // Stronger signs first, so a sign inside a weaker one keeps its weight ("got it all planned"); then by place,
  // longer first, so the reading never depends on the order a finder reported the hits in.
  const hits = all.filter((hit) => !isFrame(hit.concept)).sort(bySignOrder);
  // "...thought about ending it. That was six years ago.": a distant past that opens the next sentence is this one's.
  // "i want to die. back when i was a kid i was happy": a next sentence that opens on "when" tells a past of its own.
  const past = has(all, DISTANT_PAST) || (startsWithin(perSentence[index + 1], DISTANT_PAST, 0, 3) && !opensOwnPast(sentences[index + 1]!));
  // "dying sounds better than finishing my ceus": training or a song after "than" is the thing compared, not the topic.
  const thanAt = indexOfWord(sentence, 'than');
  // "deleting my character irl": game words said of real life are no game.
  const media = topical(all.filter((hit) => !namesAMeetingPlace(sentence, hit)), MEDIA, thanAt) && !saysRealLife(sentence);
  const training = trainingTopical(compiled.lexicon, sentence, all, thanAt) || questionAfterTraining(sentence, all, sentences[index - 1], perSentence[index - 1], perSentence[index + 1]);
  const othersTraining = training && !isHappeningNow();
  const hintSpans: Hit[] = [];
  // "...died last week. suicide.": a bare cause of death after someone else's death is theirs.
  const causeOfDeath = bareCauseOfDeath(lexicon, sentence, sentences[index - 1], perSentence[index - 1]);
  // "a kid in my group showed me his wrists. fresh cuts.": a bare fragment naming no one, right after someone else's crisis, is theirs.
  // "my little brother cuts. found the blades today.": a short find right after someone else's crisis is of their means.
  const theirsInFind = findAfterOthers(compiled.lexicon, sentence, perSentence[index - 1]);
  const theirsInFragment = theirsInFind || fragmentAfterOthers(compiled.lexicon, sentence, perSentence[index - 1]);
  for (const hit of hits) {
    const hint = hit.concept in hints;
    const harm = routeOfConcept(hit.concept) === 'harm-from-others';
    if (!hint && isNegated(compiled.lexicon, sentence, hit, harm)) {
      reading.denied ||= !harm && routeOfConcept(hit.concept) !== 'someone-else';
      continue;
    }
    // "sh free for 300 days", "took all my pills this morning like you reminded me": recovery and the day's dose.
    // "cut myself off from everyone", "topped myself up", "burned myself out": a phrasal verb, no harm.
    if (turnedByParticle(compiled.lexicon, sentence, hit)) continue;
    if (toldFreeOf(compiled.lexicon, sentence, hit) || takenAsPrescribed(compiled.lexicon, sentence, all, hit, meansOrPlace)) continue;
    if (writerStalks(lexicon, sentence, hit)) continue; // "stalking my own case notes", "stalked her linkedin"
    if (hit.concept === 'intent' && all.some((fear) => fear.concept === FEARED && fear.end === hit.start)) continue; // "thought i was gonna die"
    // "my phone is gonna die" (thing-dies.ts); "you guys are why i'm still here" (reason-given.ts).
    if (diesAsAThing(all, hit) || reasonGivenForLiving(lexicon, sentence, hit)) continue;
    // Idioms ("dying to see", "kill me if I'm late", "under the bus") turn risk and harm into talk; sexual assault named plainly stays.
    // "gave my partner my passcode so she can check my emails": a login shared for a use, not control (shared-for-use.ts).
    if (sharedForUse(sentence, hit)) continue;
    // "la perrita se mete en mi cama": a pet's habit; "my dog drank antifreeze": a pet's poisoning; the learned opinion is told so (little-doer.ts).
    if (petComesIn(sentence, hit) || petTookIt(sentence, hit)) {
      reading.goingExplained = true;
      continue;
    }
    // "my sister will kill me if i'm late to brunch again": a scolding over small stakes; the learned opinion, which reads "kill me"
    // as the threats it was trained on, is told so (petty-threat.ts).
    if (!plainHarm.has(hit.concept) && (threatOverSmallStakes(all, hit) || injuryWarnedOf(sentence, hit))) {
      reading.goingExplained = true;
      continue;
    }
    // "el gallo del vecino no me deja dormir", "me pegó un susto": harm read away by its doer or its deed; the learned opinion is told so.
    // "the cravings still suck but im doing it": a recovery kept at, no deed; the learned opinion is told so (kept-at-it.ts).
    if (!plainHarm.has(hit.concept) && (harmlessDeed(all, hit) || keptAtRecovery(perSentence, index, hit))) {
      reading.goingExplained = true;
      continue;
    }
    if (!plainHarm.has(hit.concept) && ((!idiomIsTheSign.has(hit.concept) && startsWithin(all, IDIOM, hit.end - 1, hit.end + 2) && !dosedByAnother(sentence, hit) && !useDeniedInMatch(sentence, hit) && !meansAfterExcuse(lexicon, sentence, all, hit) && !calmAtAPlace(sentence, all, hit)) || doneByLittleOne(all, hit) || thingEndedNamed(sentence, all, sentences[index + 1], perSentence[index + 1], hit) || deedCalledSuicide(all, hit) || fateShared(all, hit) || thingLostNamed(all, hit) || insideLineReached(all, hit))) continue;
    // A going narrowed to the chat it leaves or named by the home or the job it leaves is a move: the learned opinion is told so (read.ts).
    if (!plainHarm.has(hit.concept) && (narrowedAfterPause(sentence, all, perSentence[index + 1], hit) || placeLeftNamed(lexicon, sentence, all, hit))) {
      reading.goingExplained = true;
      continue;
    }
    // "standing on the bridge taking photos of the sunset", "the knife in my hand is for the onions": a means or a place in everyday use nearby;
    // "estoy en la azotea arreglando la antena": being at the place now is the place's everyday use too; a place also when the next
    // sentence opens on the use ("at the bridge now. the fishing is terrible", not "... not for fishing").
    // A use denied explains nothing: "compré una cuerda hoy y no era pa la mudanza"; nor does a use told before the whole supply
    // taken ("se me acabaron las pastillas porque me las tomé todas"), only one inside or after it ("took all my vitamins",
    // "took the old meds, all of them, for disposal").
    const wholeTaken = wholeSupplyTaken(compiled.lexicon, sentence, hit);
    if ((meansOrPlace.has(hit.concept) || (hit.concept === 'acting-now' && overlapsPlace(all, hit))) && (all.some((use) => use.concept === EVERYDAY && Math.abs(use.start - hit.start) <= EVERYDAY_REACH && (!wholeTaken || use.start >= hit.start) && !useDenied(lexicon, sentence, use)) || (!wholeTaken && everydayUseBefore(sentences[index - 1], perSentence[index - 1], hit, EVERYDAY_REACH)))) continue;
    if (hit.concept === 'place' && placeUseToldNext(compiled.lexicon, all, sentences[index + 1], perSentence[index + 1])) continue;
    // "se me quemo el arroz, me quiero morir jaja", "este calor me va a matar": a nuisance told first, then the sigh.
    if ((hit.concept === 'wish-dead' || hit.concept === 'hopelessness') && dyingOfTheWeather(lexicon.hyperbole ?? noHyperbole, sentence, hit)) continue;
    // "ok who microwaved fish. i'm going to die": a bare dying exclaimed right after a petty nuisance (dying-at-a-nuisance.ts).
    if (dyingAtANuisance(lexicon.hyperbole ?? noHyperbole, sentences, perSentence, index, hit)) continue;
    // "gonna log off and sleep for a long time, been a brutal week": a long rest earned by work; the learned opinion is told so (rest-earned.ts).
    if (restEarnedByWork(sentences, perSentence, index, hit)) {
      reading.goingExplained = true;
      continue;
    }
    // "he said i should kill myself", "mom said i'm a burden": words said to the writer are the teller's harm, and the writer's
    // own when taken up ("...and honestly she's right"; told-to-die.ts).
    // Taken up, they are the writer's own sign, so a time near them counts as it would beside any.
    if (dyingToldTakenUp(sentence, perSentence, hit)) {
      found.add('suicidal-thoughts');
      signsAt.push([at + hit.start, at + hit.end]);
    }
    const cruelty = crueltyTold(sentence, all, perSentence, hit);
    if (cruelty === 'taken-up') {
      found.add(hit.concept);
      signsAt.push([at + hit.start, at + hit.end]);
    }
    if (cruelty !== null) continue;
    if (sighs.has(hit.concept) && (hit.concept === 'threat' ? nuisanceThreatens(lexicon, sentence, all, hit) : messageIsJoke && !serious && startsWithin(all, MISHAP, -Infinity, hit.start - 1))) continue;
    // "she says he is a burden to the team lol": someone else's sigh, reported in a joking message, is talk.
    if (weakSighs.has(hit.concept) && messageIsJoke && !serious && laughsIn(compiled.lexicon.hyperbole ?? noHyperbole, sentences, perSentence) && (sentence[hit.start]!.quoted || speakerOf(compiled.lexicon, sentence, hit) === 'other')) continue;
    const route = routeOfConcept(hit.concept);
    if ((route === 'harm-from-others' || route === 'someone-else') && negatedInside(compiled.lexicon, sentence, hit)) continue;
    if (hint) {
      // "bought rope for the camping trip": an everyday purpose right after the means ("not for camping" stays).
      // "thoughts all weekend", "this morning": a time gone by is not a time set.
      const time = hints[hit.concept]!.kind === 'time';
      // "he thinks im just being organized": others not knowing what a preparation is for are named as its subject, and it is the writer's.
      const unknowing = hit.concept === UNKNOWING;
      // "i can take the call line saturday": the day of a shift the writer takes on is the shift's (frames-shift-taken.ts).
      if (time && (covers(all, PAST_TIME, hit.start) || covers(all, SHIFT_TAKEN, hit.start))) continue;
      // "did it (again) tuesday": plan talk read in a deed told as done on a day gone by (frames-times-not-set.ts).
      if (hit.concept === 'plan-talk' && startsWithin(all, PAST_TIME, hit.start, hit.start)) continue;
      if (planTalkIsTheThought(all, hit)) continue; // "pienso en aventarme al río" (method-thought-of.ts)
      if ((hit.concept === 'finality' && boundedAfterPause(frames, sentence, hit, perSentence[index + 1])) || hintEndsAThing(all, hit)) continue;
      if ((hit.concept === 'means-hint' || hit.concept === 'plan-hint') && startsWithin(all, PURPOSE, hit.end, hit.end + 3) && !isNegated(compiled.lexicon, sentence, { ...hit, start: hit.end + 1 })) continue;
      // "my little brother cuts. found the blades today.": a find after someone else's crisis holds their means and its time.
      if (theirsInFind) {
        if (!time && !othersTraining) othersCrisis('other-disclosure', index, hit);
        continue;
      }
      if (sentence[hit.start]!.quoted && !time && hit.concept !== 'calm') {
        if (!media && !othersTraining) othersCrisis('other-disclosure', index, hit);
        continue;
      }
      // A means, a place or a thing taken is lifted out of a past told in the sentence as concepts are (a plan or a goodbye is not:
      // "murió hace dos años y apenas ahora tuvimos fuerzas para hacerlo").
      const pastHere = past && pastReaches(lexicon, sentence, all, hit) && !meansLiftedFromPast(lexicon, sentence, hit, all);
      // "he told me he was gonna go in the water tonight and i'm 2 hrs away at a training": training named beside someone
      // else's sign told as happening is where the writer is, not the topic.
      const trainingHere = training && !turnedFromTraining(all, hit) && (othersTraining || time || !(insideNamedOthers(lexicon, sentence, hits, hit) || hintIsOthers(compiled.lexicon, sentence, hit) || subjectOf(compiled.lexicon, sentence, hit) === 'other'));
      if (pastHere || media || trainingHere || (!time && isNegated(compiled.lexicon, sentence, hit))) continue;
      // "he was waiting by my car in the parking garage": a place or a means inside harm from others is that harm's scene (harm-scene.ts).
      if (!time && sceneOfHarm(lexicon, sentence, hits, hit)) continue;
      // "DMd me a pic of a bottle of pills": a sign inside someone else's named crisis is theirs, not the writer's.
      if (!unknowing && insideNamedOthers(lexicon, sentence, hits, hit)) {
        if (!leaving) othersCrisis('other-disclosure', index, hit);
        continue;
      }
      // Words inside another sign are that sign ("a goodbye video" is not a goodbye and a video, "letting go tonight" one ending);
      // a time inside an act stays a time ("tomorrow i will go to the river").
      if (hintSpans.some((span) => ((span.start <= hit.start && hit.end <= span.end) || (hit.start <= span.start && span.end <= hit.end)) && !(time && hints[span.concept]!.kind === 'act'))) continue;
      // "everyone's better when i'm not around", "i wish i could clock out of life": an ending wished for or a burden's condition (ending-wished.ts).
      if (endingIsWishOrBurden(sentence, hits, hit, perSentence[index - 1])) continue;
      if (!time && !unknowing && hintIsOthers(compiled.lexicon, sentence, hit)) {
        // "she gave me her rosary and said she wouldn't need it anymore": someone else's preparations
        // ("grandma gave away her furniture before moving to assisted living" is a move, "mom is downsizing and wants to give
        // away her dining set" a donation told in the giving's own sentence).
        // "he was 96 and had a great life": a farewell said of someone whose death is told as natural is grief.
        if (!leaving && !naturalDeath && !(hit.concept === 'goodbye-hint' && frames.donationSentences.has(index))) othersCrisis('other-disclosure', index, hit);
        continue;
      }
      // A plan, means or goodbye that belongs to someone else ("he had a plan", "she has the gun") is not the writer's sign;
      // someone else on a ledge or having taken something is their crisis.
      if (!time && !unknowing && hit.concept !== 'calm' && subjectOf(compiled.lexicon, sentence, hit) === 'other' && !(thingHints.has(hit.concept) && thingsLocated(sentence, hit))) {
        if (hit.concept === 'place' || hit.concept === 'taken-hint') othersCrisis('other-attempt', index, hit);
        continue;
      }
      hintSpans.push(hit);
      if (hit.concept === 'goodbye-hint') reading.goodbyes++;
      if (hit.concept === 'finality' || hit.concept === 'absence' || hit.concept === 'last-words') reading.endings++;
      if (time && lexicon.slangTimesAhead?.has(sentence[hit.start]!.norm)) reading.slangTimeAhead = true;
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
        else toldOfAnother(hit);
      }
      continue;
    }
    if (route === 'imminent' || route === 'possible') {
      // "kms in 5 minutes if this loading screen doesnt end": the slang on a petty condition (petty-condition.ts); the learned
      // opinion, which reads "kms in 10" as meant, is told so.
      if (slangOnAPettyCondition(lexicon, sentence, perSentence, hit)) {
        reading.goingExplained = true;
        continue;
      }
      // "i want out of this marriage", "told him i wanted out and he took my keys": a leaving, not a wish to be gone (leaving-wanted.ts).
      if (leavingWanted(lexicon, sentence, perSentence, hit)) continue;
      if (media || askedAbout(all, hit) || deniedWhenAsked(lexicon.hyperbole ?? noHyperbole, sentences, perSentence, index, hit, reading) || jumpWithNoHeight(lexicon, sentences, perSentence, index) || boundedByReturn(frames, all, hit, sentence, perSentence[index + 1])) continue;
      if (hit.concept === 'suicidal-thoughts' && isSlangOnly(sentence, hit) && !causeOfDeath) {
        // "she keeps talking about wanting to kms": the slang in someone else's mouth is theirs.
        if (subjectOf(compiled.lexicon, sentence, hit) === 'other') othersCrisis('other-disclosure', index, hit);
        // "how do we handle it when a participant jokes about kms?": the slang as a training's topic, as for any own-risk sign below.
        else if ((!messageIsJoke || serious) && !(training && speakerOf(compiled.lexicon, sentence, hit) !== 'self' && !subjectLeftOut(compiled.lexicon, sentence, hit))) {
          found.add(SLANG_ALONE);
          signsAt.push([at + hit.start, at + hit.end]);
        }
        if (isMeant(compiled.lexicon, sentence, hit)) reading.meant = true;
        continue;
      }
      // "my mom keeps telling me i should have died": a death wished on the writer is the harm it lies in (death-wished-on-writer.ts).
      // "he says hes going to end my life": the writer's life ended by someone else is their threat.
      // "pinches the fat until it bruises" after her name: her act on the writer (harm-dosed-and-pinched.ts).
      if (deathWishedOnWriter(hits, hit) || lifeEndedByAnother(lexicon, sentence, hits, hit) || bruisedByAnother(hits, hit)) continue;
      const speaker = speakerOf(compiled.lexicon, sentence, hit);
      // "bf held a knife to my throat": an act under way whose subject is someone else is done to the writer, not by them.
      if (hit.concept === 'acting-now' && involvesWriter(compiled.lexicon, sentence, hit) && subjectOf(compiled.lexicon, sentence, hit) === 'other') continue;
      if (causeOfDeath || causeAfterPerson(lexicon, sentence, hit, hits)) {
        othersCrisis('other-death', index, hit);
        continue;
      }
      if (theirsInFragment) {
        if (!othersTraining) toldOfAnother(hit);
        continue;
      }
      if (speaker === 'other' || (insideOthers(lexicon, sentence, hits, hit) && subjectOf(compiled.lexicon, sentence, hit) !== 'self') || foundAmongTheirs(lexicon, sentence, hits, hit)) {
        if (!othersTraining) toldOfAnother(hit);
        continue;
      }
      if (training && ((speaker !== 'self' && !subjectLeftOut(compiled.lexicon, sentence, hit)) || saidInRole(lexicon, sentence, hit))) continue;
      if (route === 'possible' && reading.ownToldAsOver(index, hit)) continue;
      signsAt.push([at + hit.start, at + hit.end]);
      // A method or an intent only thought of is a thought: with acting denied ("thinking about jumping off the roof today. not
      // acting on it"), or said as a thought with a method ("a veces pienso en tirarme al metro", method-thought-of.ts).
      found.add(thoughtOfWithActingDenied(lexicon, reading.sentences, reading.perSentence, sentence, hit) || methodOnlyThoughtOf(all, hit) ? 'suicidal-thoughts' : hit.concept);
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
    } else if (meansKeptFromAnother(compiled.lexicon, sentence, all, hit)) {
      // "she says he's talking about ending things and she hid the car keys": a means kept from someone at risk keeps them safe.
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

const RETRACT = frameId('retract');
const UNKNOWING = 'unknowing-hint';
const QUOTED_ABOUT = frameId('quotedAbout');
const FEARED = frameId('feared');
const DISTANT_PAST = frameId('distantPast');
const MEDIA = frameId('media');
const IDIOM = frameId('idiom');
const PURPOSE = frameId('purpose');
const PAST_TIME = frameId('pastTime');
const SHIFT_TAKEN = frameId('shiftTaken');
const LEAVING = frameId('leaving');
const RETURNING = frameId('returning');
const EVERYDAY = frameId('everyday');
const MISHAP = frameId('mishap');

function bySignOrder(a: Hit, b: Hit): number {
  return hintRank(a.concept) - hintRank(b.concept) || a.start - b.start || b.end - a.end || (a.concept < b.concept ? -1 : a.concept > b.concept ? 1 : 0);
}

/** Verbs of taking something in, which chat says without "I" ("took 2 advil"), or getting or holding a thing ("got the .22 cleaned"). */
const takingVerbs: ReadonlySet<string> = new Set(['take', 'swallow', 'pop', 'get', 'hold', 'clean', 'load', 'buy']);

/** What a nuisance told first turns into a sigh; never an act, a means or a plan. */
const sighs: ReadonlySet<string> = new Set(['wish-dead', 'suicidal-thoughts', 'hopelessness', 'threat']);

/** Hints about things (letters, pills, papers), which "they" in "they're in envelopes" may be. */
const thingHints: ReadonlySet<string> = new Set(['preparation-hint', 'accounts-hint', 'farewell-hint', 'means-hint']);

/** How many tokens away everyday use still explains a means or a place. */
const EVERYDAY_REACH = 12;

/** Signs whose own last word is an idiom's: "ya me puedo ir tranquila" is the calm itself, which "tranquila" as an idiom (a peaceful natural death) must not explain away. */
const idiomIsTheSign: ReadonlySet<string> = new Set(['calm']);

/** Harm no idiom turns into talk ("forced me to have sex" is not "dying to have"). */
const plainHarm: ReadonlySet<string> = new Set(['sexual-assault']);
