/**
 * Own risk said in understatement, added after the fifteenth fresh batch (notation in ../../patterns.ts; joined to the other
 * own-risk files by ../en.ts): not being a problem "much longer", not meant to be here long, nobody who would miss the
 * writer, how easy it would be to drift over the line, hoping something falls on the writer or a bus takes them out, asking God
 * why he did not take them. Each needs the writer's own ending beside the understated words: "won't be a problem, it's
 * fixed", "easy to drift off to sleep" and "nobody would miss me at the meeting" stay everyday.
 */
export const understatedWishes: Record<string, string[]> = {
  'suicidal-thoughts': [
    // Not safe with one's own mind: "im not safe with my own thoughts lately" ("safe with my landlord" names no mind).
    'not|never|dont+feel|do+not+feel|dont+always+feel _ safe _ with|around|in|from _ my+own|my _ thoughts|head|mind|brain|self',
    // Oneself among those counted: "reading stats on how many ... die by suicide and wondering if ill be one of them".
    'suicide|suicides|overdose|overdoses|od|ods __ wonder|wondering|wondered|wonders _ if|whether|when _ i|ill|i+will|id _ __ be _ one+of+them|next|the+next+one|a+statistic|another+statistic',
    // "i won't be a problem much longer", "might not stick around this world much longer".
    'i _ will+not|not+going+to|not+gonna|wont _ be _ a|your|anyones|anybodys? _ problem|burden|bother|worry _ much+longer|for+long|for+much+longer',
    'might+not|may+not|will+not|wont|not+gonna|not+going+to _ stick+around|be+around _ this+world|on+this+earth|here? _ much+longer|for+long|for+much+longer',
    'do+not+think _ i _ will|can|could _ stick+around|be+around|last _ __ this+world|this+earth',
    'not _ meant|supposed _ to _ be _ here|around|alive _ long|much+longer|for+long',
    // "kept thinking nobody'd miss me", "i feel like no one would even notice if i was gone".
    "thinking|think|thought|feel|feeling|felt _ nobody|no+one|noone|nobody'd|nobodyd _ would|d|will? _ even? _ miss|notice _ me|if+i+was+gone|if+i+went",
    // "how easy it'd be to just drift over the line" (not "drift off to sleep").
    'easy _ __ to _ just? _ drift|swerve|jerk|steer|veer _ over|into|across _ the? _ line|median|oncoming|traffic|ditch|wall|pole|tree|rail',
    // Looking down and wanting to lean: "every time i look down part of me wants to lean".
    'look|looking|looked|staring|stare|stared _ down|over _ __ wants|want|wanted _ to? _ lean|jump|let+go|step+off|go+over',
  ],
  'wish-dead': [
    // "kinda hoping the racking collapses on me one day", "I'd be fine if a bus just took me out".
    'hoping|hope|wish|wishing|praying _ __ collapses|collapse|falls|fall|lands|land|crashes|crash|caves _ on|in+on _ me',
    'fine|okay|ok|happy|relieved|good _ if _ a|the _ bus|truck|car|train|semi _ __ took|take|takes|hit|hits|ran _ me _ out|over',
    'why _ he|god|lord|jesus _ did+not|does+not|will+not|would+not _ just? _ take _ me',
    // "if i went in a ditch it'd be easier on everybody".
    'if _ i _ went|go|drove|ended+up|crashed|rolled _ in|into|off _ a|the _ ditch|river|bridge|gorge _ __ easier|better _ on|for _ everybody|everyone|them|all',
  ],
};
