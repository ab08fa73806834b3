/**
 * Own risk said as a question to nobody or a joke that stopped being one, added after the ninetieth fresh batch (notation in
 * ../../patterns.ts; joined to the other own-risk files by ../en.ts):
 * - whether anyone would really miss the writer ("would anyone actually miss me", "would anybody even notice me"): the weight
 *   word (actually, even, really) is what makes it the writer's worth, not a seat at a meeting ("would anyone miss me at the
 *   potluck if i skip" has none);
 * - the dying jokes that no longer feel like jokes to the writer ("the kms jokes are starting to feel less like jokes for me",
 *   "suicide memes aren't jokes for me anymore"); a complaint that they are not funny ("the suicide jokes are not funny, can
 *   someone say something") says nothing of the writer.
 */
const slang = 'kms|kys|kmn|suicide|suicidal|sewerslide|unalive|unaliving|self+delete|jump+off+a+bridge|end+it+all';

export const ownRiskAskedAndJoked: Record<string, string[]> = {
  burden: [
    'would|will|does|do _ anyone|anybody|people|anyone+here _ actually|even|really|truly|honestly|genuinely miss|notice|care+about me',
    'if|whether _ anyone|anybody|people _ would|will|d _ actually|even|really|truly|honestly|genuinely miss|notice|care+about me',
  ],
  'suicidal-thoughts': [
    `${slang} _ jokes|joke|joking|memes|meme|humor|humour _ __ less+like|not+really|no+longer|stopped+being|arent|are+not|not _ jokes|joking|a+joke _ for+me|anymore|any+more|tbh|honestly`,
    `${slang} _ jokes|joke|joking|memes|meme|humor|humour _ __ less+like|no+longer+like _ jokes|joking|a+joke`,
  ],
};
