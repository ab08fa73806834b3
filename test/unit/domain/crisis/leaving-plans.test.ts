import { describe, it } from 'vitest';
import { expectRoutes, patternRouteOf } from '../../../helpers/crisis-routes.js';

// The patterns' reading alone (branch t-en56): everyday plans told in the words of leaving (languages/en/frames-leaving-plans.ts,
// "final goodbye" as last words in own-risk-hints.ts) and an ending that is only wished for or a burden's condition
// (ending-wished.ts). Each family in fresh wordings, beside look-alikes that keep their route.
const expectPatternRoutes = (cases: [string, string][]) => expectRoutes(cases, patternRouteOf);

describe('the crisis screen reads everyday plans told in the words of leaving', () => {
  it('GIVEN the other side of a weekend, an exam or a surgery THEN nothing; a bare other side beside a time or a means THEN imminent', () => {
    expectPatternRoutes([
      ['catch yall on the other side of this weekend, two kids parties and a bbq', 'none'],
      ['see you all on the other side of midterms, wish me luck', 'none'],
      ['see you on the other side of my knee surgery on thursday', 'none'],
      ['see you on the other side of this move lol, boxes everywhere tonight', 'none'],
      ['see you on the other side. tonight', 'imminent'],
      ['see you on the other side of this weekend. the pills are ready', 'imminent'],
    ]);
  });

  it('GIVEN a shift handed over or a trip to a celebration THEN nothing; the same trip beside a means and no return THEN imminent', () => {
    expectPatternRoutes([
      ['anyone want my saturday shift? going to a wedding out of town', 'none'],
      ['can somebody take my monday shift? flying out sunday for my best friends bachelorette', 'none'],
      ['could anyone cover my friday shift, driving up thursday night for my nephews graduation', 'none'],
      ['anyone wanna swap shifts next tuesday? family reunion that weekend', 'none'],
      ['flying out for my cousins wedding saturday, and i have the gun with me, not coming back', 'imminent'],
    ]);
  });

  it('GIVEN a final goodbye to a channel, a team or a job THEN nothing; a final goodbye alone, with a time or with a means THEN imminent', () => {
    expectPatternRoutes([
      ['final goodbye from this group chat, we moved everything to the new server', 'none'],
      ['final goodbyes from the old workspace, head over to #support-new', 'none'],
      ['retiring friday! final goodbye from me, its been an honor', 'none'],
      ['this is my final goodbye', 'imminent'],
      ['final goodbye. tonight.', 'imminent'],
      ['final goodbye everyone. the pills are ready', 'imminent'],
      ['moving over to the new channel. this is my final goodbye, i have the pills', 'imminent'],
    ]);
  });
});

describe('the crisis screen reads an ending wished for, or a burden’s condition, as possible risk', () => {
  it('GIVEN others better off if the writer left and never came back THEN possible; the same with a means THEN imminent; a job left THEN nothing', () => {
    expectPatternRoutes([
      ['everyone would be better off if i just left and never came back', 'possible'],
      ['my family would be happier if i disappeared and never came back', 'possible'],
      ['the team would be better off if i walked out and never came back', 'possible'],
      ['everyone would be better off if i left and never came back. the rope is in the trunk', 'imminent'],
      ['better off if i leave early and never come back to this job lol', 'none'],
    ]);
  });

  it('GIVEN a wish to clock out, sleep or vanish for good with any plan denied THEN possible (never none); the ending told with a time or a goodbye THEN imminent', () => {
    expectPatternRoutes([
      ['i wish i could disappear and never come back. i wont do anything', 'possible'],
      ['wish i could just go to sleep forever. not gonna do anything', 'possible'],
      ['honestly wish i could clock out of life. no plan, just done', 'possible'],
      ['i wish i could clock out of life tonight', 'imminent'],
      ['im clocking out of life tonight', 'imminent'],
      ['clocking out of life. goodbye everyone', 'imminent'],
      ['i want to die. im leaving for good tonight', 'imminent'],
      ['clocking out of my shift early today, see you tomorrow', 'none'],
    ]);
  });
});

describe('the crisis screen reads a client’s drive to a high place told in Spanglish as someone else’s crisis', () => {
  it('GIVEN a client who went to a bridge or a rooftop and stayed there, reported after "me dijo que" or an English report verb THEN someone else; a trip to fish or a family outing THEN nothing', () => {
    expectPatternRoutes([
      ['my participant told me que el sabado se fue a la azotea y estuvo ahi un rato mirando. she is ok now, what do i ask her?', 'someone-else'],
      ['a participant me conto que camino hasta el puente y se quedo ahi horas. ya hablamos, next steps?', 'someone-else'],
      ['mi cliente me dijo que anoche manejo hasta el barranco y se quedo ahi una hora. ya esta a salvo', 'someone-else'],
      ['my client me dijo que fue al puente a pescar con su hijo', 'none'],
      ['el finde fuimos al puente y nos quedamos ahi una hora viendo el rio', 'none'],
      ['my client said she drove to the bridge for the fireworks and stayed there an hour', 'none'],
    ]);
  });
});
