import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion). Wordings written for these families (branch t-someone), not taken
// from the corpus, each beside look-alikes that must stay quiet: the same words when the person is fine, the crisis long
// over, a training or role play, a case review, news, a policy question, naloxone counts.
const { each: expectRoutes } = routesBy(patternRouteOf);

describe("the crisis screen hears someone else's crisis told in a rush", () => {
  it('GIVEN what an overdose looks like from beside it THEN someone else', () => {
    expectRoutes([
      'my cousin is on the couch, his lips are going blue and hes barely breathing',
      'guy in the stall nodded out, face gray, we are doing rescue breaths',
      'her breathing is real shallow and she is snoring weird after taking her pills',
      'my brother took like 20 of his klonopin an hour ago',
    ], 'someone-else');
    expectRoutes([
      'my lips go blue at the lake every summer lol',
      'i kept nodding off in the webinar, sorry team',
      'took like 20 minutes to find parking',
    ], 'none');
  });

  it('GIVEN a rushed question beside a crisis told as happening THEN someone else, not training talk', () => {
    expectRoutes([
      'what do i do, my participant just swallowed a handful of her pills in the lobby',
      'he just texted "tell my mom im sorry" and his phone is off now, what do i do',
      'what do i say to a client who just told me she has the rope in her car',
    ], 'someone-else');
    expectRoutes([
      'what do i say if a client tells me she has a rope in her car?',
      'what do i do when a participant asks about my own history?',
    ], 'none');
  });

  it("GIVEN someone else's last words quoted, plain enough alone or beside silence THEN someone else", () => {
    expectRoutes([
      'my peer mentor said "none of this will matter by friday" and hugged me for way too long',
      'the man from the pantry told me he was "done with this world" and gave away his cat',
      'voicemail from my old mentee: "just wanted to hear your voice one last time"',
      'one of the guys in our discord wrote "bye everyone" and then went offline',
      'mi parcera me dijo "no van a saber de mí" y ya no responde',
      'mi compa me ha escrito "ya no voy a ser una carga" y apagó el celular',
    ], 'someone-else');
    expectRoutes([
      'my mentee said "im done with this semester" and went to lunch',
      'the voicemail said "just wanted to hear your voice, call me back about dinner"',
    ], 'none');
  });

  it('GIVEN a goodbye left or posted for others, a case note, a death told before who died THEN someone else', () => {
    expectRoutes([
      'my flatmate has not come out since friday and there is a note on his door that just says goodbye',
      'she put up a goodbye post on her instagram at 2am and nobody can reach her',
      'client disclosed active si with plan, mobile crisis en route',
      'murió de sobredosis una de las chicas del albergue, tenía 19',
      'mi vecina me contó que su pareja la amenaza desde hace meses',
    ], 'someone-else');
    expectRoutes([
      'left a note on the fridge that says sorry i ate your yogurt',
      'she posted a video on her story from the beach, so cute',
    ], 'none');
  });

  it('GIVEN marks seen or sent, someone shut in and silent, someone who will not come down THEN someone else', () => {
    expectRoutes([
      'my roommate sent me a selfie of her arm all cut up at 3am',
      'a kid in my program slit his wrist in the school bathroom',
      'my housemate is in the bathroom and wont answer and the door is locked',
      'my sponsee is on the roof of his building right now on facetime with me',
      'he still refuses to come down from the railing, police are talking to him',
      'una chica del grupo de jóvenes me mostró sus cortadas, son de esta semana',
      'mi primo se trató de ahorcar el sábado, lo encontramos a tiempo',
    ], 'someone-else');
    expectRoutes([
      'sent my sister a selfie from the roof deck, best view in town',
      'the bathroom door is locked again, who has the key',
    ], 'none');
  });

  it('GIVEN harm to someone the writer supports, named by its doer or asked to be kept secret THEN someone else', () => {
    expectRoutes([
      'her stalker tracked down her new place and is texting her pictures of it',
      'my mentee says her coach asked her to keep their texts a secret between them',
      "my neighbor's home aide has been stealing from her and she is afraid to ask for help",
      'a woman at the shelter has bruises shaped like a hand on her neck',
      'his girlfriend put him in the ER again',
      'the woman from drop-in eloped from the psych unit this morning and nobody knows where she is',
    ], 'someone-else');
    expectRoutes(['we are keeping the surprise party a secret from her', 'she bought her own house this year, so proud', 'my mom left the hospital today after her knee surgery'], 'none');
  });
});

describe('the crisis screen keeps overdose work and crises long over quiet', () => {
  it('GIVEN work about overdoses in general THEN none', () => {
    expectRoutes([
      'case review tuesday: the overdose in the stairwell last spring, bring your notes',
      'mock scenario tomorrow: resident found unresponsive in the laundry room, who wants to play the resident',
      'reminder: log each narcan administration in the tracker, even if fire took over',
      'debrief after any overdose on shift is available, just ask',
      'how many naloxone doses go in the new kits?',
      'that celebrity overdose headline is everywhere, be gentle with folks today',
      'can you take tylenol with suboxone? a participant asked me',
      'revisión de casos el lunes: la sobredosis del año pasado en el albergue',
      'el simulacro de hoy: hice de usuario con sobredosis y nadie encontró la naloxona jaja',
    ], 'none');
  });

  it("GIVEN someone's crisis told as over beside a milestone THEN none", () => {
    expectRoutes([
      'my mentee who overdosed in 2020 picked up her 2 year coin at the meeting',
      'a client who tried to hang himself back in 2019 just signed a new lease',
      'participant who used to cut hasnt self harmed in 10 months, she chaired group today',
      'mi prima se cortaba en la secundaria, ahora es maestra y está muy bien',
      'mi vecino tomaba muchas pastillas antes, ahora las toma como se las indicaron',
    ], 'none');
  });
});
