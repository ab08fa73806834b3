import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

const patterns = routesBy(patternRouteOf);

// Known misreadings of the sixteenth session (branch t-known), each read as the family of wording it stands for, with
// look-alikes both ways, by the patterns alone.
describe('known misreadings (16), read as their families', () => {
  // told-by-writer.ts personToldByWriter (whose.ts): the person after the writer's verb of telling is the one told.
  it('GIVEN the writer telling someone of their own risk THEN own risk', () => {
    patterns.each(['told my sister i want to die', 'texted my best friend i dont want to be alive anymore', 'finally admitted to my therapist i have been cutting again', 'told my sponsor i wish i could just disappear forever', 'messaged my cousin i want to kill myself'], 'possible');
    patterns.each(['told my mom im going to kill myself tonight', 'texted my ex i have the pills ready and im done'], 'imminent');
  });

  it('GIVEN a relative clause after a person, or someone else telling THEN still someone else', () => {
    patterns.each(['the guy i sponsor wants to die', 'my sister told my mom she wants to die', 'my best friend i grew up with wants to kill himself', 'my friend told me she wants to die'], 'someone-else');
  });

  // languages/en/pieces-joined.ts: an echoing piece after a pause is joined to the sentence before it.
  it('GIVEN burden or hopelessness finished by a short echo after a pause THEN possible', () => {
    patterns.each(['they dont need me. nobody does', "what's the point. of any of it", 'my kids dont want me around. no one does', 'she doesnt love me. nobody ever did', 'whats the point. of anything', 'my family wouldnt miss me. not one person'], 'possible');
  });

  it('GIVEN an echo that is no burden, or talk after it THEN nothing', () => {
    patterns.each(['they dont need me at work tomorrow. nobody does, its a slow day', 'who took the last yogurt. nobody. ok', 'whats the point. of this meeting', 'they dont need me today', 'nobody does the dishes here. not one person'], 'none');
  });

  // languages/en/harm-threats-sent.ts: threats sent by a partner, an ex or kin.
  it('GIVEN a partner or an ex sending threats, beside a weapon they have THEN harm from others', () => {
    patterns.each(['my ex has been texting threats and says he bought a knife', 'my husband sent me death threats and he keeps a gun in the truck', 'my bf left threatening voicemails and said he has a gun', 'my ex keeps sending me threats. he has a gun now'], 'harm-from-others');
  });

  it('GIVEN a weapon of an ex or a partner with no threat THEN not harm', () => {
    patterns.each(['my ex bought a knife set for her new place', 'my boyfriend texted me about the knife sharpener he ordered', 'my husband keeps a gun for hunting season'], 'none');
    patterns.each(['my ex said he has a gun and he wants to end it'], 'someone-else');
  });

  // quote-speakers.ts vagueSpeakerAt (quotes.ts): an initial, a plural person, "one of" a group speak their quoted words.
  it('GIVEN a quotation after an initial or a vague person THEN someone else', () => {
    patterns.each(["D from tuesday group said 'i'm done living'", "J from group texted 'i want to die'", "one of the girls wrote 'i dont want to be here anymore'", "K said 'i want to die'", "one of our regulars said 'im gonna end it tonight'", "una de mis clientas me dijo 'ya no quiero vivir'"], 'someone-else');
  });

  it('GIVEN a letter that is no person, or the writer quoting themself THEN still the writer', () => {
    patterns.each(["plan b said 'i want to die'", "i said 'i want to die' to my therapist", "one of the reasons i said 'i want to die' was the pain"], 'possible');
  });

  // thing-ended.ts: a threat read over an ending of a relationship with the writer is a break-up.
  it('GIVEN someone ending things with the writer THEN nothing', () => {
    patterns.each(['he says hes going to end things with me', 'my bf says he wants to end things with me', 'she told me shes going to end it with me this weekend', 'my husband said hes ending things with me'], 'none');
  });

  it('GIVEN an ending aimed at the writer, or a break-up beside a blow THEN harm from others', () => {
    patterns.each(['he said hes going to end me', 'he said if i leave he will end things for good, then he grabbed my throat', 'he said he will kill me if i end things with him'], 'harm-from-others');
  });

  // warned-of-injury.ts: someone who cares for the body warning of an injury.
  it('GIVEN a doctor, a coach or a trainer warning the writer of an injury THEN nothing', () => {
    patterns.each(['my doctor said if i keep lifting like that i will get hurt', "my coach said if i keep running on it i'll get hurt", 'my trainer says if i dont stretch i will get injured', 'my physio said if i keep skipping my exercises i will get hurt again'], 'none');
  });

  it('GIVEN a conditional hurt with no carer, or a carer who will do the hurting THEN harm from others', () => {
    patterns.each(['he said if i leave i will get hurt', 'my coach said if i tell anyone he will hurt me', 'my doctor said if i tell anyone i will regret it'], 'harm-from-others');
  });

  // languages/en/frames-idiom.ts: "suicide jokes", "suicide memes" as a topic.
  it('GIVEN suicide jokes or memes talked about as a topic THEN nothing', () => {
    patterns.each(['the suicide jokes in that group chat are not funny', 'im tired of all the suicide jokes at work', 'my brother keeps making suicide jokes at dinner and i hate it', 'why are suicide memes everywhere on my feed'], 'none');
  });

  it('GIVEN the jokes beside the writer own risk THEN own risk', () => {
    patterns.each(['i make suicide jokes but honestly i want to die', 'suicide jokes aside, i really am thinking about killing myself'], 'possible');
    patterns.each(['i laugh at the suicide jokes but i have the pills ready tonight'], 'imminent');
  });

  // languages/en/frames-idiom.ts: a note over a chore, a time card punched, supplies for a gathering.
  it('GIVEN an everyday note, a time card punched or snacks got in THEN nothing', () => {
    patterns.each(['roommate left a note on my door about the dishes', 'my roommate left a note about the noise again', 'my neighbor left a sticky note on my car about parking', 'she said her mom punched her time card', 'my coworker forgot to punch his time card', 'got enough snacks for saturday', 'got enough chips and drinks for friday'], 'none');
  });

  it('GIVEN a note with no chore, a blow, or a means got in THEN the crisis or the harm', () => {
    patterns.each(['she left a note and her phone is off', 'my sister left a note on the fridge saying sorry for everything', 'her dad punched her'], 'someone-else');
    patterns.each(['got enough pills for saturday'], 'imminent');
    patterns.each(['he punched me in the face'], 'harm-from-others');
  });

  // normalize.ts undoMasking: the mark inside "k1ms", "k!ys" is dropped, not read as "i".
  it('GIVEN kms or kys masked with a number or a mark THEN read as the slang', () => {
    patterns.each(['k!ms fr', 'honestly i might k1ms', 'i want to k1ms'], 'possible');
    patterns.each(['im going to k1ms tonight'], 'imminent');
    patterns.each(['tell him to k1ys', 'he told me to k1ys'], 'harm-from-others');
  });

  it('GIVEN other words written with numbers, a name, or the slang alone THEN as before', () => {
    patterns.each(['k1d fell asleep on the couch', 'kims birthday party is saturday', 'k1ms', 'h0pe you are all w3ll'], 'none');
  });

  // cause-of-death.ts bareCauseOfDeath (read-sentence.ts): a bare cause after someone else's death told plainly.
  it('GIVEN a bare "suicide." after someone else died THEN someone else', () => {
    patterns.each(['alumni passed. suicide.', 'one of our alumni passed last night. suicide.', 'my cousin died last week. suicide', 'a kid from my old school died. suicide.', 'falleció un exalumno. suicidio.'], 'someone-else');
  });

  it('GIVEN a bare "suicide." after no one else died THEN as before', () => {
    patterns.each(['passed my exam. suicide.', 'i almost died. suicide.', 'the printer is dead. suicide.'], 'possible');
  });

  // languages/en/own-clinical-terms.ts; frames-idiom.ts: a reversal dates the thought unless it names the work.
  it('GIVEN a clinical term of ideation the writer has or dates THEN possible', () => {
    patterns.each(['passive ideation in the car after the reversal', 'passive si after the reversal', 'i have passive ideation', 'been having active si all week', 'had some passive ideation after that reversal, its been a week'], 'possible');
  });

  it('GIVEN the term as a topic, a reversal as the work, or a client who has it THEN not own risk', () => {
    patterns.each(['the training on passive ideation was good', 'how do we document passive ideation', 'the overdose reversal kits are in the cabinet', 'wrote up the incident report for yesterdays OD reversal'], 'none');
    patterns.each(['my client is having passive ideation'], 'someone-else');
  });

  // Already read before this session (media talk), kept here as the family's guard.
  it('GIVEN a song quoted with words of dying THEN nothing', () => {
    patterns.each(["la canción dice 'ya no quiero vivir'", "the song goes 'i wanna die'", "that song that goes 'i want to end it all' is stuck in my head", "the lyrics say 'i dont want to live anymore'", "esa rola dice 'me quiero morir'"], 'none');
  });

  it('GIVEN a song beside the writer own wish said apart THEN possible', () => {
    patterns.each(['cant stop crying to this song. i want to die', 'listening to sad songs again. i dont want to be alive anymore'], 'possible');
  });
});
