import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each rule is proved by itself.
const expect = routesBy(patternRouteOf);

describe('the crisis screen reads someone else in ward shorthand, possible kept possible, and slang named as a word (fresh batch 66)', () => {
  it('GIVEN an act told by the emergency call it set off, a ligature said of a bed, observation put in place THEN someone else; a call for a fall, a 1:1 meeting THEN nothing', () => {
    expect.each(
      [
        'hanging attempt in the bathroom, rapid response paged',
        'OD on the floor - code blue called, he came round',
        'bay 3 noose found at 2am, night staff shaken',
        'q15 checks ordered after she told the nurse she had a plan',
        'constant obs initiated for the new admission',
        'bed 7 moved to constant obs after the family meeting',
      ],
      'someone-else',
    );
    expect.each(['code called for a fall on the ward, she is fine', 'i am on 1:1 with my manager today', 'my kids babysitter started on monday'], 'none');
  });

  it('GIVEN "w/" in a note ("SI w/ plan") THEN read as "with"', () => {
    expect.each(['new intake, SI w/ plan, safety plan done', 'room 9 reports ideation w/ intent'], 'someone-else');
    expect.each(['coffee w/ my sponsor later'], 'none');
  });

  it('GIVEN means or marks the writer found among someone else\'s things THEN someone else; means in the writer\'s own drawer with a wish THEN own risk', () => {
    expect.each(['noticed a bloody towel and blades in his laundry', 'my son is 13 and i keep finding bloody tissues in his garbage can'], 'someone-else');
    expect.ownRisk(['i found razor blades in my drawer and i want to use them']);
    expect.each(['found a razor in the bathroom, who left this here'], 'none');
  });

  it('GIVEN someone else\'s wish to be gone reported without quotation marks THEN someone else; the writer\'s own THEN own risk; a trip THEN not theirs', () => {
    expect.each(
      [
        'my cousin keeps saying everyone would be better if he wasnt here',
        'she told me things would be simpler for everyone without her around',
        'my brother texted that it would be easier for us if he was dead',
      ],
      'someone-else',
    );
    expect.ownRisk(['it would be easier for everyone if i was gone']);
    expect.each(['he said it would be better if he was here for the move'], 'none');
  });

  it('GIVEN ideation named passive or an act only thought of and told as not acted on THEN possible (the writer\'s), not imminent; a means at hand beside it THEN imminent; someone else thinking of it THEN theirs', () => {
    expect.each(
      [
        'some passive si today, riding it out',
        'passive suicidal thoughts again this week but i am using my coping skills',
        'thinking about jumping off the bridge on my commute. not acting on it',
        'thought about jumping off the overpass on my drive in. didnt, obviously, but the thought was there',
        'thought of going over the railing at work today. the thought crossed my mind, thats all',
        'thinking about jumping off the roof today. the thought was there but i didnt',
      ],
      'possible',
    );
    expect.each(['my brother is thinking about jumping off the bridge tonight'], 'someone-else');
    expect.each(['thinking about jumping off the bridge. not acting on it but i have the rope in my trunk'], 'imminent');
  });

  it('GIVEN a post signed off with "that\'s it, that\'s the post" THEN the wish stays possible; "that\'s it" beside a means THEN imminent', () => {
    expect.each(['i want to die. thats it thats the post', 'i just want to disappear. that is it, that is the whole tweet'], 'possible');
    expect.each(['the rope is ready. thats it.'], 'imminent');
  });

  it('GIVEN a coffin or a headstone found restful THEN a wish, possible; the emoji as a sigh at a nuisance THEN nothing', () => {
    expect.each(['⚰️ sounds peaceful lately ngl', '🪦 looks comfy ngl', 'my own grave sounds restful tbh'], 'possible');
    expect.each(['rip my sleep schedule 🪦', 'my bed looks so comfy', 'the beach sounds peaceful lately'], 'none');
  });

  it('GIVEN a going set by the light after a place THEN imminent; a view at sunset THEN nothing', () => {
    expect.each(['im at the lake. heading in at dusk', 'standing on the pier now. walking in at dusk'], 'imminent');
    expect.each(['at the bridge now. the sunset is gorgeous', 'we are going at sunset to the overlook for pics'], 'none');
  });

  it('GIVEN things the writer needs wrecked or hidden to stop a going THEN harm from others; a pet or a sibling breaking something THEN not harm', () => {
    expect.each(
      [
        'my boyfriend snapped my glasses because i wanted to see my sister',
        'he hid my car keys again when i told him i had to go to my interview',
        'she hid my wallet so i couldnt leave the apartment',
      ],
      'harm-from-others',
    );
    expect.each(['my dog broke my glasses when i was asleep', 'my brother broke my laptop when he was gaming'], 'none');
  });

  it('GIVEN chat\'s words for suicide judged as words or memes THEN nothing; the same words said of oneself THEN own risk', () => {
    expect.each(['unalive is such a goofy word lol', 'the kms meme is everywhere on my fyp', 'my niece asked me what the "sewer slide" trend was about'], 'none');
    expect.ownRisk(['i want to self delete', 'self delete tonight fr']);
  });
});
