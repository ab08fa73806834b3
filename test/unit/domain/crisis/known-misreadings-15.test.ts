import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

const patterns = routesBy(patternRouteOf);

// Known misreadings of the fifteenth session (branch t-known), each read as the family of wording it stands for, with
// look-alikes both ways, by the patterns alone.
describe('known misreadings (15), read as their families', () => {
  // languages/en/known-15.ts `accounts-hint`; read.ts bareSign: an app deleted is no bare sign.
  it('GIVEN an app or an account deleted, said alone THEN nothing', () => {
    patterns.each(['deleted my tiktok', 'deactivated my insta for a bit', 'just wiped all my socials', 'deleting my twitter, too much drama', 'deleted my facebook account finally'], 'none');
  });

  it('GIVEN an account deleted beside own risk, a goodbye or another act THEN imminent', () => {
    patterns.each(['deleted my tiktok. i dont want to be here anymore', 'i want to die. deleted all my accounts', 'deleted my insta. wrote my will last night', 'deleted my insta, fb, the group chat. thank u for everything, love you all'], 'imminent');
  });

  // shared-for-use.ts askedWhomToGive: the writer asking whom to hand a thing to.
  it('GIVEN the writer asking whom to give their keys or card to THEN nothing', () => {
    patterns.each(['who do i give my keys to', 'who should i give my spare key to while im away', 'who do i give my house keys to when i move out next month', 'which of you do i give my card to for the pizza order'], 'none');
  });

  it('GIVEN keys handed over beside risk, or taken under compulsion THEN the risk or the harm', () => {
    patterns.each(['i dont want to be here anymore. who do i give my keys to', 'i cant do this anymore and i want to die. who do i give my keys to'], 'imminent');
    patterns.each(['he made me give him my keys and my paycheck', 'i have to hand over my paycheck to him every friday'], 'harm-from-others');
  });

  // languages/en.ts rolesAtWork: a person named by their job speaks, like "my coworker said".
  it('GIVEN someone named by their job telling of their own ending THEN someone else', () => {
    patterns.each(['the new nurse told me im going to end it', 'the night nurse said i want to die', 'the new grad said she wants to die', 'the intern told me im gonna kill myself'], 'someone-else');
  });

  it('GIVEN the writer telling a job title, or a job title in a place name THEN still the writer', () => {
    patterns.ownRisk(['i asked the doctor for more pills because i want to die', 'the nurse asked if i want to die and i said yes', 'my therapist thinks im going to end it']);
    patterns.each(['five years ago today i was in the psych ward after an attempt. today i ran my first training. wild'], 'none');
  });

  // petty-condition.ts: kms on a petty condition.
  it('GIVEN kms with a time, on a petty condition THEN nothing', () => {
    patterns.each(['kms in 5 minutes if this loading screen doesnt end', 'gonna kms in 5 min if this call runs over', 'ima kms in 2 mins if this zoom doesnt end', 'kms in 10 if the queue doesnt move', 'kms rn if this download doesnt finish'], 'none');
  });

  it('GIVEN kms with a time alone, on a person or a life, or beside a means THEN own risk', () => {
    patterns.each(['kms in 5 minutes', 'kms in 5 min if he doesnt leave me alone', 'kms tonight if this meeting runs over. i have the pills'], 'imminent');
    patterns.ownRisk(['kms in 5 min if i lose this job']);
  });

  // languages/es/everyday-absences-and-wished-goings.ts dayOffAfterTime, dayOffNamed.
  it('GIVEN an absence tomorrow explained by a day off, in Spanish THEN nothing', () => {
    patterns.each(['ya no voy a estar mañana, tengo día libre', 'ya no voy a estar mañana, me toca descanso', 'ya no voy a estar mañana, estoy de franco', 'ya no voy a estar el viernes, ando de vacaciones', 'mañana no voy a estar, pedí el día libre'], 'none');
  });

  it('GIVEN the absence with no day off, with a plan, or with despair after the day off THEN own risk', () => {
    patterns.each(['ya no voy a estar mañana', 'ya no voy a estar mañana, tengo todo listo', 'ya no voy a estar mañana. tengo día libre pero da igual, no quiero seguir'], 'imminent');
  });

  // quotes.ts quotationAhead: single quotation marks after a relative clause.
  it('GIVEN someone the writer works with quoted in single marks after a relative clause THEN someone else', () => {
    patterns.each(["guy i do outreach with last said 'i want to die'", "a lady i work with texted 'i want to die'", "the kid i mentor wrote 'i wanna kill myself'", "woman i sponsor told me 'im gonna end it tonight'"], 'someone-else');
  });

  it('GIVEN the writer quoting themself, a possessive mark, or the writer after the quotation THEN not someone else', () => {
    patterns.each(["i said 'i want to die' to my therapist", "friend i told said 'you should get help'. i want to die"], 'possible');
    patterns.each(["the client i had to discharge yelled that he knows my kids' names and i should be careful"], 'harm-from-others');
  });

  // where-things-are.ts: knowing where a kept thing is.
  it('GIVEN someone told where the writer keeps papers or logins THEN nothing', () => {
    patterns.each(['so everyone knows where my passwords are', 'made a list so my sister knows where my important papers are', 'my roommate knows where my spare key is if i get locked out', 'told my mom where my insurance documents are just in case of a fire'], 'none');
  });

  it('GIVEN knowing where beside risk, or someone knowing where the writer or their kids are THEN the risk or the threat', () => {
    patterns.each(['i dont want to be here anymore. so everyone knows where my passwords are'], 'imminent');
    patterns.each(['he knows where my kids go to school', 'my ex said he knows where i live now'], 'harm-from-others');
  });

  // thing-ended.ts othersEndingOfAThing: a break-up reported.
  it('GIVEN someone else ending things with a person THEN nothing', () => {
    patterns.each(["my sister says she's gonna end things with her", "my friend said he's going to end it with them", 'my coworker says shes gonna end things with him this weekend', 'my roommate said she wants to end things with her gf lol'], 'none');
  });

  it('GIVEN someone else ending their life or it all THEN someone else', () => {
    patterns.each(['she said shes going to end it all', "my sister says she's going to end her life", 'my friend said he wants to end it tonight'], 'someone-else');
  });

  // normalize.ts: an age and sex ("42M", "19F") survives the leet folding.
  it('GIVEN a person described by age and sex THEN their crisis is theirs', () => {
    patterns.each(['pt 42M says he wants to die', '42M pt endorses SI with plan', '19F in group said she wants to kill herself', 'pt 35F reports she wants to end her life'], 'someone-else');
  });

  it('GIVEN the shorthand alone, or leet digits before a letter THEN nothing, and leet risk still read', () => {
    patterns.each(['pt 42M', '19F, first time at group, did great', 'new intake 30M housing only'], 'none');
    patterns.ownRisk(["1'm s0 t1r3d 0f l1v1ng", 'i w4nt t0 d1e']);
  });
});
