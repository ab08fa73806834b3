import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion). Wordings written for these families (branch t-se54), not taken
// from the corpus, each beside look-alikes that must stay quiet or keep their route: the person doing well, a crisis told
// as long past, a training, the writer's own risk told beside someone else's, harm done to the writer.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

describe("the crisis screen hears someone else's crisis told by kin named the family's way", () => {
  it('GIVEN a relative spelled out or named the family way, in crisis THEN someone else', () => {
    expectRoutes([
      'my grandmother overdosed on her heart pills sunday, she is in the icu',
      'my tito overdosed on his sleeping tablets last night, nasa ospital siya',
      'my stepmother overdosed on her painkillers and my dad found her',
      'my mentor from detox overdosed on saturday, he is on a vent',
      'my aunty messaged the cousins group saying goodbye to everyone and now her phone is off',
    ], 'someone-else');
    expectRoutes([
      'my grandmother is doing great since the new heart pills, she walks every day',
      'my mentor from early recovery is celebrating ten years clean on sunday',
      'my aunty messaged the cousins group saying goodbye before her flight to toronto',
    ], 'none');
  });

  it("GIVEN a relative's crisis beside the writer's own words THEN the writer's own risk keeps its route", () => {
    expectOwnRisk([
      'my grandmother passed in march and tonight i am going to take all my pills',
      'my tita is ok now but i have been thinking about ending my life',
    ]);
  });

  it('GIVEN an overdose at a party THEN the party is a place, not an idiom', () => {
    expectRoutes([
      'my nephew overdosed at a party friday night and he is still in the icu',
      'one of our residents overdosed at a house party, the medics brought her back',
      'my best friend od at a party saturday, she is alive but it was close',
    ], 'someone-else');
    expectRoutes([
      'my coworkers nearly killed me with a surprise party today',
      'i died when they threw me a birthday party, so embarrassing',
      'they threw me a party and i nearly died of embarrassment',
    ], 'none');
  });
});

describe("the crisis screen hears someone else's crisis told in the barest words", () => {
  it('GIVEN a poison drunk, told in second-language English THEN someone else', () => {
    expectRoutes([
      'my neighbour son drink the rat poison yesterday, they carry him to hospital',
      'my uncle take poison last night, now he in intensive care',
      'my sister-in-law she drank pesticide after the fight, they carry her to clinic',
      'the participant swallowed some bleach in the bathroom, ambulance coming',
    ], 'someone-else');
    expectRoutes([
      'my uncle take pesticide to the farm every week for the maize',
      'the participant bought some bleach for cleaning the bathroom',
    ], 'none');
  });

  it('GIVEN a life taken with "try", or thoughts said with "to" THEN someone else', () => {
    expectRoutes([
      'my classmate try to take her life on monday, she is in ward now',
      'the boy from our hostel tried to take his own life after exam',
      'my cousin say he is thinking to end his life since his wife leave',
      'a client told me she is planning to take her own life this weekend',
    ], 'someone-else');
    expectRoutes([
      'my classmate try to take her driving test on monday',
      'she is thinking to end her contract early and move home',
    ], 'none');
  });

  it('GIVEN naloxone the writer gave a stranger THEN someone else', () => {
    expectRoutes([
      "narcan'd a dude in the bus shelter this morning, he woke up fighting",
      'had to narcan a woman behind the pharmacy on my break, she came round',
      'we narcanned a guy in the stairwell twice before ems came',
    ], 'someone-else');
    expectRoutes([
      'restocked the narcan kits in the lobby today',
      'had to narcan training again this month, same slides',
    ], 'none');
  });
});

describe("the crisis screen hears a friend from the rooms dead", () => {
  it('GIVEN a friend from treatment, the program or meetings who died, the cause unsaid or said after THEN someone else', () => {
    expectRoutes([
      'my homie from detox passed yesterday. fent. i cant believe it',
      'a buddy from my na home group died this weekend, we had coffee on thursday',
      'my sponsee from the rooms overdosed and died last night',
    ], 'someone-else');
    expectRoutes([
      'my buddy from the program passed his drivers test today!',
      'my friend from group passed the torch to me as secretary',
    ], 'none');
  });
});

describe("the crisis screen hears someone else's crisis told as a call from a height", () => {
  it('GIVEN someone who called the writer from a bridge or a ledge THEN someone else', () => {
    expectRoutes([
      'a participant rang me from the overpass on 5th, kept her talking till the police came',
      'warmline shift: the caller was on a bridge the whole time, ems found her',
      'my sponsee phoned me crying from the railing of the parking deck',
    ], 'someone-else');
    expectRoutes([
      'my sister called me from the train to say she would be late',
      'my dad called me from the roof, he is fixing the gutters again',
      'the client was on the bridge committee for years, lovely man',
    ], 'none');
  });
});

