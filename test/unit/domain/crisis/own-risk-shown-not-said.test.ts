import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// The writer's own risk shown rather than said (branch t-own55): languages/en/own-risk-shown-not-said.ts. Each family in
// fresh wordings, beside look-alikes built from the same words.
describe('the crisis screen reads English own risk shown rather than said', () => {
  it('GIVEN a streak that counts days without self-harm broken or back to the start THEN self-harm; a language app’s or a gym streak THEN nothing', () => {
    expectRoutes(['my sh streak broke last night', 'the no-cutting streak is back to day one', 'my clean streak is over and its not the drinking one', 'lost my other streak this week, the one nobody gives you a chip for'], 'possible');
    expectRoutes(['my streak on duolingo broke', 'gym streak is back to day 1 after the flu', 'my reading streak is over, too tired for books this week'], 'none');
  });

  it('GIVEN sleeves whose meaning the reader is trusted to know, or marks said to be new THEN self-harm; sleeves for the cold, marks explained THEN nothing', () => {
    expectRoutes(['hoodie in june again, you all know what that means', 'back to long sleeves, guess what that means', 'the cuts on my thigh are fresh. please dont make it a thing'], 'possible');
    expectRoutes(['long sleeves bc the office AC is brutal', 'wearing long sleeves to the wedding, the dress code says so', 'the scratches on my arm are new, the kitten hates baths'], 'none');
  });

  it('GIVEN the big sleep pictured as inviting THEN a wish to be dead; the film THEN nothing', () => {
    expectOwnRisk(['the long sleep sounds pretty tempting lately', 'eternal sleep is looking more and more appealing', 'a dirt nap is getting real comfy as an idea']);
    expectRoutes(['the big sleep (the film) is on tcm tonight', 'rewatching the big sleep, bogart is so good in it'], 'none');
  });

  it('GIVEN the writer written out of the story (a life likened to a film’s scene) or of the year ahead THEN own risk; a meeting exited, an org chart, a film or a game THEN nothing', () => {
    expectOwnRisk(['feels like the part of the show where my character gets written out', 'thinking about writing myself out of the story', 'i cant picture next spring with me in it', 'honestly cant imagine the future with me in it', 'this is the part of the story where i exit quietly']);
    expectRoutes(['gonna exit the meeting early, dentist at 4', 'cant picture the new org chart with me in it after the merger lol', 'writing the chapter where my character leaves town, workshop due friday', 'the part of the movie where the dog dies always wrecks me', 'this feels like the part of the game where my character respawns lol'], 'none');
  });

  it('GIVEN envy of someone who died THEN a wish to be dead; envy of someone who passed a test THEN nothing', () => {
    expectOwnRisk(['kind of envious of my cousin who died. at least its quiet for him', 'jealous of the ones who passed away. they got out']);
    expectRoutes(['jealous of my friend who passed her driving test first try', 'so envious of everyone who passed the bar this year'], 'none');
  });

  it('GIVEN a hole no ladder reaches THEN hopelessness; a ladder too short for a real job THEN nothing', () => {
    expectOwnRisk(['this pit is deeper than any ladder i own', 'no ladder long enough for this hole tonight']);
    expectRoutes(['the gutter is higher than the ladder reaches, calling a guy', 'need a taller ladder for the shed roof'], 'none');
  });

  it('GIVEN those near the writer better when the writer is not around, a mom wished to be someone else, room without me in it THEN a burden; a coworker’s joke THEN nothing', () => {
    expectOwnRisk(['everybody is happier when im not around', 'my family gets calmer when i am gone', 'my son deserves a dad who isnt like me', 'the world has more room without me in it', 'im just using up oxygen someone else could use']);
    expectRoutes(["everyone's better when i'm not micromanaging lol", 'the team does better when i take my pto, they say', 'more room in the car if i take the bus'], 'none');
  });

  it('GIVEN the safety question lied to or a low check-in score denied its everyday reading THEN own risk; an honest answer or a tired score THEN nothing', () => {
    expectOwnRisk(['my doctor asked whether i was safe and i lied', 'lied on the safety question at intake again', 'i lied when my counselor asked if i felt safe', 'mood check-in says 3, should really be a 0 and not talking about work']);
    expectRoutes(['my landlord asked if i feel safe in the building and i said yes, the new locks are great', 'burnout check-in asked 1-5 and i put a 2 bc mondays', 'put a 2 on the check-in, it should be a 4 once i sleep'], 'none');
  });
});
