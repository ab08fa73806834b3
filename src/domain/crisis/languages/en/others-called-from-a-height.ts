/**
 * Someone else calling from a height, told without "me" (notation in ../../patterns.ts; joined to the other someone-else files
 * by ../en.ts): "my brother called from the overpass", "dad rang from the bridge at 2am", "my sponsee facetimed from the roof
 * ledge". others-told-bare.ts reads the call made to the writer ("called me from the bridge"); here the one who called is named
 * before it, as someone near or in the writer's care. Only heights with no everyday use: "called from the train" and "called
 * from the roof" are not read, and "the bridge club" is the card game (an idiom, frames-idiom.ts).
 */
const caller = '@other|@carer|sponsee|sponsor|mentee|bestie|my+dad|my+mom|my+brother|my+sister|my+son|my+daughter|my+husband|my+wife|my+friend';
const called = 'called|rang|phoned|facetimed|video+called|texted|messaged|was+calling|kept+calling';
const height = 'bridge|ledge|overpass|cliff|cliffs|railing|parking+deck|top+floor+of+the+garage';

export const othersCalledFromAHeight: Record<string, string[]> = {
  'other-attempt': [
    `${caller} ${called} _ from|on _ the|a|that|some|top+of+the _ ${height}`,
    // Posted in a chat (batch 107): "someone in vent chat just posted they're on a bridge", "a member wrote she's on the roof".
    `posted|wrote|typed|messaged|dmd|said|says _ that? they+are|they+re|she+is|he+is|shes|hes|im|i+am _ on|at|standing+on|sitting+on _ the|a|that|some|top+of+the|top+of+a _ ${height}|train+tracks`,
  ],
};
