/**
 * Own risk in young people's texting (branch t-en9497, youth and young adults; notation in ../../patterns.ts, joined to the other
 * own-risk files by ../en.ts). Each is possible risk with no plan; a time or a means beside it raises it as any wish's would.
 * - Envy of the dead: "lowkey jealous of people who get to die" ("jealous of people who get to go to coachella" stays).
 * - Being a person reviewed and quit: "done with being a person", "0/10 would not respawn" ("done with being a doormat" stays).
 * - The world kinder without the writer: "the world would be kinder without me in it" ("kinder without social media" stays).
 * - Missing not being here: "i miss not being here" ("i miss being here", "miss not being so busy" stay).
 * - Dark thoughts of the permanent kind: "my thoughts have been the permanent kind of dark" ("permanent marker" stays).
 */
export const ownRiskSaidYoung: Record<string, string[]> = {
  'wish-dead': [
    'jealous|envious|envy _ of? _ people|ppl|those|anyone|everyone|everybody|the+ones _ who|that _ get|got|got+to|get+to _ to? _ die|go+first|be+dead|stop+existing|not+wake+up',
    'done|over|finished|through _ with _ being _ a _ person|human|human+being',
    'would|will|wouldnt|would+not _ not|never? _ respawn',
    'world|earth|planet|everyone|everybody _ would|will|could|d _ be _ kinder|lighter|quieter|calmer|better|nicer|easier _ without _ me',
    'miss|missing _ not _ being _ here|alive|around|existing',
  ],
  'suicidal-thoughts': [
    'the|a _ permanent _ kind|sort|type _ of _ dark|darkness|thoughts|way+out|solution',
  ],
};
