import { describe, it } from 'vitest';
import { patternRouteOf, routesBy } from '../../../helpers/crisis-routes.js';

// The patterns' own reading (no learned second opinion), so each family is proved by itself.
const { each: expectRoutes, ownRisk: expectOwnRisk } = routesBy(patternRouteOf);

// The writer's own risk in wordings an everyday reading clears (branch t-own53): languages/en/own-risk-said-in-disguise.ts,
// frames-surface-denied.ts and surface-denied.ts. Each family in fresh wordings, beside look-alikes built from the same words.
describe('the crisis screen reads English own risk an everyday reading would clear', () => {
  it('GIVEN thoughts of dying said to be on repeat THEN own risk; a song or an album on repeat THEN nothing', () => {
    expectOwnRisk(['unalive thoughts on repeat again', 'the not wanting to be here thoughts are on repeat tonight', 'sewerslide thoughts on repeat all week']);
    expectRoutes(['been playing that song on repeat all day', 'had the new album on repeat all week, the unalive track especially', 'listening to unalive by that band on repeat lol'], 'none');
  });

  it('GIVEN a low charge said flatly and its everyday object denied a sentence later THEN own risk; a phone that is only low THEN nothing', () => {
    expectOwnRisk(['battery at 1%. not talking about my phone', 'running on fumes for weeks now. and i dont mean the car', 'charge is down to 2 percent. no charger in sight. not talking about the laptop btw']);
    expectRoutes(['the battery is at 1%', 'phone battery at 1%, charger is in the car', 'running on fumes, need a coffee before group'], 'none');
  });

  it('GIVEN a wound explained by a story the writer then denies THEN self-harm (someone else’s when they told it); the story left standing THEN nothing', () => {
    expectRoutes(['said i slipped in the shower. i didnt slip', 'told my mum it was the rosebush. we dont have a rosebush', 'the oven story worked on my manager. wasnt baking'], 'possible');
    expectRoutes(['she told the nurse it was the cat. they dont have a cat'], 'someone-else');
    expectRoutes(['told the vet it was the cat that scratched the dog. poor thing', 'told the nurse it was the cat, she laughed and gave me a tetanus shot', 'my mum blamed it on the cat. we do have a cat'], 'none');
  });

  it('GIVEN arms covered in the heat and the question left unanswered THEN self-harm; the covering explained THEN nothing', () => {
    expectRoutes(['my aunt asked why im in a hoodie in july. couldnt tell her', 'long sleeves in a heatwave again and nobody asks'], 'possible');
    expectRoutes(['wearing a hoodie in july bc the office aircon is arctic', 'nan asked why im in jumpers in july, told her the office is freezing', 'cardigan in august lol, the train is an icebox'], 'none');
  });

  it('GIVEN those near the writer better off with the writer gone, whoever the sentence’s subject THEN own risk; better off at another parent’s for a while THEN nothing', () => {
    expectOwnRisk(['my girls would honestly be happier once im out of the picture', 'everyone at home would be calmer with me not around', 'my son would be better off with his grandparents and me gone', 'my husband would be better off if i was gone']);
    expectRoutes(['my kids would be better off with their mum this weekend', 'honestly the kids are better off at their dads this week, less chaos'], 'none');
  });

  it('GIVEN signing off for good with its everyday reading denied THEN imminent; a job’s farewell, a new chat or a weekend off THEN nothing', () => {
    expectRoutes(['signing off for good, and not in a resigning way', 'clocking out for good tonight. not in a career sense', 'signing off for good, best of luck team. and not in a quitting way'], 'imminent');
    expectRoutes(['signing off for good, best of luck team', 'signing off for good from the old workspace, see you in the new one', 'signing off for the weekend, best of luck team', 'signing off for good'], 'none');
  });

  it('GIVEN a means bought and said flatly THEN imminent; bought for a use THEN nothing', () => {
    expectRoutes(['bought the rope at lunch', 'got the rope at lunch. not sure why im telling you'], 'imminent');
    expectRoutes(['bought rope at lunch for the tent', 'bought the rope at lunch, the clothesline snapped again', 'standing on the bridge eating my lunch', 'bought new trainers at lunch. not sure why im telling you lol'], 'none');
  });

  it('GIVEN a decision with its day and the everyday deed named after it THEN nothing; the day with no deed, or an act after it THEN imminent', () => {
    expectRoutes(['made my decision and its friday, handing in my notice', 'made the choice and its tomorrow, finally quitting vaping', 'made my decision and its tonight, accepting the offer'], 'none');
    expectRoutes(['made my decision and its tonight', 'made my decision and its tonight, doing it after everyone is asleep'], 'imminent');
  });

  it('GIVEN Hamlet quoted THEN nothing (a quotation names no risk of the writer’s); the question answered for oneself THEN own risk', () => {
    expectRoutes(['to be or not to be', 'to be or not to be, that is the question. lit essay due friday', 'our drama club is doing hamlet, i got the to be or not to be speech'], 'none');
    expectOwnRisk(['to be or not to be. honestly leaning towards not to be lately', 'to be or not to be, and i keep voting for not being']);
  });
});
