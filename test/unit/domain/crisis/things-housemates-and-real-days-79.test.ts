import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself (mixed batch 79).
const expect = routesBy(patternRouteOf);

describe('housemates named in Spanglish are third persons (es.ts thirdPerson)', () => {
  it('GIVEN a roomie, a rumi or a roommate whose overdose signs or wish are told THEN someone else', () => {
    expect.each(
      [
        'mi roomate tiene los labios azules y no le siento el pulso',
        'ayuda, mi rumi tiene los labios morados y ronca raro',
        'mi roommate quiere morir, no se que hacer',
        'mi roomie tiene ganas de morirse desde que la dejaron',
        'mi roomie no quiere vivir',
      ],
      'someone-else',
    );
  });

  it('GIVEN a roomie beside a petty threat, a favour or a fright THEN nothing', () => {
    expect.each(['mi roomie se comio mi yogur, la voy a matar jaja', 'mi roomie me presto su cargador', 'mi roomie y yo vimos una peli de terror, casi me muero del susto'], 'none');
  });

  it("GIVEN the writer's own wish with the roomie only beside it THEN possible", () => {
    expect.each(['mi roomie no sabe que quiero morirme', 'me quiero morir y mi roomie ni se da cuenta'], 'possible');
  });
});

describe('a harm verb whose object is "it" threatens no one (harm-on-a-thing.ts)', () => {
  it('GIVEN someone saying the writer will kill it at an event of theirs THEN nothing', () => {
    expect.each(['my coach said i\'m gonna kill it at my meet saturday', 'my manager said ill kill it in my presentation tomorrow', 'my mom said im gonna kill it at my recital'], 'none');
  });

  it('GIVEN someone\'s own "i\'m gonna end it" reported without quotes, the writer\'s words after it THEN someone else', () => {
    expect.each(['she said im gonna end it after my divorce'], 'someone-else');
  });

  it('GIVEN a threat whose object is the writer or the writer\'s things THEN harm from others', () => {
    expect.each(
      ['my ex said he would kill me if i leave', "he told me he'd smash my phone if i call anyone", "he made it clear he'd hurt me", "my dad said he's gonna end me if i dent his car again"],
      'harm-from-others',
    );
  });
});

describe('one person\'s words told on a real day or in a real meeting are no training question (frames-told-of-one.ts)', () => {
  it('GIVEN a client, a member or a resident who said it today, yesterday, in session or on shift, and how to chart it THEN someone else', () => {
    expect.each(
      [
        'my participant told me in session yesterday that she wants to die, how should i chart it?',
        'a resident told me on my shift she took a bunch of her pills, how do i log that',
        'during group today a member said he wants to kill himself, what do we do per policy',
        'yesterday a participant told me he has a rope in his truck, how should i document that?',
      ],
      'someone-else',
    );
  });

  it('GIVEN a hypothetical, a trainer\'s advice or good news to chart THEN nothing', () => {
    expect.each(
      [
        'if a client said they wanted to die, how do i document it?',
        'when a participant says they want to kill themselves, how should i respond?',
        'the trainer said during group today that when a client says they want to die we ask directly',
        'my client said her new job is going great today, how do i document progress notes',
      ],
      'none',
    );
  });
});

describe('"die on this hill" is an opinion held to the end (frames-idiom.ts)', () => {
  it('GIVEN dying on this or that hill over a hot take THEN nothing', () => {
    expect.each(['gonna die on this hill: tabs are better than spaces', 'ready to die on this hill lol hot takes only', 'honestly gonna die on that hill, cats > dogs', 'gonna die on this hill tbh'], 'none');
  });

  it('GIVEN a hill as a real place beside a wish or a means THEN the wish or the plan stays', () => {
    expect.each(['im gonna go to the hill tonight with the pills'], 'imminent');
    expect.each(['i want to die on the hill behind my grandmas house', 'i want to die, i just want to go up the hill and never come back'], 'possible');
  });
});

describe('Spanish work piled up and laughed at, right after a sigh (es/everyday-tasks-piled-up.ts)', () => {
  it('GIVEN a sigh, then reports, emails or grades still to do and a laugh THEN nothing', () => {
    expect.each(
      [
        'me quiero morir, me faltan 3 informes y el excel jajaja',
        'ya me quiero matar, todavia tengo 12 expedientes por revisar antes del lunes jsjs',
        'me quiero morir, nos faltan dos entregas y el proyecto final jajaja',
        'que alguien me mate, todavia tengo 30 correos sin contestar xd',
        'me quiero matar, me quedan 5 evaluaciones por calificar para manana jsjsjs',
      ],
      'none',
    );
  });

  it('GIVEN the pile without a laugh, a wish after the pile or a means after the sigh THEN the risk stays', () => {
    expect.each(['me quiero morir, tengo que terminar estos informes y ya no puedo mas', 'que alguien me mate, tengo que hacer 40 notas y ya no quiero vivir', 'tengo 3 reportes jaja pero la neta ya no quiero vivir'], 'possible');
    expect.each(['me quiero matar, tengo las pastillas aqui jaja'], 'imminent');
  });
});

describe('a farewell forever said to a job, a school or a thing is no goodbye to people (frames-idiom.ts, es/farewell-to-a-thing.ts)', () => {
  it('GIVEN goodbye forever to a job, a shift, a school, braces or a phone, with a day named THEN nothing', () => {
    expect.each(
      [
        'adios para siempre a mi trabajo, manana empiezo en la clinica',
        'adios para siempre a la uni, el viernes me gradue por fin',
        'adios para siempre a la escuela, el lunes empiezo a trabajar',
        'goodbye forever to my old boss, starting the new gig tomorrow',
        'goodbye forever to this phone, new one comes friday',
        'goodbye forever to the night shift, day schedule starts tomorrow',
        'goodbye forever to my braces!! got them off this morning',
      ],
      'none',
    );
  });

  it('GIVEN goodbye forever to everyone, to family or with a means THEN imminent', () => {
    expect.each(
      [
        'adios para siempre a todos, ya no aguanto',
        'adios para siempre a mi familia, perdonenme',
        'adios para siempre, ya tengo las pastillas listas',
        'goodbye forever to everyone, i cant do this anymore',
        'goodbye forever to my family, i love you all',
        'goodbye forever, the pills are ready',
      ],
      'imminent',
    );
  });
});

describe('"X are why i\'m still here" gives the reason the writer lives on (reason-given.ts)', () => {
  it('GIVEN a group, the kids, therapy or a sponsor named as why the writer is still here or alive THEN nothing', () => {
    expect.each(
      [
        'this group is why im still here and doing well',
        'therapy and my dog are why im still here today',
        'you guys are why im still here honestly',
        'my sponsor and this server are why im still alive, 2 years clean today',
        "that's why i'm still here at the office at 9pm lol",
      ],
      'none',
    );
  });

  it('GIVEN the wonder why the writer is still here, asked or said THEN possible', () => {
    expect.each(['why am i still here', 'idk why im still here honestly', 'honestly why am i even still alive', 'sometimes i ask myself why im still breathing'], 'possible');
  });
});