describe("the crisis screen hears someone else's crisis with its words quoted inside the report", () => {
  it('GIVEN the amount taken quoted inside the report THEN someone else', () => {
    expectRoutes([
      'my sponsee rang me slurring, said he swallowed "a bunch" and now his phone is off',
      "voicemail from a client at 2am saying she took 'all of them', ems is on the way",
      'the caller told me she downed "everything" in the cabinet before she dialled',
    ], 'someone-else');
    expectRoutes([
      'my client said he took "everything" from the donation table, lol',
      'she took "a lot" of notes at the naloxone training',
      'he said he had "a lot" going on this week',
    ], 'none');
  });

  it('GIVEN "topping himself", said the British and Irish way THEN someone else in their mouth, own risk in the writer\'s', () => {
    expectRoutes([
      "one of the lads from the men's group said he's thinking of topping himself",
      'my nan keeps saying she\'d be better off topping herself, i am scared for her',
      'client said "if they take the flat i\'ll top myself". told my lead',
    ], 'someone-else');
    expectOwnRisk([
      'been thinking about topping myself again',
      'honestly might top myself this weekend',
    ]);
    expectRoutes([
      'topped myself up with coffee before the night shift',
      'topped up my phone credit before the shift',
    ], 'none');
  });
});

describe("the crisis screen hears someone else's words told to the writer without marks (Spanish)", () => {
  it('GIVEN "me dijo" and the words in their own first person THEN someone else, not the writer', () => {
    expectRoutes([
      'la muchacha que acompaño me dijo si me mandan otra vez con mi padrastro me mato',
      'el señor de la visita me dijo ya no quiero estar aquí, y se quedó callado',
      'mi ahijada me escribió ya no quiero vivir, perdón por todo',
      'un patojo del grupo me dijo hoy estoy cansado de vivir',
    ], 'someone-else');
  });

  it('GIVEN the writer takes the clause back, or harm is done to the writer THEN the route stays', () => {
    expectRoutes([
      'mi tía me dijo ya vete a dormir pero yo quiero morirme',
    ], 'possible');
    expectRoutes([
      'mi padrastro me dice inútil todos los días y me encierra sin comer',
    ], 'harm-from-others');
    expectRoutes([
      'mi abuela me dijo si llueve no vamos al mercado',
      'el coordinador me dijo ya no hay cupo en el taller de los jueves',
    ], 'none');
  });

  it('GIVEN the quotation first and "me dijo" after it THEN the words are the speaker\'s, not the writer\'s', () => {
    expectRoutes([
      '"si me corren del albergue me mato" me dijo anoche, y no se reía',
      '"ya no quiero seguir, profe" me dijo hoy un muchacho del grupo',
      '"ya dejé todo arreglado" eso me escribió mi ahijado y no contesta',
    ], 'someone-else');
    expectOwnRisk([
      '"ya no quiero vivir" le dije a mi terapeuta y no me creyó',
      '"ya no quiero vivir", eso pienso cada noche',
    ]);
  });

  it('GIVEN a person after a preposition THEN no subject: the words stay the speaker\'s own', () => {
    expectRoutes([
      'un chamaco del programa me dijo "si me dejan con mi tío me mato"',
      'la guambra del colegio me dijo "si me regresan con mi mamá me mato"',
      'la viejita de mi ruta me dijo "ya no quiero despertar"',
    ], 'someone-else');
    expectRoutes([
      'si me regresan con mi papá me mato',
    ], 'possible');
  });
});

describe("the crisis screen hears someone else's attempt as the reason they came in or went out (Spanish case notes)", () => {
  it('GIVEN a note that someone came in or left a hospital for the attempt THEN someone else', () => {
    expectRoutes([
      'nota para el turno: la usuaria D ingresó a guardia por intento, ya está estable',
      'el joven de la casa regresó de la clínica tras su intento, ojo con él esta semana',
      'mi compa sobrevivió al intento y ya está en su casa, pero yo no duermo',
    ], 'someone-else');
    expectRoutes([
      'salió del taller después del intento de arreglar la moto',
      '¿alguien sabe qué dice la política si una persona salió del hospital después de un intento?',
      'salí del hospital después del intento hace seis años y hoy acompaño a otros',
    ], 'none');
  });

  it('GIVEN naloxone given to a stranger THEN someone else', () => {
    expectRoutes([
      'le di naloxona a un desconocido en la parada del bus, ya respira',
    ], 'someone-else');
  });
});
